import { useState } from "react";
import { Link } from "react-router";
import { useOrgPath } from "../../app/context";
import { regimeLabel, SeverityBadge } from "../../components/Badge";
import type { FindingsQuery } from "../../gql/graphql";
import { AcceptForm } from "./AcceptForm";

export type Finding = FindingsQuery["findings"][number];

/** The subject as a link to its page; the organisation itself links to the overview; other objects have no page. */
function Subject({ s }: { s: Finding["subject"] }) {
  const path = useOrgPath();
  if (!s) return <span className="muted">none</span>;
  const name = "name" in s ? s.name : s.id;
  if (s.__typename === "ProcessingActivity") return <Link to={path(`activities/${encodeURIComponent(s.id)}`)}>{name}</Link>;
  if (s.__typename === "Recipient") return <Link to={path(`recipients/${encodeURIComponent(s.id)}`)}>{name}</Link>;
  if (s.__typename === "Organization") return <Link to={path("")}>{name} (the organisation)</Link>;
  const kind: Record<string, string> = { Location: "storage location", SecurityMeasure: "security measure" };
  return (
    <>
      {name} <span className="muted">({kind[s.__typename] ?? s.__typename})</span>
    </>
  );
}

function Acceptance({ a }: { a: Finding["acceptance"] }) {
  if (!a) return <span className="muted">not accepted</span>;
  return (
    <span className="acceptance">
      Accepted by {a.acceptedBy} on {a.acceptedAt.slice(0, 10)} until {a.until.slice(0, 10)}: “{a.justification}”
    </span>
  );
}

/** One finding, and under it the accept form while it is open. */
export function FindingRow({ f, canEdit }: { f: Finding; canEdit: boolean }) {
  const [open, setOpen] = useState(false);
  const label = `${f.rule}${f.subject && "name" in f.subject ? ` on ${f.subject.name}` : ""}`;
  const cols = canEdit ? 9 : 8;
  return (
    <>
      <tr>
        <td>
          <SeverityBadge severity={f.severity} />
        </td>
        <td>{f.regime ? regimeLabel(f.regime) : "every regime"}</td>
        <td className="rule">
          <code>{f.rule}</code>
        </td>
        <td className="ref">{f.reference}</td>
        <td className="msg">{f.message}</td>
        <td className="msg">{f.remediation}</td>
        <td>
          <Subject s={f.subject} />
        </td>
        <td>
          <Acceptance a={f.acceptance} />
        </td>
        {canEdit && (
          <td>
            {!f.acceptance && !open && (
              <button type="button" className="secondary" onClick={() => setOpen(true)} aria-expanded={false}>
                Accept<span className="visually-hidden"> {label}</span>
              </button>
            )}
          </td>
        )}
      </tr>
      {open && (
        <tr className="accept-row">
          <td colSpan={cols}>
            <AcceptForm id={f.id} label={label} onDone={() => setOpen(false)} />
          </td>
        </tr>
      )}
    </>
  );
}
