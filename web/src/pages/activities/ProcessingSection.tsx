import { Evidence } from "../../components/Evidence";
import { regimeLabel } from "../../components/Badge";
import { Names, Section } from "./Section";
import { words } from "./labels";
import type { ActivityFacts } from "./types";

/** Art 30(1)(b) and (c): why, on which legal basis, about whom and which data. */
export function ProcessingSection({ a }: { a: ActivityFacts }) {
  return (
    <>
      <Section id="s-purposes" title="Purposes" article="Art 30(1)(b)">
        <Names items={a.purposes.map((p) => p.name)} />
      </Section>
      <Section id="s-bases" title="Legal basis claims, per regime">
        {a.legalBasisClaims.length === 0 ? (
          <p className="muted">No legal basis is claimed.</p>
        ) : (
          <table className="data">
            <thead>
              <tr>
                <th scope="col">Regime</th>
                <th scope="col">Basis</th>
                <th scope="col">Consent mechanism</th>
                <th scope="col">Assessment and note</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {a.legalBasisClaims.map((c, i) => (
                <tr key={i}>
                  <td>{regimeLabel(c.legalBasis.regime)}</td>
                  <td>
                    <code>{c.legalBasis.code}</code> {c.legalBasis.name} <span className="muted">({c.legalBasis.article})</span>
                  </td>
                  <td>{c.consentMechanism ? words(c.consentMechanism) : <span className="muted">—</span>}</td>
                  <td>
                    {c.assessment ? <>Assessment: {c.assessment}. </> : <span className="muted">No assessment recorded. </span>}
                    {c.note}
                  </td>
                  <td>
                    <Evidence items={c.evidence} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
      <Section id="s-subjects" title="Data subjects and data categories" article="Art 30(1)(c)">
        <dl className="facts">
          <dt>Data subjects</dt>
          <dd>
            <Names items={a.dataSubjects.map((s) => s.name)} />
          </dd>
          <dt>Sources of the data</dt>
          <dd>
            <Names items={a.sources.map(words)} />
          </dd>
        </dl>
        <h3>Data categories</h3>
        {a.dataCategories.length === 0 ? (
          <p className="muted">No data category is recorded.</p>
        ) : (
          <table className="data">
            <thead>
              <tr>
                <th scope="col">Category</th>
                <th scope="col">Key</th>
                <th scope="col">Sensitivity per regime</th>
              </tr>
            </thead>
            <tbody>
              {a.dataCategories.map((c) => (
                <tr key={c.key}>
                  <td>{c.name}</td>
                  <td>
                    <code>{c.key}</code>
                  </td>
                  <td>
                    {c.sensitivity.length === 0 ? (
                      <span className="muted">not special or sensitive</span>
                    ) : (
                      c.sensitivity.map((s) => `${regimeLabel(s.regime)}: ${words(s.kind)} (${s.reference})`).join("; ")
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
    </>
  );
}
