import { useState } from "react";
import { useSearchParams } from "react-router";
import { useGql } from "../../api/hooks";
import { useAsOf, useOrganization } from "../../app/context";
import { RecipientsPageListDocument } from "../../gql/graphql";
import { Empty, QueryState } from "../../components/State";
import { words } from "../activities/labels";
import { buildTree, type RecipientRow } from "./recipientTree";
import { RecipientTreeRows } from "./RecipientTreeRows";
import "../activities/activities.css";

/** Distinct values for a filter's options, sorted by label. */
function options(rows: RecipientRow[], pick: (r: RecipientRow) => [string, string] | null): [string, string][] {
  const m = new Map<string, string>();
  for (const r of rows) {
    const o = pick(r);
    if (o) m.set(o[0], o[1]);
  }
  return [...m].sort((a, b) => a[1].localeCompare(b[1]));
}

/** The organisation's recipient registry as a tree of who engages whom, filtered by kind and country. */
export function RecipientsPage() {
  const { slug, organization } = useOrganization();
  const asOf = useAsOf();
  const list = useGql(RecipientsPageListDocument, { slug, asOf });
  const [q, setQ] = useSearchParams();
  const kind = q.get("kind") ?? "";
  const country = q.get("country") ?? "";
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(q);
    if (value) next.set(key, value);
    else next.delete(key);
    setExpanded(new Set());
    setQ(next);
  };
  const toggle = (id: string) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <>
      <h1>Recipients</h1>
      <p className="hint">Everyone {organization?.name ?? slug} discloses personal data to, with the sub-processors each one engages.</p>
      <QueryState query={list} what="the recipients">
        {(d) => {
          if (!d.organization) return <Empty>The organisation did not exist on that date.</Empty>;
          const rows = d.organization.recipients;
          const match = (r: RecipientRow) => (!kind || r.kind === kind) && (!country || r.country?.code === country);
          const tree = buildTree(rows, match);
          const filtered = !!(kind || country);
          // While filtering, branches start open so the matches show; a toggle then closes one.
          const open = filtered ? new Set(rows.map((r) => r.id).filter((id) => !expanded.has(id))) : expanded;
          const count = rows.filter(match).length;
          return (
            <>
              <form className="filters" role="search" aria-label="Filter recipients" onSubmit={(e) => e.preventDefault()}>
                <div>
                  <label htmlFor="r-kind">Kind</label>
                  <select id="r-kind" value={kind} onChange={(e) => set("kind", e.target.value)}>
                    <option value="">Any</option>
                    {options(rows, (r) => [r.kind, words(r.kind)]).map(([v, l]) => (
                      <option key={v} value={v}>
                        {l}
                      </option>
                    ))}
                  </select>
                </div>
                <div>
                  <label htmlFor="r-country">Country</label>
                  <select id="r-country" value={country} onChange={(e) => set("country", e.target.value)}>
                    <option value="">Any</option>
                    {options(rows, (r) => (r.country ? [r.country.code, r.country.name] : null)).map(([v, l]) => (
                      <option key={v} value={v}>
                        {l}
                      </option>
                    ))}
                  </select>
                </div>
              </form>
              <h2 className="results-count" aria-live="polite">
                {count === 1 ? "1 recipient" : `${count} recipients`}
                {filtered ? (count === 1 ? " matches the filters" : " match the filters") : ""}
              </h2>
              {tree.length === 0 ? (
                <Empty>{filtered ? "No recipient matches these filters." : "The record has no recipients yet."}</Empty>
              ) : (
                <table className="data recipients-table">
                  <caption className="visually-hidden">Recipients, with sub-processors under the recipient that engages them</caption>
                  <thead>
                    <tr>
                      <th scope="col">Recipient</th>
                      <th scope="col">Kind</th>
                      <th scope="col">Role in law</th>
                      <th scope="col">Category</th>
                      <th scope="col">Country · EU adequacy</th>
                      <th scope="col">DPA</th>
                      <th scope="col">Sub-processors</th>
                    </tr>
                  </thead>
                  <tbody>
                    {tree.map((n) => (
                      <RecipientTreeRows key={n.r.id} node={n} depth={0} expanded={open} toggle={toggle} />
                    ))}
                  </tbody>
                </table>
              )}
            </>
          );
        }}
      </QueryState>
    </>
  );
}
