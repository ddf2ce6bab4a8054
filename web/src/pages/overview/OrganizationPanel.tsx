import { Link } from "react-router";
import { useGql } from "../../api/hooks";
import { useOrgPath } from "../../app/context";
import { QueryState, Empty } from "../../components/State";
import { OverviewOrganizationDocument, type OverviewOrganizationQuery } from "../../gql/graphql";

type Org = NonNullable<OverviewOrganizationQuery["organization"]>;

function Contact({ c }: { c: { name: string; email: string | null; countryCode?: string | null } | null }) {
  if (!c) return <span className="muted">not recorded</span>;
  return (
    <>
      {c.name}
      {c.email && (
        <>
          {" "}
          (<a href={`mailto:${c.email}`}>{c.email}</a>)
        </>
      )}
      {c.countryCode && <> · {c.countryCode}</>}
    </>
  );
}

function Facts({ org }: { org: Org }) {
  return (
    <dl className="facts">
      <dt>Name</dt>
      <dd>{org.name}</dd>
      <dt>Legal name</dt>
      <dd>{org.legalName ?? <span className="muted">not recorded</span>}</dd>
      <dt>Country</dt>
      <dd>{org.country ? `${org.country.name} (${org.country.code})` : <span className="muted">not recorded</span>}</dd>
      <dt>Contact</dt>
      <dd>
        {org.contactEmail ? <a href={`mailto:${org.contactEmail}`}>{org.contactEmail}</a> : <span className="muted">no e-mail recorded</span>}
        {org.postalAddress && <div>{org.postalAddress}</div>}
        {org.website && (
          <div>
            <a href={org.website}>{org.website}</a>
          </div>
        )}
      </dd>
      <dt>Data protection officer</dt>
      <dd>
        <Contact c={org.dpo} />
      </dd>
      <dt>Representative</dt>
      <dd>
        <Contact c={org.representative} />
      </dd>
    </dl>
  );
}

/** The size of the record; each number opens the page that lists those things. */
function Counts({ org }: { org: Org }) {
  const path = useOrgPath();
  const items: [string, number, string | null][] = [
    ["Processing activities", org.processingActivities.totalCount, path("activities")],
    ["Recipients", org.recipientsConnection.totalCount, path("recipients")],
    ["Storage locations", org.storageLocationsConnection.totalCount, path("map")],
    ["Data categories", org.dataCategories.length, path("map")],
    ["Security measures", org.securityMeasuresConnection.totalCount, null],
  ];
  return (
    <ul className="cards overview-counts" aria-label="Record counts">
      {items.map(([label, n, to]) => (
        <li key={label} className="card">
          {to ? (
            <Link to={to}>
              <span className="stat">{n}</span> <span className="label">{label}</span>
            </Link>
          ) : (
            <>
              <span className="stat">{n}</span> <span className="label">{label}</span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Header facts and counts: one quick query, shown before the slower panels. */
export function OrganizationPanel({ slug, asOf }: { slug: string; asOf: string | null }) {
  const q = useGql(OverviewOrganizationDocument, { slug, asOf });
  return (
    <section aria-labelledby="ov-org">
      <h2 id="ov-org" className="visually-hidden">
        Organisation
      </h2>
      <QueryState query={q} what="the organisation">
        {(d) =>
          d.organization ? (
            <>
              <Counts org={d.organization} />
              <Facts org={d.organization} />
            </>
          ) : (
            <Empty>The organisation did not exist at this instant.</Empty>
          )
        }
      </QueryState>
    </section>
  );
}
