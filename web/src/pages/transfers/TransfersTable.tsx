import { Link } from "react-router";
import { useOrgPath } from "../../app/context";
import { regimeLabel, StatusBadge } from "../../components/Badge";
import { mechanismText, UNKNOWN_COUNTRY, type TransferRow } from "./transfers";

const country = (c: { code: string; name: string }) => (c.code === UNKNOWN_COUNTRY ? <span className="muted">not recorded</span> : `${c.name} (${c.code})`);

/** The sub-processor chain: whoever engaged the importer, and whoever engaged them. */
function Via({ via }: { via: TransferRow["via"] }) {
  const path = useOrgPath();
  if (!via) return <span className="muted">direct</span>;
  return (
    <>
      {via.parent && (
        <>
          <Link to={path(`recipients/${encodeURIComponent(via.parent.id)}`)}>{via.parent.name}</Link> →{" "}
        </>
      )}
      <Link to={path(`recipients/${encodeURIComponent(via.id)}`)}>{via.name}</Link>
    </>
  );
}

/** The first transfers matching the filters; `total` is how many match in all (a large record has tens of thousands). */
export function TransfersTable({ rows, total }: { rows: readonly TransferRow[]; total: number }) {
  const path = useOrgPath();
  return (
    <>
      <table className="data transfers-table">
        <caption className="visually-hidden">Cross-border transfers</caption>
        <thead>
          <tr>
            <th scope="col">Regime</th>
            <th scope="col">Activity</th>
            <th scope="col">Data categories</th>
            <th scope="col">From → to</th>
            <th scope="col">Importer</th>
            <th scope="col">Via</th>
            <th scope="col">Mechanism</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((t, i) => (
            <tr key={i}>
              <td>{regimeLabel(t.regime)}</td>
              <td>
                <Link to={path(`activities/${encodeURIComponent(t.activity.id)}`)}>{t.activity.name}</Link>
              </td>
              <td>{t.dataCategories.map((c) => c.name).join(", ") || <span className="muted">none recorded</span>}</td>
              <td>
                {country(t.fromCountry)} → {country(t.toCountry)}
              </td>
              <td>
                {t.recipient ? (
                  <Link to={path(`recipients/${encodeURIComponent(t.recipient.id)}`)}>{t.recipient.name}</Link>
                ) : t.location ? (
                  <>
                    {t.location.name}
                    {t.location.region ? `, ${t.location.region}` : ""} <span className="muted">(storage)</span>
                  </>
                ) : (
                  <span className="muted">not recorded</span>
                )}
              </td>
              <td>
                <Via via={t.via} />
              </td>
              <td>{mechanismText(t) ? <code>{mechanismText(t)}</code> : <span className="muted">none</span>}</td>
              <td>
                <StatusBadge status={t.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {total > rows.length && (
        <p>
          Showing {rows.length} of {total}. <span className="hint">Choose a regime, a status or a destination to narrow the list.</span>
        </p>
      )}
    </>
  );
}
