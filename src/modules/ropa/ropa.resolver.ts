import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, Query, Resolver, Info } from "type-graphql";
import type { Context } from "../context";
import { checkTimeBudget } from "../common/time-budget";
import { RopaArgs } from "./ropa.input";
import { ropaView } from "./ropa.views";
import { ropaService } from "./ropa.service";
import { Ropa } from "./ropa.type";

@Resolver(() => Ropa)
export class RopaResolver {
  @Query(() => Ropa, {
    nullable: true,
    description: "An organisation's record of processing (GDPR Art 30) as a report; null for an unknown organisation or one that did not exist at the instant asked for.",
  })
  ropa(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args(() => RopaArgs) args: RopaArgs,
  ): Ropa | null {
    checkTimeBudget(ctx, info);
    const result = ropaService.build(ctx.db, ctx.principal, args);
    return result ? ropaView(result.document) : null;
  }
}
