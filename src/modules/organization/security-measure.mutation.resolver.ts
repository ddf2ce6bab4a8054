import { Arg, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context";
import { CreateSecurityMeasureInput, SecurityMeasureChangesInput, SecurityMeasurePayload } from "./security-measure.mutation.input";
import { securityMeasureMutations } from "./security-measure.mutations";

const expected = { description: "The version the editor last read; a newer one on the server makes the write fail with CONFLICT." };

@Resolver()
export class SecurityMeasureMutationResolver {
  @Mutation(() => SecurityMeasurePayload, { description: "Adds a security measure to an organisation's record." })
  createSecurityMeasure(@Ctx() ctx: Context, @Arg("input", () => CreateSecurityMeasureInput, { description: "The new measure." }) input: CreateSecurityMeasureInput) {
    return securityMeasureMutations.create(ctx, input);
  }

  @Mutation(() => SecurityMeasurePayload, { description: "Changes a security measure." })
  updateSecurityMeasure(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The measure's id." }) id: string,
    @Arg("expectedVersion", () => Int, expected) expectedVersion: number,
    @Arg("input", () => SecurityMeasureChangesInput, { description: "What to change." }) input: SecurityMeasureChangesInput,
  ) {
    return securityMeasureMutations.update(ctx, id, expectedVersion, input);
  }

  @Mutation(() => SecurityMeasurePayload, { description: "Deletes a security measure by archiving it; refused while live activities rely on it." })
  deleteSecurityMeasure(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The measure's id." }) id: string,
    @Arg("expectedVersion", () => Int, expected) expectedVersion: number,
  ) {
    return securityMeasureMutations.archive(ctx, id, expectedVersion);
  }
}
