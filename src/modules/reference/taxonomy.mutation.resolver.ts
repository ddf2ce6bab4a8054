import { Arg, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context";
import {
  CreateDataCategoryInput,
  CreatePurposeInput,
  DataCategoryChangesInput,
  DataCategoryPayload,
  PurposeChangesInput,
  PurposePayload,
} from "./taxonomy.mutation.input";
import { taxonomyMutations } from "./taxonomy.mutations";

const expected = { description: "The version the editor last read; a newer one on the server makes the write fail with CONFLICT." };

@Resolver()
export class TaxonomyMutationResolver {
  @Mutation(() => DataCategoryPayload, { description: "Adds a custom data category (origin datamap) below an existing one." })
  createDataCategory(@Ctx() ctx: Context, @Arg("input", () => CreateDataCategoryInput, { description: "The new category." }) input: CreateDataCategoryInput) {
    return taxonomyMutations.createCategory(ctx, input);
  }

  @Mutation(() => DataCategoryPayload, { description: "Changes a custom data category; reference (fideslang) entries are read-only." })
  updateDataCategory(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The category's id." }) id: string,
    @Arg("expectedVersion", () => Int, expected) expectedVersion: number,
    @Arg("input", () => DataCategoryChangesInput, { description: "What to change." }) input: DataCategoryChangesInput,
  ) {
    return taxonomyMutations.updateCategory(ctx, id, expectedVersion, input);
  }

  @Mutation(() => DataCategoryPayload, {
    description: "Deletes a custom data category by archiving it; refused while live activities or disclosures use it or it has narrower categories.",
  })
  deleteDataCategory(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The category's id." }) id: string,
    @Arg("expectedVersion", () => Int, expected) expectedVersion: number,
  ) {
    return taxonomyMutations.archiveCategory(ctx, id, expectedVersion);
  }

  @Mutation(() => PurposePayload, { description: "Adds a custom purpose (origin datamap) below an existing one." })
  createPurpose(@Ctx() ctx: Context, @Arg("input", () => CreatePurposeInput, { description: "The new purpose." }) input: CreatePurposeInput) {
    return taxonomyMutations.createPurpose(ctx, input);
  }

  @Mutation(() => PurposePayload, { description: "Changes a custom purpose; reference (fideslang) entries are read-only." })
  updatePurpose(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The purpose's id." }) id: string,
    @Arg("expectedVersion", () => Int, expected) expectedVersion: number,
    @Arg("input", () => PurposeChangesInput, { description: "What to change." }) input: PurposeChangesInput,
  ) {
    return taxonomyMutations.updatePurpose(ctx, id, expectedVersion, input);
  }

  @Mutation(() => PurposePayload, { description: "Deletes a custom purpose by archiving it; refused while live activities serve it or it has narrower purposes." })
  deletePurpose(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The purpose's id." }) id: string,
    @Arg("expectedVersion", () => Int, expected) expectedVersion: number,
  ) {
    return taxonomyMutations.archivePurpose(ctx, id, expectedVersion);
  }
}
