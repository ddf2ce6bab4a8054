import { useState, type FormEvent } from "react";
import { NavLink, Outlet, useLocation, useNavigate } from "react-router";
import { useAsOf, useOrganization, useOrgPath, useSession } from "./context";

const SECTIONS: [string, string][] = [
  ["", "Overview"],
  ["map", "Data map"],
  ["activities", "Activities"],
  ["recipients", "Recipients"],
  ["transfers", "Transfers"],
  ["findings", "Findings"],
  ["exports", "Exports"],
];

/** Chooses the instant the whole app shows the record as of; empty means now. */
function AsOfPicker() {
  const asOf = useAsOf();
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  const [value, setValue] = useState(asOf ? asOf.slice(0, 10) : "");
  const go = (next: string) => {
    const params = new URLSearchParams(search);
    if (next) params.set("asOf", next);
    else params.delete("asOf");
    const q = params.toString();
    navigate(`${pathname}${q ? `?${q}` : ""}`);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    go(value);
  };
  return (
    <form className="asof" onSubmit={submit} aria-label="Show the record as of a date">
      <label htmlFor="asof-date">As of</label>
      <input id="asof-date" type="date" value={value} onChange={(e) => setValue(e.target.value)} />
      <button type="submit">Show</button>
      {asOf && (
        <button
          type="button"
          onClick={() => {
            setValue("");
            go("");
          }}
        >
          Now
        </button>
      )}
    </form>
  );
}

/** The frame of every organisation page: who is signed in, which organisation, which instant, and the sections. */
export function OrgLayout() {
  const session = useSession();
  const { slug, organization } = useOrganization();
  const path = useOrgPath();
  const asOf = useAsOf();
  const navigate = useNavigate();
  if (!organization) {
    return (
      <main id="main" className="page">
        <h1>No such organisation</h1>
        <p>No organisation this key may see has the slug “{slug}”.</p>
      </main>
    );
  }
  return (
    <>
      <div className="orgbar" role="region" aria-label="Organisation and instant">
        <label htmlFor="org-switch" className="visually-hidden">
          Organisation
        </label>
        <select id="org-switch" value={slug} onChange={(e) => navigate(`/o/${encodeURIComponent(e.target.value)}`)}>
          {session.organizations.map((o) => (
            <option key={o.slug} value={o.slug}>
              {o.name}
            </option>
          ))}
        </select>
        <nav aria-label="Sections">
          <ul>
            {SECTIONS.map(([sub, label]) => (
              <li key={label}>
                <NavLink to={path(sub)} end={sub === ""}>
                  {label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <AsOfPicker />
      </div>
      {asOf && (
        <p className="banner" role="note">
          Showing the record as it stood on {new Date(asOf).toUTCString()}. Editing is off while you look at the past.
        </p>
      )}
      <main id="main" className="page">
        <Outlet />
      </main>
    </>
  );
}

/** The top bar: product, key and sign-out. */
export function TopBar() {
  const { viewer, signOut } = useSession();
  return (
    <header className="topbar">
      <a href="#main" className="skip">
        Skip to content
      </a>
      <NavLink to="/" className="brand">
        datamap
      </NavLink>
      <span className="who">
        {viewer.name} · {viewer.role.toLowerCase()}
        {viewer.scoped ? " · limited to some organisations" : ""}
      </span>
      <a href="/graphql" className="explorer-link">
        GraphQL explorer
      </a>
      <button type="button" onClick={signOut}>
        Sign out
      </button>
    </header>
  );
}
