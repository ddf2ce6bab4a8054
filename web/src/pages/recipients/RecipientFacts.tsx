import { Link } from "react-router";
import { useOrgPath } from "../../app/context";
import { Evidence } from "../../components/Evidence";
import { regimeLabel } from "../../components/Badge";
import { adequacyLabel, words } from "../activities/labels";
import type { RecipientDetailQuery } from "../../gql/graphql";

export type RecipientFull = Extract<NonNullable<RecipientDetailQuery["node"]>, { kind: unknown }>;
type Sub = RecipientFull["subProcessors"][number];

const none = <span className="muted">not recorded</span>;

/** The sub-processors below a recipient, two levels deep, each a link. */
function SubTree({ subs }: { subs: readonly (Sub | Sub["subProcessors"][number])[] }) {
  const path = useOrgPath();
  return (
    <ul className="tree">
      {subs.map((s) => (
        <li key={s.id}>
          <Link to={path(`recipients/${encodeURIComponent(s.id)}`)}>{s.name}</Link>{" "}
          <span className="muted">
            ({words(s.kind)}
            {s.country ? `, ${s.country.name}` : ""})
          </span>
          {"subProcessors" in s && s.subProcessors.length > 0 && <SubTree subs={s.subProcessors} />}
        </li>
      ))}
    </ul>
  );
}

/** Every recorded fact about a recipient, with where it comes from. */
export function RecipientFacts({ r }: { r: RecipientFull }) {
  const path = useOrgPath();
  return (
    <>
      <dl className="facts">
        <dt>Kind</dt>
        <dd>{words(r.kind)}</dd>
        <dt>Role in law</dt>
        <dd>{r.role ? words(r.role) : none}</dd>
        <dt>Category</dt>
        <dd>{r.category ?? none}</dd>
        <dt>Named company</dt>
        <dd>{r.named ? "yes" : "no: a category of recipients"}</dd>
        <dt>Country</dt>
        <dd>
          {r.country ? (
            <>
              {r.country.name} ({r.country.code}) · {adequacyLabel(r.country.euAdequacy)}
              {r.country.adequacyScope ? ` (${r.country.adequacyScope})` : ""}
            </>
          ) : (
            none
          )}
        </dd>
        <dt>Data-processing agreement</dt>
        <dd>
          {words(r.dpa.status)}
          {r.dpa.date ? `, signed ${r.dpa.date}` : ""}
          {r.dpa.url && (
            <>
              {" "}
              · <a href={r.dpa.url}>the agreement</a>
            </>
          )}
        </dd>
        <dt>What it does</dt>
        <dd>{r.description ?? none}</dd>
        <dt>Transfer tools</dt>
        <dd>
          {r.transferMechanisms.length
            ? r.transferMechanisms.map((m) => `${regimeLabel(m.regime)}: ${m.legalBasis ? `${m.legalBasis.name} (${m.legalBasis.article})` : (m.note ?? "unnamed tool")}`).join("; ")
            : none}
        </dd>
        <dt>Privacy notice</dt>
        <dd>{r.privacyUrl ? <a href={r.privacyUrl}>{r.privacyUrl}</a> : none}</dd>
        {r.legitimateInterestUrl && (
          <>
            <dt>Legitimate interests</dt>
            <dd>
              <a href={r.legitimateInterestUrl}>{r.legitimateInterestUrl}</a>
            </dd>
          </>
        )}
        <dt>Receives, across activities</dt>
        <dd>{r.dataCategories.length ? r.dataCategories.map((c) => c.name).join(", ") : none}</dd>
        <dt>Engaged by</dt>
        <dd>{r.parent ? <Link to={path(`recipients/${encodeURIComponent(r.parent.id)}`)}>{r.parent.name}</Link> : <span className="muted">the organisation directly</span>}</dd>
        <dt>Sub-processors</dt>
        <dd>{r.subProcessors.length ? <SubTree subs={r.subProcessors} /> : <span className="muted">none recorded</span>}</dd>
        <dt>Source</dt>
        <dd>
          <Evidence items={r.evidence} />
        </dd>
      </dl>
    </>
  );
}
