import { Link } from "react-router";
import { useGql } from "../../api/hooks";
import { useOrgPath } from "../../app/context";
import { ActivityDetailFindingsDocument } from "../../gql/graphql";
import { QueryState, Empty } from "../../components/State";
import { regimeLabel, SeverityBadge } from "../../components/Badge";

/** What is missing or unlawful in this activity, most severe first, linking to the findings page. */
export function ActivityFindings({ slug, id, asOf }: { slug: string; id: string; asOf: string | null }) {
  const path = useOrgPath();
  const findings = useGql(ActivityDetailFindingsDocument, { organization: slug, subject: id, asOf });
  return (
    <section className="record-section" aria-labelledby="s-findings">
      <h2 id="s-findings">Findings</h2>
      <QueryState query={findings} what="the findings">
        {(d) =>
          d.findings.length === 0 ? (
            <Empty>No finding about this activity.</Empty>
          ) : (
            <>
              <ul className="plain-list findings-list">
                {d.findings.map((f) => (
                  <li key={f.id}>
                    <SeverityBadge severity={f.severity} /> <strong>{f.reference}</strong>
                    {f.regime ? <span className="muted"> ({regimeLabel(f.regime)})</span> : ""}: {f.message}
                  </li>
                ))}
              </ul>
              <p className="no-print">
                <Link to={path("findings")}>All findings of the record</Link>
              </p>
            </>
          )
        }
      </QueryState>
    </section>
  );
}
