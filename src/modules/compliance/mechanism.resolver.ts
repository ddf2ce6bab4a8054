import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { LegalBasis, Regime } from "../reference/reference.type";
import { TransferMechanism } from "./mechanism.type";

@Resolver(() => TransferMechanism)
export class TransferMechanismResolver {
  @FieldResolver(() => Regime, { description: "Regime of the tool." })
  regime(@Root() m: TransferMechanism) {
    return m.regime;
  }

  @FieldResolver(() => LegalBasis, { nullable: true, description: "The tool, with its article and DPV IRI." })
  async legalBasis(@Root() m: TransferMechanism, @Ctx() ctx: Context) {
    return (await ctx.loaders.legalBases()).get(`${m.regime}:${m.code}`) ?? null;
  }
}
