import { Evidence } from "../../components/Evidence";
import { Names, Section } from "./Section";
import { ageLabel, periodLabel, volumeLabel, words } from "./labels";
import type { ActivityFacts } from "./types";

/** Art 30(1)(f) and (g): how long data is kept and how it is protected. */
export function KeepingSection({ a }: { a: ActivityFacts }) {
  const r = a.retention;
  return (
    <>
      <Section id="s-retention" title="Retention" article="Art 30(1)(f)">
        {!r ? (
          <p className="muted">The record states no retention rule.</p>
        ) : (
          <dl className="facts">
            <dt>Period</dt>
            <dd>{periodLabel(r.period)}</dd>
            <dt>Trigger</dt>
            <dd>{r.trigger ? words(r.trigger) : <span className="muted">none stated</span>}</dd>
            <dt>Rule in words</dt>
            <dd>{r.description ?? <span className="muted">none recorded</span>}</dd>
            <dt>Source</dt>
            <dd>
              <Evidence items={r.evidence} />
            </dd>
          </dl>
        )}
      </Section>
      <Section id="s-security" title="Security measures" article="Art 30(1)(g)">
        {a.securityMeasures.length === 0 ? (
          <p className="muted">No security measure is recorded.</p>
        ) : (
          <ul className="plain-list">
            {a.securityMeasures.map((m) => (
              <li key={m.key}>
                {m.name} <span className="muted">({words(m.kind)})</span>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}

/** Facts other regimes and ePrivacy ask about: ages, trackers, marketing, automated decisions, DPIA, volumes. */
export function OtherFactsSection({ a }: { a: ActivityFacts }) {
  return (
    <Section id="s-other" title="Other facts">
      <dl className="facts">
        <dt>Where the people are</dt>
        <dd>{a.subjectJurisdictions ? a.subjectJurisdictions.join(", ") : <span className="muted">the organisation’s list</span>}</dd>
        <dt>Age bands</dt>
        <dd>
          <Names items={a.ageBands.map(ageLabel)} none="not stated" />
        </dd>
        <dt>Trackers</dt>
        <dd>
          {a.trackers.length === 0 ? (
            <span className="muted">none recorded</span>
          ) : (
            <ul className="plain-list">
              {a.trackers.map((t, i) => (
                <li key={i}>
                  {words(t.kind)} {t.name ? <code>{t.name}</code> : ""} · purpose {words(t.purpose)} · consent {words(t.consent)}
                  {t.recipient ? ` · set by ${t.recipient.name}` : " · the organisation’s own"}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>Direct marketing</dt>
        <dd>
          {a.marketing.length === 0 ? (
            <span className="muted">none recorded</span>
          ) : (
            <ul className="plain-list">
              {a.marketing.map((m, i) => (
                <li key={i}>
                  {words(m.channel)} to {m.audiences.length ? m.audiences.map(words).join(" and ") : "an audience not stated"} · agreed by {words(m.consentMechanism)}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>Automated decisions</dt>
        <dd>{a.automatedDecisions ? words(a.automatedDecisions) : <span className="muted">not stated</span>}</dd>
        <dt>Impact assessment</dt>
        <dd>{a.impactAssessment ?? <span className="muted">none recorded</span>}</dd>
        <dt>People a year</dt>
        <dd>{volumeLabel(a.individualsPerYear)}</dd>
        <dt>With sensitive data, a year</dt>
        <dd>{volumeLabel(a.sensitiveIndividualsPerYear)}</dd>
      </dl>
    </Section>
  );
}
