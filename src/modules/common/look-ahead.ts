import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";

/** The fields asked for below a field, by field name (aliases and fragments merged), as a tree. */
export interface Selection {
  [field: string]: Selection;
}

// Deep enough for a page's links and theirs (edges.node.disclosures.recipient.country); the rest loads on demand.
const MAX_DEPTH = 6;

function merge(into: Selection, set: SelectionSetNode | undefined, info: GraphQLResolveInfo, depth: number, seen: Set<string>): void {
  if (!set || depth > MAX_DEPTH) return;
  for (const node of set.selections) {
    if (node.kind === Kind.FIELD) {
      const child = (into[node.name.value] ??= {});
      merge(child, node.selectionSet, info, depth + 1, seen);
    } else if (node.kind === Kind.INLINE_FRAGMENT) {
      merge(into, node.selectionSet, info, depth, seen);
    } else if (!seen.has(node.name.value)) {
      // Validation has already refused fragment cycles; `seen` only keeps a repeated spread from being walked twice.
      seen.add(node.name.value);
      merge(into, info.fragments[node.name.value]?.selectionSet, info, depth, seen);
      seen.delete(node.name.value);
    }
  }
}

/**
 * What the query asks for below the current field. Used only to fetch ahead: a field listed here that
 * `@skip` or a type condition would drop costs one query too many, never a wrong answer.
 */
export function selectionOf(info: GraphQLResolveInfo): Selection {
  const tree: Selection = {};
  for (const field of info.fieldNodes) merge(tree, field.selectionSet, info, 0, new Set());
  return tree;
}

/** True when the parent object is the single result of a root field (e.g. `organization(slug:)`), not one of a list. */
export function parentIsSingleRoot(info: GraphQLResolveInfo): boolean {
  return info.path.prev !== undefined && info.path.prev.prev === undefined;
}
