import type { RecipientsPageListQuery } from "../../gql/graphql";

export type RecipientRow = NonNullable<RecipientsPageListQuery["organization"]>["recipients"][number];
export interface TreeNode {
  r: RecipientRow;
  children: TreeNode[];
  /** False when only a descendant matches the filters: shown for context. */
  matches: boolean;
}

/** Sub-processors under the recipient that engages them; recipients whose parent is not in the list stand at the top. */
export function buildTree(rows: RecipientRow[], match: (r: RecipientRow) => boolean): TreeNode[] {
  const ids = new Set(rows.map((r) => r.id));
  const byParent = new Map<string | null, RecipientRow[]>();
  for (const r of rows) {
    const p = r.parent && ids.has(r.parent.id) ? r.parent.id : null;
    byParent.set(p, [...(byParent.get(p) ?? []), r]);
  }
  const seen = new Set<string>();
  const grow = (r: RecipientRow): TreeNode | null => {
    // A parent loop in bad data must not recurse forever.
    if (seen.has(r.id)) return null;
    seen.add(r.id);
    const children = (byParent.get(r.id) ?? []).map(grow).filter((n): n is TreeNode => n !== null);
    const matches = match(r);
    return matches || children.length ? { r, children, matches } : null;
  };
  return (byParent.get(null) ?? []).map(grow).filter((n): n is TreeNode => n !== null);
}
