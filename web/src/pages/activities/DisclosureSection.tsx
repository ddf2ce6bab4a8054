import { Link } from "react-router";
import { useOrgPath } from "../../app/context";
import { Evidence } from "../../components/Evidence";
import { regimeLabel } from "../../components/Badge";
import { Section } from "./Section";
import { adequacyLabel, words } from "./labels";
import type { ActivityFacts } from "./types";

const yesNo = (v: boolean | null) => (v === null ? "not known" : v ? "yes" : "no");

/** Art 30(1)(d) and (e): who receives the data, and where it goes and is kept outside the controller's country. */
export function DisclosureSection({ a }: { a: ActivityFacts }) {
  const path = useOrgPath();
  return (
    <>
      <Section id="s-recipients" title="Recipients" article="Art 30(1)(d)">
        {a.disclosures.length === 0 ? (
          <p className="muted">{a.noRecipients ? "The record states that this activity discloses data to no one." : "No recipient is recorded."}</p>
        ) : (
          <table className="data">
            <thead>
              <tr>
                <th scope="col">Recipient</th>
                <th scope="col">Categories disclosed</th>
                <th scope="col">Purpose</th>
                <th scope="col">Sale / sharing (CCPA)</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {a.disclosures.map((d, i) => (
                <tr key={i}>
                  <td>
                    <Link to={path(`recipients/${encodeURIComponent(d.recipient.id)}`)}>{d.recipient.name}</Link>
                    <br />
                    <span className="muted">
                      {words(d.recipient.kind)}
                      {d.recipient.country ? ` · ${d.recipient.country.name} (${adequacyLabel(d.recipient.country.euAdequacy)})` : ""}
                    </span>
                  </td>
                  <td>{d.dataCategories.length ? d.dataCategories.map((c) => c.name).join(", ") : <span className="muted">all of the activity’s categories</span>}</td>
                  <td>{d.purpose ?? <span className="muted">not stated</span>}</td>
                  <td>
                    sale: {yesNo(d.sale)}; sharing: {yesNo(d.sharing)}
                  </td>
                  <td>
                    <Evidence items={d.evidence} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
      <Section id="s-transfers" title="Storage and transfers to third countries" article="Art 30(1)(e)">
        {a.storageLocations.length === 0 ? (
          <p className="muted">No storage location is recorded.</p>
        ) : (
          <table className="data">
            <thead>
              <tr>
                <th scope="col">Storage location</th>
                <th scope="col">Country</th>
                <th scope="col">EU adequacy</th>
                <th scope="col">Transfer tools</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {a.storageLocations.map((l) => (
                <tr key={l.id}>
                  <td>
                    {l.name}
                    {l.region || l.provider ? <span className="muted"> · {[l.region, l.provider].filter(Boolean).join(", ")}</span> : ""}
                  </td>
                  <td>
                    {l.country.name} ({l.country.code})
                  </td>
                  <td>{adequacyLabel(l.euAdequacy)}</td>
                  <td>
                    {l.transferMechanisms.length
                      ? l.transferMechanisms.map((m) => `${regimeLabel(m.regime)}: ${m.legalBasis ? `${m.legalBasis.name} (${m.legalBasis.article})` : (m.note ?? "unnamed tool")}`).join("; ")
                      : <span className="muted">none recorded</span>}
                  </td>
                  <td>
                    <Evidence items={l.evidence} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p className="no-print">
          How each regime judges these transfers: <Link to={path("transfers")}>the transfers page</Link>.
        </p>
      </Section>
    </>
  );
}
