import { Arg, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context";
import { CreateStorageLocationInput, StorageLocationChangesInput, StorageLocationPayload } from "./location.mutation.input";
import { locationMutations } from "./location.mutations";

const expected = { description: "The version the editor last read; a newer one on the server makes the write fail with CONFLICT." };

@Resolver()
export class StorageLocationMutationResolver {
  @Mutation(() => StorageLocationPayload, { description: "Adds a storage location to an organisation's record." })
  createStorageLocation(
    @Ctx() ctx: Context,
    @Arg("input", () => CreateStorageLocationInput, { description: "The new storage location." }) input: CreateStorageLocationInput,
  ) {
    return locationMutations.create(ctx, input);
  }

  @Mutation(() => StorageLocationPayload, { description: "Changes a storage location." })
  updateStorageLocation(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The storage location's id." }) id: string,
    @Arg("expectedVersion", () => Int, expected) expectedVersion: number,
    @Arg("input", () => StorageLocationChangesInput, { description: "What to change." }) input: StorageLocationChangesInput,
  ) {
    return locationMutations.update(ctx, id, expectedVersion, input);
  }

  @Mutation(() => StorageLocationPayload, { description: "Deletes a storage location by archiving it; refused while live activities store data there." })
  deleteStorageLocation(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The storage location's id." }) id: string,
    @Arg("expectedVersion", () => Int, expected) expectedVersion: number,
  ) {
    return locationMutations.archive(ctx, id, expectedVersion);
  }
}
