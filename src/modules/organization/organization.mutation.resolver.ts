import { Arg, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context";
import { CreateOrganizationInput, OrganizationChangesInput, OrganizationPayload } from "./organization.mutation.input";
import { organizationMutations } from "./organization.mutations";

const expected = { description: "The version the editor last read; a newer one on the server makes the write fail with CONFLICT." };

@Resolver()
export class OrganizationMutationResolver {
  @Mutation(() => OrganizationPayload, { description: "Adds an organisation to the register, with an empty record." })
  createOrganization(@Ctx() ctx: Context, @Arg("input", () => CreateOrganizationInput, { description: "The new organisation." }) input: CreateOrganizationInput) {
    return organizationMutations.create(ctx, input);
  }

  @Mutation(() => OrganizationPayload, { description: "Changes an organisation's own fields." })
  updateOrganization(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The organisation's id." }) id: string,
    @Arg("expectedVersion", () => Int, expected) expectedVersion: number,
    @Arg("input", () => OrganizationChangesInput, { description: "What to change." }) input: OrganizationChangesInput,
  ) {
    return organizationMutations.update(ctx, id, expectedVersion, input);
  }

  @Mutation(() => OrganizationPayload, {
    description: "Deletes an organisation by archiving it; refused while it has live activities, recipients, storage locations or security measures.",
  })
  deleteOrganization(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The organisation's id." }) id: string,
    @Arg("expectedVersion", () => Int, expected) expectedVersion: number,
  ) {
    return organizationMutations.archive(ctx, id, expectedVersion);
  }
}
