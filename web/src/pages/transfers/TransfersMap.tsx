import { useEffect, useMemo, useState } from "react";
import type { EChartsCoreOption } from "echarts/core";
import { EChart } from "../../charts/EChart";
import { loadWorld } from "../../charts/load";
import { regimeLabel, StatusBadge } from "../../components/Badge";
import type { TransferStatus } from "../../gql/graphql";
import { countsText, STATUSES, STATUS_WORDS, UNKNOWN_COUNTRY, type CountrySummary } from "./transfers";

/** Fill per worst status; the legend and the list say the same in words, and "not covered" is also hatched. */
const FILL: Record<TransferStatus, string> = { NOT_COVERED: "#c0392b", UNDETERMINED: "#e0a526", COVERED: "#2e8b57" };
const EMPTY_FILL = "#eceff2";

interface Props {
  regime: string;
  countries: CountrySummary[];
  selected: string | null;
  onSelect(code: string | null): void;
}

function tooltip(c: CountrySummary | undefined, atlasName: string): string {
  const esc = (s: string) => s.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
  if (!c) return `${esc(atlasName)}: no transfers`;
  const lines = STATUSES.filter((s) => c.counts[s]).map((s) => `${STATUS_WORDS[s]}: ${c.counts[s]}`);
  return `<strong>${esc(c.name)}</strong><br>${lines.join("<br>")}<br>Mechanisms: ${c.mechanisms.length ? esc(c.mechanisms.join(", ")) : "none recorded"}`;
}

/** A world map of one regime's transfer destinations shaded by their worst status; clicking a country filters the table. */
export function TransfersMap({ regime, countries, selected, onSelect }: Props) {
  const [shaped, setShaped] = useState<Map<string, string> | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    loadWorld().then(setShaped, (e: Error) => setFailed(e.message));
  }, []);
  const byCode = useMemo(() => new Map(countries.map((c) => [c.code, c])), [countries]);

  const option = useMemo<EChartsCoreOption>(
    () => ({
      tooltip: { trigger: "item", formatter: (p: { name: string }) => tooltip(byCode.get(p.name), shaped?.get(p.name) ?? p.name.replace(/^x-/, "")) },
      series: [
        {
          type: "map",
          map: "world",
          nameProperty: "iso",
          roam: false,
          selectedMode: false,
          label: { show: false },
          itemStyle: { areaColor: EMPTY_FILL, borderColor: "#8a939d", borderWidth: 0.5 },
          emphasis: { label: { show: false }, itemStyle: { areaColor: "#b9c6d3" } },
          data: countries.map((c) => ({
            name: c.code,
            value: c.counts.NOT_COVERED + c.counts.UNDETERMINED + c.counts.COVERED,
            itemStyle: {
              areaColor: FILL[c.worst],
              borderColor: c.code === selected ? "#1b1f24" : "#8a939d",
              borderWidth: c.code === selected ? 2 : 0.5,
              decal: c.worst === "NOT_COVERED" ? { symbol: "rect", dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: Math.PI / 4, color: "rgba(255,255,255,0.55)" } : undefined,
            },
          })),
        },
      ],
    }),
    [countries, byCode, shaped, selected],
  );

  const mapped = countries.filter((c) => shaped?.has(c.code));
  const label = `World map of ${regimeLabel(regime)} transfer destinations: ${mapped.length ? mapped.map((c) => `${c.name} ${STATUS_WORDS[c.worst].toLowerCase()}`).join("; ") : "no destination with a shape on the map"}.`;

  return (
    <div className="transfers-map">
      <div>
        {failed ? (
          <p className="state state-error">The map could not be drawn ({failed}); the list and the table have the same data.</p>
        ) : (
          <EChart option={option} label={label} height={420} ready={shaped !== null} onClick={(e) => e.name && byCode.has(e.name) && onSelect(e.name === selected ? null : e.name)} />
        )}
        <ul className="map-legend" aria-label="Map legend">
          {STATUSES.map((s) => (
            <li key={s}>
              <span className={`swatch swatch-${s}`} style={{ background: FILL[s] }} aria-hidden="true" /> {STATUS_WORDS[s]}
              {s === "NOT_COVERED" ? " (hatched)" : ""}
            </li>
          ))}
          <li>
            <span className="swatch" style={{ background: EMPTY_FILL }} aria-hidden="true" /> No transfer
          </li>
        </ul>
        <p className="hint">Each country is shaded by its worst transfer. Click a country, or choose it in the list, to show only its transfers.</p>
      </div>
      <section aria-labelledby="destinations-h" className="destinations">
        <h3 id="destinations-h">Destinations ({regimeLabel(regime)})</h3>
        {countries.length === 0 && <p className="muted">No transfers under {regimeLabel(regime)}.</p>}
        <ul>
          {countries.map((c) => (
            <li key={c.code}>
              <button type="button" className={c.code === selected ? "" : "secondary"} aria-pressed={c.code === selected} onClick={() => onSelect(c.code === selected ? null : c.code)}>
                {c.code === UNKNOWN_COUNTRY ? "Country not recorded" : c.name}
              </button>{" "}
              <StatusBadge status={c.worst} /> <span className="hint">{countsText(c)}</span>
              {shaped && c.code !== UNKNOWN_COUNTRY && !shaped.has(c.code) && <span className="hint"> · too small for the map</span>}
              {c.mechanisms.length > 0 && <span className="hint"> · {c.mechanisms.join(", ")}</span>}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
