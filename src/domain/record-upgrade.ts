import { RECORD_FORMAT, RECORD_VERSION } from "./record";

// Version 1 record files in version 2's shape, before recordSchema reads them. Two dialects had version 1:
//  - RoPA JSON (`format: "datamap-ropa", version: 1`), the same fields as version 2;
//  - the seed files (no `format`): one `document: {title, url}` instead of the `documents` list, and security
//    measures with `dpv` where version 2 says `dpvIri`. Their citations name no document: version 2's default
//    index 0 is that one document.
// Anything else comes back as it was, so that the schema names what is wrong with it.

/** The format and version RoPA JSON files had before the record document. */
export const ROPA_V1 = { format: "datamap-ropa", version: 1 } as const;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** The old seed dialect: no format, no version and no `documents` list. */
const isSeedV1 = (d: Json) => !("format" in d) && !("version" in d) && !("documents" in d);

function upgradeRopaV1(d: Json): Json {
  // Version 1 let a recipient's agreement be null; version 2 writes the UNKNOWN agreement instead.
  const recipients = Array.isArray(d.recipients)
    ? d.recipients.map((r) => (isObject(r) && r.dpa === null ? Object.fromEntries(Object.entries(r).filter(([k]) => k !== "dpa")) : r))
    : d.recipients;
  return { ...d, format: RECORD_FORMAT, version: RECORD_VERSION, ...(recipients === undefined ? {} : { recipients }) };
}

function upgradeSeedV1(d: Json): Json {
  const { document, ...rest } = d;
  const measures = Array.isArray(d.securityMeasures)
    ? d.securityMeasures.map((m) => {
        if (!isObject(m) || !("dpv" in m) || "dpvIri" in m) return m;
        const { dpv, ...measure } = m;
        return { ...measure, dpvIri: dpv };
      })
    : d.securityMeasures;
  return {
    format: RECORD_FORMAT,
    version: RECORD_VERSION,
    ...(document === undefined ? {} : { documents: [document] }),
    ...rest,
    ...(measures === undefined ? {} : { securityMeasures: measures }),
  };
}

/** A version 1 record (either dialect) as version 2 input for recordSchema; anything else unchanged. Pure. */
export function upgradeRecord(data: unknown): unknown {
  if (!isObject(data)) return data;
  if (data.format === ROPA_V1.format && data.version === ROPA_V1.version) return upgradeRopaV1(data);
  if (isSeedV1(data)) return upgradeSeedV1(data);
  return data;
}
