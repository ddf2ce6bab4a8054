import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { referenceService } from "./reference.service";
import { DataCategory, DataSubjectCategory, LegalBasis, LegalBasisKind, Purpose, Regime, Sensitivity } from "./reference.type";

@Resolver(() => DataCategory)
export class DataCategoryResolver {
  @Query(() => [DataCategory], { description: "The whole data-category taxonomy, ordered by key; walk it with parent/children." })
  async dataCategories(@Ctx() ctx: Context) {
    return (await ctx.loaders.taxonomy()).items;
  }

  @FieldResolver(() => DataCategory, { nullable: true, description: "The broader category; null at the top of the tree." })
  async parent(@Root() c: DataCategory, @Ctx() ctx: Context) {
    return c.parentId === null ? null : ((await ctx.loaders.taxonomy()).byId.get(c.parentId) ?? null);
  }

  @FieldResolver(() => [DataCategory], { description: "The narrower categories directly below this one." })
  async children(@Root() c: DataCategory, @Ctx() ctx: Context) {
    return (await ctx.loaders.taxonomy()).children(c.rowId);
  }

  @FieldResolver(() => [Sensitivity], { description: "One entry per regime that treats the category (or an ancestor) as special or sensitive." })
  async sensitivity(@Root() c: DataCategory, @Ctx() ctx: Context) {
    return (await ctx.loaders.taxonomy()).sensitivity(c.key);
  }
}

@Resolver(() => Purpose)
export class PurposeResolver {
  @Query(() => [Purpose], { description: "The purpose taxonomy, ordered by key." })
  async purposes(@Ctx() ctx: Context) {
    return (await ctx.loaders.purposes()).items;
  }

  @FieldResolver(() => Purpose, { nullable: true, description: "The broader purpose; null at the top of the tree." })
  async parent(@Root() p: Purpose, @Ctx() ctx: Context) {
    return p.parentId === null ? null : ((await ctx.loaders.purposes()).byId.get(p.parentId) ?? null);
  }

  @FieldResolver(() => [Purpose], { description: "The narrower purposes directly below this one." })
  async children(@Root() p: Purpose, @Ctx() ctx: Context) {
    return (await ctx.loaders.purposes()).children(p.rowId);
  }
}

@Resolver(() => LegalBasis)
export class LegalBasisResolver {
  @Query(() => [LegalBasis], { description: "Legal bases, conditions, transfer tools and principles, optionally of one regime and kind." })
  legalBases(
    @Ctx() ctx: Context,
    @Arg("regime", () => Regime, { nullable: true, description: "Only this regime's entries." }) regime?: string,
    @Arg("kind", () => LegalBasisKind, { nullable: true, description: "Only entries of this kind." }) kind?: string,
  ) {
    return referenceService.legalBases(ctx, regime, kind);
  }

  @Query(() => [DataSubjectCategory], { description: "Categories of data subjects, ordered by key." })
  async dataSubjectCategories(@Ctx() ctx: Context) {
    return ctx.loaders.subjects();
  }
}
