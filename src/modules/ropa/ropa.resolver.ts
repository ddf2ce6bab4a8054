import { Args, Ctx, Query, Resolver, UseMiddleware } from "type-graphql";
import type { Context } from "../context";
import { TimeBudget } from "../common/time-budget";
import { RopaArgs } from "./ropa.input";
import { ropaView } from "./ropa.views";
import { ropaService } from "./ropa.service";
import { Ropa } from "./ropa.type";

@Resolver(() => Ropa)
export class RopaResolver {
  @UseMiddleware(TimeBudget)
  @Query(() => Ropa, {
    nullable: true,
    description: "An organisation's record of processing (GDPR Art 30) as a report; null for an unknown organisation or one that did not exist at the instant asked for.",
  })
  ropa(
    @Ctx() ctx: Context,
    @Args(() => RopaArgs) args: RopaArgs,
  ): Ropa | null {
    const result = ropaService.build(ctx.db, ctx.principal, args);
    return result ? ropaView(result.document) : null;
  }
}
