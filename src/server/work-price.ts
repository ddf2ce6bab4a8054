import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, Kind, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode, type ValueNode } from "graphql";
import { canSee } from "../domain/principal";
import type { Context } from "../modules/context";
import { organizationStore } from "../modules/organization/organization.store";

// The query cost limit counts fields, so `ropa` looks as cheap as `name` whatever the record's size. This prices
// the root fields whose work grows with the record, in activities: 15 aliases of ropa on a 5,000-activity record
// ask for 75,000, and are refused before any of it runs.

/** Activities' worth of record work one request may ask for: two whole records of 30,000 activities, or a dashboard page on one of 60,000. */
export const WORK_LIMIT = 60_000;

/** Judgements of the live record share one computation per organisation and request (live-memo), so they count once. */
const LIVE_JUDGEMENTS = new Set(["findings", "findingSummary", "transfers", "transferSummary", "transferDestinations", "reach"]);
/** Each occurrence builds or walks the whole record again. */
const RECORD_BUILDS = new Set(["ropa", "recordDiff", "dataMap", "dataFlows", "noticeComparison"]);

type Variables = Record<string, unknown> | undefined;

function argument(node: { arguments?: readonly { name: { value: string }; value: ValueNode }[] }, name: string, variables: Variables): unknown {
  const arg = node.arguments?.find((a) => a.name.value === name);
  if (!arg) return undefined;
  if (arg.value.kind === Kind.VARIABLE) return variables?.[arg.value.name.value];
  if (arg.value.kind === Kind.STRING) return arg.value.value;
  return arg.value.kind === Kind.NULL ? null : true;
}

interface Priced {
  field: string;
  slug: string | null;
  asOf: boolean;
}

function rootFields(set: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, variables: Variables, out: Priced[], seen = new Set<string>()): Priced[] {
  for (const node of set.selections) {
    if (node.kind === Kind.FIELD) {
      const field = node.name.value;
      const asOf = argument(node, "asOf", variables) != null;
      if (RECORD_BUILDS.has(field) || LIVE_JUDGEMENTS.has(field) || (field === "organization" && asOf)) {
        const slug = argument(node, field === "organization" ? "slug" : "organization", variables);
        out.push({ field, slug: typeof slug === "string" ? slug : null, asOf });
      }
    } else if (node.kind === Kind.INLINE_FRAGMENT) rootFields(node.selectionSet, fragments, variables, out, seen);
    else if (!seen.has(node.name.value) && fragments[node.name.value]) {
      seen.add(node.name.value);
      rootFields(fragments[node.name.value].selectionSet, fragments, variables, out, seen);
    }
  }
  return out;
}

/** Activities' worth of work the operation asks for, with the parts that make it up. */
export function priceOperation(ctx: Context, operation: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>, variables: Variables): { units: number; parts: string[] } {
  const fields = operation.operation === "query" ? rootFields(operation.selectionSet, fragments, variables, []) : [];
  if (!fields.length) return { units: 0, parts: [] };
  // Only organisations the key may see count, so the price tells nothing about the others.
  const sizes = organizationStore.activityCounts(ctx.db).filter((o) => canSee(ctx.principal, o.id));
  const sizeOf = (slug: string | null) => (slug === null ? sizes.reduce((n, o) => n + o.activities, 0) : (sizes.find((o) => o.slug === slug)?.activities ?? 0));
  const judged = new Set<string>();
  const byField = new Map<string, { count: number; units: number }>();
  let units = 0;
  for (const f of fields) {
    const key = `${f.slug ?? "*"}`;
    if (LIVE_JUDGEMENTS.has(f.field) && !f.asOf) {
      if (judged.has(key)) continue;
      judged.add(key);
    }
    const n = sizeOf(f.slug);
    units += n;
    const label = `${f.field}${f.asOf ? " (asOf)" : ""} on ${f.slug ?? "every organisation"}`;
    const part = byField.get(label) ?? { count: 0, units: 0 };
    byField.set(label, { count: part.count + 1, units: part.units + n });
  }
  return { units, parts: [...byField].map(([label, p]) => `${label}${p.count > 1 ? ` ×${p.count}` : ""}: ${p.units}`) };
}

/** Refuses, before execution, an operation whose record work is over the limit; the message says what it added up. */
export function workPricing(limit: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue, request }) {
          if (!operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
          const { units, parts } = priceOperation(contextValue, operation, fragments, request.variables);
          if (units <= limit) return;
          throw new GraphQLError(`this request asks for ${units} activities' worth of record work (${parts.join("; ")}); the limit is ${limit} a request: send fewer aliases, or one organisation at a time`, {
            extensions: { code: "QUERY_TOO_EXPENSIVE", units, limit, http: { status: 400 } },
          });
        },
      };
    },
  };
}
