import { Arg, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context";
import { CreateRecipientInput, RecipientChangesInput, RecipientPayload } from "./recipient.mutation.input";
import { recipientMutations } from "./recipient.mutations";

const expected = { description: "The version the editor last read; a newer one on the server makes the write fail with CONFLICT." };

@Resolver()
export class RecipientMutationResolver {
  @Mutation(() => RecipientPayload, { description: "Adds a recipient (or sub-processor) to an organisation's record." })
  createRecipient(@Ctx() ctx: Context, @Arg("input", () => CreateRecipientInput, { description: "The new recipient." }) input: CreateRecipientInput) {
    return recipientMutations.create(ctx, input);
  }

  @Mutation(() => RecipientPayload, { description: "Changes a recipient, including which recipient engages it as a sub-processor." })
  updateRecipient(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The recipient's id." }) id: string,
    @Arg("expectedVersion", () => Int, expected) expectedVersion: number,
    @Arg("input", () => RecipientChangesInput, { description: "What to change." }) input: RecipientChangesInput,
  ) {
    return recipientMutations.update(ctx, id, expectedVersion, input);
  }

  @Mutation(() => RecipientPayload, {
    description: "Deletes a recipient by archiving it; refused while live activities disclose data to it or it engages live sub-processors.",
  })
  deleteRecipient(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The recipient's id." }) id: string,
    @Arg("expectedVersion", () => Int, expected) expectedVersion: number,
  ) {
    return recipientMutations.archive(ctx, id, expectedVersion);
  }
}
