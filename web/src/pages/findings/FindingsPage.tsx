import { useGql } from "../../api/hooks";
import { useAsOf, useCanEdit, useOrganization } from "../../app/context";
import { regimeLabel } from "../../components/Badge";
import { Empty, QueryState } from "../../components/State";
import { FindingsDocument } from "../../gql/graphql";
import { useFindingFilters } from "./filters";
import { FindingsFilters } from "./FindingsFilters";
import { FindingRow } from "./FindingRow";
import { matching, useFindingSummary } from "./summary";
import "./findings.css";

/** The most findings one page shows; the summary says how many there are in all. */
const LIMIT = 200;

/** Triage of the organisation's findings: filter, read the article and the fix, open the subject, accept with a reason. */
export function FindingsPage() {
  const { slug, organization } = useOrganization();
  const asOf = useAsOf();
  const canEdit = useCanEdit();
  const [filters, setFilters] = useFindingFilters();
  const summary = useFindingSummary(slug, asOf);
  const list = useGql(FindingsDocument, {
    organization: slug,
    asOf,
    minSeverity: filters.severity,
    regime: filters.regime,
    rule: filters.rule,
    includeAccepted: filters.accepted,
    first: LIMIT,
  });
  // Findings in force that match, so a capped list can say how many there are in all; accepted ones are not counted per rule.
  const total = summary.data && !filters.accepted ? matching(summary.data, filters) : null;
  const what = [filters.severity && `${filters.severity.toLowerCase()} or above`, filters.regime && regimeLabel(filters.regime), filters.rule].filter(Boolean).join(", ");
  return (
    <>
      <h1>Findings{organization ? `: ${organization.name}` : ""}</h1>
      <p className="hint">What the rules find missing or unlawful in the record, most severe first, each with the article it rests on.</p>
      <FindingsFilters filters={filters} set={setFilters} summary={summary.data} />
      <QueryState query={{ isPending: list.isPending, error: list.error, data: list.data?.findings }} what="the findings">
        {(rows) =>
          rows.length === 0 ? (
            <Empty>No findings{what ? ` match (${what})` : " in force"}.</Empty>
          ) : (
            <>
              <p role="status">
                {total !== null && total > rows.length
                  ? `Showing ${rows.length} of ${total} findings`
                  : rows.length === LIMIT
                    ? `Showing the first ${LIMIT} findings`
                    : `${rows.length} findings`}
                {what && ` (${what})`}
                {filters.accepted ? ", accepted ones included" : ""}.
              </p>
              <table className="data findings">
                <caption className="visually-hidden">Findings</caption>
                <thead>
                  <tr>
                    <th scope="col">Severity</th>
                    <th scope="col">Regime</th>
                    <th scope="col">Rule</th>
                    <th scope="col">Article</th>
                    <th scope="col">Finding</th>
                    <th scope="col">Remediation</th>
                    <th scope="col">Subject</th>
                    <th scope="col">Acceptance</th>
                    {canEdit && (
                      <th scope="col">
                        <span className="visually-hidden">Actions</span>
                      </th>
                    )}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((f) => (
                    <FindingRow key={f.id} f={f} canEdit={canEdit} />
                  ))}
                </tbody>
              </table>
            </>
          )
        }
      </QueryState>
    </>
  );
}
