import { Arg, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context";
import type { RopaDocument } from "../../io/export/ropa-model";
import { ropaService } from "./ropa.service";
import { Ropa } from "./ropa.type";

/** The report document with named fields for GraphQL. */
function ropaView(d: RopaDocument): Ropa {
  const rows = d.rows.map((r) => ({ key: r.key, description: r.description, ...r.cells }));
  return {
    kind: d.kind,
    header: { ...d.header, asOf: d.header.asOf ? new Date(d.header.asOf) : null, generatedAt: new Date(d.header.generatedAt) },
    columns: d.columns.map((c) => ({ key: c.key, title: c.title })),
    activities: d.kind === "CONTROLLER" ? (rows as never) : [],
    processorActivities: d.kind === "PROCESSOR" ? (rows as never) : [],
    transfers: d.transfers.map((t) => ({ ...t, from: t.from!, to: t.to!, importer: t.importer!, activity: t.activity!, regime: t.regime!, status: t.statusCode })),
    findings: d.findings.map((f) => ({ ...f, severity: f.severity!, rule: f.rule!, reference: f.reference!, subject: f.subject!, message: f.message!, remediation: f.remediation! })),
  };
}

@Resolver(() => Ropa)
export class RopaResolver {
  @Query(() => Ropa, {
    nullable: true,
    description: "An organisation's record of processing (GDPR Art 30) as a report; null for an unknown organisation or one that did not exist at `asOf`.",
  })
  ropa(
    @Ctx() ctx: Context,
    @Arg("organization", () => String, { description: "The organisation's slug." }) organization: string,
    @Arg("asOf", () => Date, { nullable: true, description: "Read the record as it stood at this instant; a future instant reads as now." }) asOf?: Date,
    @Arg("processor", () => Boolean, { nullable: true, description: "The processor's record (Art 30(2)) instead of the controller's (Art 30(1))." }) processor?: boolean,
  ): Ropa | null {
    const result = ropaService.build(ctx.db, ctx.principal, { organization, asOf, processor });
    return result ? ropaView(result.document) : null;
  }
}
