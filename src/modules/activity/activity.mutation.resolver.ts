import { Arg, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context";
import { CreateProcessingActivityInput, ProcessingActivityChangesInput, ProcessingActivityPayload } from "./activity.mutation.input";
import { activityMutations } from "./activity.mutations";

const expected = { description: "The version the editor last read; a newer one on the server makes the write fail with CONFLICT." };

@Resolver()
export class ProcessingActivityMutationResolver {
  @Mutation(() => ProcessingActivityPayload, { description: "Adds a processing activity to an organisation's record." })
  createProcessingActivity(@Ctx() ctx: Context, @Arg("input", () => CreateProcessingActivityInput, { description: "The new activity." }) input: CreateProcessingActivityInput) {
    return activityMutations.create(ctx, input);
  }

  @Mutation(() => ProcessingActivityPayload, { description: "Changes an activity: given fields are set, given lists replaced." })
  updateProcessingActivity(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The activity's id." }) id: string,
    @Arg("expectedVersion", () => Int, expected) expectedVersion: number,
    @Arg("input", () => ProcessingActivityChangesInput, { description: "What to change." }) input: ProcessingActivityChangesInput,
  ) {
    return activityMutations.update(ctx, id, expectedVersion, input);
  }

  @Mutation(() => ProcessingActivityPayload, { description: "Deletes an activity by archiving it: it leaves current queries but stays in history and time travel." })
  deleteProcessingActivity(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The activity's id." }) id: string,
    @Arg("expectedVersion", () => Int, expected) expectedVersion: number,
  ) {
    return activityMutations.archive(ctx, id, expectedVersion);
  }
}
