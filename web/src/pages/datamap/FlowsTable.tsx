import { useState } from "react";
import { Link } from "react-router";
import { useOrgPath } from "../../app/context";
import { words } from "./DataMapFilters";
import { KIND_WORDS, LINK_WORDS, nodeAction, type FlowNode, type Flows } from "./flows";

const PAGE = 200;

/** A node as a control doing what clicking it in the diagram does: a link to its page, or a button that narrows the map. */
export function NodeControl({ node, onFilter }: { node: FlowNode; onFilter(n: FlowNode): void }) {
  const path = useOrgPath();
  const action = nodeAction(node, path);
  const title = `${KIND_WORDS[node.kind]}${node.detail ? `: ${node.detail}` : ""}`;
  if (action && "to" in action) return <Link to={action.to} title={title}>{node.label}</Link>;
  if (action)
    return (
      <button type="button" className="linklike" title={title} onClick={() => onFilter(node)}>
        {node.label}
      </button>
    );
  return <span title={title}>{node.label}</span>;
}

/** The diagram's flows as a table, for keyboard and screen-reader users (and for reading the numbers). */
export function FlowsTable({ flows, onFilter }: { flows: Flows; onFilter(n: FlowNode): void }) {
  const [shown, setShown] = useState(PAGE);
  const byId = new Map(flows.nodes.map((n) => [n.id, n]));
  const links = [...flows.links].sort((a, b) => byId.get(a.source)!.column - byId.get(b.source)!.column || b.value - a.value);
  return (
    <>
      <table className="data flows-table">
        <caption>Flows shown in the diagram</caption>
        <thead>
          <tr>
            <th scope="col">From</th>
            <th scope="col">To</th>
            <th scope="col">Flow</th>
            <th scope="col">Kind of destination</th>
            <th scope="col">Activities</th>
          </tr>
        </thead>
        <tbody>
          {links.slice(0, shown).map((l) => {
            const s = byId.get(l.source)!;
            const t = byId.get(l.target)!;
            return (
              <tr key={`${l.source} ${l.target}`}>
                <td>
                  <NodeControl node={s} onFilter={onFilter} />
                </td>
                <td>
                  <NodeControl node={t} onFilter={onFilter} />
                  {t.detail && (t.kind === "LOCATION" || t.kind === "RECIPIENT") && <span className="muted"> ({t.kind === "RECIPIENT" ? words(t.detail) : t.detail})</span>}
                </td>
                <td>{LINK_WORDS[l.kind] ?? l.kind}</td>
                <td>{KIND_WORDS[t.kind]}</td>
                <td>{l.value}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {links.length > shown && (
        <p>
          Showing {shown} of {links.length} flows.{" "}
          <button type="button" className="secondary" onClick={() => setShown((n) => n + PAGE)}>
            Show more
          </button>
        </p>
      )}
    </>
  );
}
