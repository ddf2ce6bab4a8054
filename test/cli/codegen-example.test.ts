import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { buildSchema, isScalarType, isSpecifiedScalarType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import YAML from "yaml";

// schema/codegen.example.yml is what dashboard authors copy: run it as they would, on our operations, and typecheck what it writes.
const run = promisify(execFile);
const ROOT = path.resolve(__dirname, "../..");
const example = YAML.parse(fs.readFileSync(path.join(ROOT, "schema/codegen.example.yml"), "utf8"));
const [[, output]] = Object.entries(example.generates) as [string, { plugins: string[]; config: Record<string, any> }][];

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "datamap-codegen-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// Uses the generated types the way a client would; each @ts-expect-error fails the build if a type turns loose (string, any).
const CONSUMER = `
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { DataMapDocument, OverviewOrganizationDocument, RecordAsOfDocument } from "./datamap";
import type { DataMapQuery, DataMapQueryVariables, OverviewOrganizationQuery, RecordAsOfQuery, RecordAsOfQueryVariables } from "./datamap";

export const documents: [TypedDocumentNode<DataMapQuery, DataMapQueryVariables>, TypedDocumentNode<RecordAsOfQuery, RecordAsOfQueryVariables>] = [DataMapDocument, RecordAsOfDocument];
export const kinds = (d: DataMapQuery): ("DATA_CATEGORY" | "PROCESSING_ACTIVITY" | "PURPOSE" | "RECIPIENT" | "LOCATION")[] => d.dataMap.nodes.map((n) => n.kind);
export const recipients = (d: OverviewOrganizationQuery): number | undefined => d.organization?.recipientsConnection.totalCount;
export const instant = (d: RecordAsOfQuery): string | undefined => d.organization?.updatedAt;
export const asOf: RecordAsOfQueryVariables = { slug: "landups", asOf: "2026-01-01T00:00:00Z" };
export const kind = OverviewOrganizationDocument.kind;

// @ts-expect-error a data map node kind is one of the enum's values, not any string
export const notAKind: DataMapQuery["dataMap"]["nodes"][number]["kind"] = "NOT_A_KIND";
// @ts-expect-error DateTime is a string on the wire
export const notAnInstant: RecordAsOfQueryVariables = { slug: "landups", asOf: 1 };
`;

describe("schema/codegen.example.yml", () => {
  it("maps every custom scalar of the schema", () => {
    const schema = buildSchema(fs.readFileSync(path.join(ROOT, "schema/schema.graphql"), "utf8"));
    const custom = Object.values(schema.getTypeMap()).filter((t) => isScalarType(t) && !isSpecifiedScalarType(t)).map((t) => t.name);
    expect(custom.length).toBeGreaterThan(0);
    expect(Object.keys(output.config.scalars).sort()).toEqual(custom.sort());
  });

  it("generates typed documents for schema/operations that typecheck in a strict client project", async () => {
    const config = {
      schema: path.join(ROOT, example.schema),
      documents: path.join(ROOT, example.documents),
      generates: { [path.join(dir, "datamap.ts")]: output },
    };
    fs.writeFileSync(path.join(dir, "codegen.yml"), YAML.stringify(config));
    await run("npx", ["graphql-codegen", "--config", path.join(dir, "codegen.yml")], { cwd: ROOT });
    const generated = fs.readFileSync(path.join(dir, "datamap.ts"), "utf8");
    for (const f of fs.readdirSync(path.join(ROOT, "schema/operations"))) expect(generated).toContain(`${path.basename(f, ".graphql")}Document`);

    fs.writeFileSync(path.join(dir, "consumer.ts"), CONSUMER);
    const tsconfig = {
      compilerOptions: {
        strict: true, noEmit: true, target: "ES2022", module: "ESNext", moduleResolution: "Bundler", skipLibCheck: true, types: [],
        // The temporary folder has no node_modules of its own: resolve packages from the repository's.
        baseUrl: ".", paths: { "*": [path.join(ROOT, "node_modules/*")] },
      },
      files: ["datamap.ts", "consumer.ts"],
    };
    fs.writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify(tsconfig));
    const tsc = await run(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", path.join(dir, "tsconfig.json")]).catch((e) => e);
    expect(`${tsc.stdout ?? ""}${tsc.stderr ?? ""}`).toBe("");
  });
});
