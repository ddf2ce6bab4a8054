import { useMemo } from "react";
import { useSearchParams } from "react-router";
import { useGql } from "../../api/hooks";
import { useAsOf, useOrganization } from "../../app/context";
import { REGIME_LABEL, regimeLabel } from "../../components/Badge";
import { Empty, QueryState } from "../../components/State";
import { TransfersPageDestinationsDocument, type Regime, type TransferStatus } from "../../gql/graphql";
import { TransfersMap } from "./TransfersMap";
import { TransfersResults } from "./TransfersResults";
import { countrySummaries, matching, STATUSES, STATUS_WORDS, UNKNOWN_COUNTRY, type Destination } from "./transfers";
import "./transfers.css";

/** Filters live in the query string so a view can be shared as a link. */
function useFilters() {
  const [params, setParams] = useSearchParams();
  const set = (changes: Record<string, string | null>) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        for (const [k, v] of Object.entries(changes)) {
          if (v) next.set(k, v);
          else next.delete(k);
        }
        return next;
      },
      { replace: false },
    );
  return { regime: params.get("regime"), status: params.get("status") as TransferStatus | null, country: params.get("country"), mapRegime: params.get("mapRegime"), set };
}

function Transfers({ destinations }: { destinations: Destination[] }) {
  const f = useFilters();
  const regimes = useMemo(() => [...new Set(destinations.map((d) => d.regime))], [destinations]);
  // The map shows one regime: the one chosen above it, else the table's, else the first the record has.
  const mapRegime = (f.mapRegime && regimes.includes(f.mapRegime as Regime) ? f.mapRegime : null) ?? (f.regime && regimes.includes(f.regime as Regime) ? f.regime : regimes[0]);
  const countries = useMemo(() => countrySummaries(destinations.filter((d) => d.regime === mapRegime)), [destinations, mapRegime]);
  const total = matching(destinations, { regime: null, status: null, country: null });
  const shown = matching(destinations, f);
  const countryName = f.country === UNKNOWN_COUNTRY ? "country not recorded" : (destinations.find((d) => d.country.code === f.country)?.country.name ?? f.country);

  if (!destinations.length) return <Empty>This record has no cross-border transfers: every recipient and storage location is where the organisation is.</Empty>;
  return (
    <>
      <h2>Where data goes</h2>
      <div className="filters">
        <div>
          <label htmlFor="map-regime">Regime shown on the map</label>
          <select id="map-regime" value={mapRegime} onChange={(e) => f.set({ mapRegime: e.target.value })}>
            {regimes.map((r) => (
              <option key={r} value={r}>
                {regimeLabel(r)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <TransfersMap regime={mapRegime} countries={countries} selected={f.country} onSelect={(code) => f.set({ country: code })} />

      <h2>Transfers</h2>
      <div className="filters" role="search" aria-label="Filter transfers">
        <div>
          <label htmlFor="filter-regime">Regime</label>
          <select id="filter-regime" value={f.regime ?? ""} onChange={(e) => f.set({ regime: e.target.value })}>
            <option value="">Any regime</option>
            {Object.keys(REGIME_LABEL).map((r) => (
              <option key={r} value={r}>
                {regimeLabel(r)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-status">Status</label>
          <select id="filter-status" value={f.status ?? ""} onChange={(e) => f.set({ status: e.target.value })}>
            <option value="">Any status</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_WORDS[s as TransferStatus]}
              </option>
            ))}
          </select>
        </div>
        {f.country && (
          <div>
            <span className="active-filter">
              To: <strong>{countryName}</strong>
            </span>
            <button type="button" className="secondary" onClick={() => f.set({ country: null })}>
              Any country
            </button>
          </div>
        )}
      </div>
      <p role="status">
        {shown} of {total} transfers{f.regime || f.status || f.country ? " match the filters" : ""}.
      </p>
      <TransfersResults filters={f} total={shown} />
    </>
  );
}

/** Cross-border transfers of the organisation per regime: a map of destinations and a table of the transfers. */
export function TransfersPage() {
  const { slug, organization } = useOrganization();
  const asOf = useAsOf();
  // Every regime's destinations at once (a few hundred entries at most): the map's regimes and every filter's count come from them.
  const q = useGql(TransfersPageDestinationsDocument, { organization: slug, asOf, regime: null });
  return (
    <>
      <h1>Transfers{organization ? ` of ${organization.name}` : ""}</h1>
      <p className="hint">Each transfer is judged under every regime that reaches it (GDPR and UK GDPR Chapter V, PIPL Art 38): whether a mechanism covers it, and which.</p>
      <QueryState query={q} what="the transfers">
        {(d) => <Transfers destinations={d.transferDestinations} />}
      </QueryState>
    </>
  );
}
