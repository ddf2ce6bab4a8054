import { Evidence } from "../../components/Evidence";
import { Section } from "./Section";
import type { Controller } from "./types";

const contact = (c: { name: string; email: string | null; countryCode: string | null } | null) =>
  c ? [c.name, c.email, c.countryCode].filter(Boolean).join(" · ") : <span className="muted">none recorded</span>;

/** Art 30(1)(a): who the controller is and how to reach it, its DPO and its representative. */
export function ControllerSection({ org }: { org: Controller }) {
  return (
    <Section id="s-controller" title="Controller" article="Art 30(1)(a)">
      <dl className="facts">
        <dt>Organisation</dt>
        <dd>
          {org.name}
          {org.legalName && org.legalName !== org.name ? ` (${org.legalName})` : ""}
          {org.country ? ` · ${org.country.name}` : ""}
        </dd>
        <dt>Contact</dt>
        <dd>{[org.contactEmail, org.postalAddress, org.website].filter(Boolean).join(" · ") || <span className="muted">none recorded</span>}</dd>
        <dt>Data protection officer</dt>
        <dd>{contact(org.dpo)}</dd>
        <dt>Representative (Art 27)</dt>
        <dd>{contact(org.representative)}</dd>
        <dt>Source</dt>
        <dd>
          <Evidence items={org.evidence} />
        </dd>
      </dl>
    </Section>
  );
}
