import { Link } from "react-router";
import { useOrgPath } from "../../app/context";
import { adequacyLabel, words } from "../activities/labels";
import type { TreeNode } from "./recipientTree";

/** One recipient as a table row, then (when expanded) its sub-processors as indented rows below it. */
export function RecipientTreeRows({ node, depth, expanded, toggle }: { node: TreeNode; depth: number; expanded: Set<string>; toggle(id: string): void }) {
  const path = useOrgPath();
  const { r, children } = node;
  const open = expanded.has(r.id);
  return (
    <>
      <tr className={node.matches ? undefined : "context-row"}>
        <th scope="row" style={{ paddingLeft: `${0.55 + depth * 1.6}rem` }}>
          {children.length > 0 ? (
            <button type="button" className="secondary tree-toggle" aria-expanded={open} onClick={() => toggle(r.id)}>
              <span aria-hidden="true">{open ? "▾" : "▸"}</span>
              <span className="visually-hidden">
                {open ? "Hide" : "Show"} sub-processors of {r.name}
              </span>
            </button>
          ) : (
            depth > 0 && <span className="muted" aria-hidden="true">↳ </span>
          )}
          <Link to={path(`recipients/${encodeURIComponent(r.id)}`)}>
            {r.name}
          </Link>
          {!node.matches && <span className="muted"> (engages a match)</span>}
        </th>
        <td>{words(r.kind)}</td>
        <td>{r.role ? words(r.role) : <span className="muted">not recorded</span>}</td>
        <td>{r.category ?? <span className="muted">—</span>}</td>
        <td>{r.country ? `${r.country.name} · ${adequacyLabel(r.country.euAdequacy)}` : <span className="muted">not recorded</span>}</td>
        <td>
          {words(r.dpa.status)}
          {r.dpa.date ? `, ${r.dpa.date}` : ""}
        </td>
        <td>{r.subProcessors.length}</td>
      </tr>
      {open && children.map((c) => <RecipientTreeRows key={c.r.id} node={c} depth={depth + 1} expanded={expanded} toggle={toggle} />)}
    </>
  );
}
