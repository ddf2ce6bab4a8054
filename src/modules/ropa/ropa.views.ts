import type { RopaDocument } from "../../io/export/ropa-model";
import type { Ropa } from "./ropa.type";

/** The report document with named fields for GraphQL. */
export function ropaView(d: RopaDocument): Ropa {
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
