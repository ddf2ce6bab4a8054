import { Kind, type ArgumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from "graphql";
import { LRUCache } from "lru-cache";
import type { Principal } from "../domain/principal";

/**
 * Root fields whose answer depends only on the database and the caller's scope, never on the clock:
 * findings, transfers, ropa and recordDiff judge or stamp "now", apiKeys is for administrators.
 */
const PURE_ROOT_FIELDS = new Set([
  "__typename",
  "__schema",
  "__type",
  "processingActivities",
  "history",
  "dataMap",
  "dataFlows",
  "recentChanges",
  "viewer",
  "node",
  "organizations",
  "organization",
  "recipients",
  "dataCategories",
  "purposes",
  "legalBases",
  "dataSubjectCategories",
]);

type Variables = Record<string, unknown> | undefined;

/** True when the argument is given a value other than null, literally or through a variable. */
function given(arg: ArgumentNode, variables: Variables): boolean {
  if (arg.value.kind === Kind.NULL) return false;
  if (arg.value.kind === Kind.VARIABLE) return variables?.[arg.value.name.value] != null;
  return true;
}

function pureRoot(set: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, seen: Set<string>, variables: Variables): boolean {
  for (const node of set.selections) {
    if (node.kind === Kind.FIELD) {
      if (!PURE_ROOT_FIELDS.has(node.name.value)) return false;
      // A future asOf reads as now, so an answer with asOf is not a pure function of the database.
      if (node.arguments?.some((a) => a.name.value === "asOf" && given(a, variables))) return false;
    } else if (node.kind === Kind.INLINE_FRAGMENT) {
      if (!pureRoot(node.selectionSet, fragments, seen, variables)) return false;
    } else if (!seen.has(node.name.value)) {
      seen.add(node.name.value);
      const fragment = fragments[node.name.value];
      if (!fragment || !pureRoot(fragment.selectionSet, fragments, seen, variables)) return false;
    }
  }
  return true;
}

/** True for a query whose every root field answers from the database alone, with these variables. */
export function isCacheableOperation(operation: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>, variables?: Variables): boolean {
  return operation.operation === "query" && pureRoot(operation.selectionSet, fragments, new Set(), variables);
}

export interface CachedResponse {
  status: number;
  headers: [string, string][];
  body: string;
}

interface Entry extends CachedResponse {
  stamp: string;
}

/** The parts of a request an answer can depend on: who asks (their scope), and every byte of what they ask. */
export function responseKey(principal: Principal, parts: { method: string; search: string; contentType: string; accept: string; preflight: string; body: string }): string {
  const scope = `${principal.role}:${principal.organizationIds === null ? "*" : [...principal.organizationIds].sort((a, b) => a - b).join(",")}`;
  return JSON.stringify([scope, parts.method, parts.search, parts.contentType, parts.accept, parts.preflight, parts.body]);
}

/**
 * Whole answers to pure queries, reused until the database changes (the change stamp moves on any write
 * through this process or any other). Dashboards refresh the same queries; a hit skips execution entirely.
 * Least recently used entries go first once the byte budget is spent (lru-cache).
 */
export class ResponseCache {
  private readonly entries: LRUCache<string, Entry> | null;

  constructor(maxBytes: number) {
    // One answer may take at most a quarter of the budget, so one huge data map cannot flush everything else.
    this.entries = maxBytes > 0 ? new LRUCache<string, Entry>({ maxSize: maxBytes, maxEntrySize: maxBytes / 4, sizeCalculation: (e, key) => key.length + e.body.length }) : null;
  }

  get enabled(): boolean {
    return this.entries !== null;
  }

  get(key: string, stamp: string): CachedResponse | undefined {
    const entry = this.entries?.get(key);
    if (!entry) return undefined;
    if (entry.stamp === stamp) return entry;
    this.entries!.delete(key);
    return undefined;
  }

  set(key: string, stamp: string, response: CachedResponse): void {
    this.entries?.set(key, { ...response, stamp });
  }
}
