// Country shapes from world-atlas (Natural Earth 1:110m, bundled, no network), registered with ECharts as "world".
// Shapes carry ISO 3166-1 numeric ids; the API speaks alpha-2, so each shape gets its alpha-2 code as `iso`.
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import atlas from "world-atlas/countries-110m.json";
import isoNumeric from "./iso-numeric.json";
import { echarts } from "./echarts";

const NUMERIC = isoNumeric as Record<string, string>;

/** Alpha-2 code → the atlas's short name, for every country that has a shape. */
export const SHAPED = new Map<string, string>();

let registered = false;

/** Registers the "world" map once; shapes without an ISO code (e.g. disputed areas) get a code no data can match. */
export function registerWorld(): void {
  if (registered) return;
  const topo = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const geo = feature(topo, topo.objects.countries);
  const features = geo.features
    .filter((f) => f.id !== "010") // Antarctica: no transfers go there and it takes a fifth of the height.
    .map((f) => {
      const iso = (f.id !== undefined && NUMERIC[String(f.id)]) || `x-${f.properties.name}`;
      if (!iso.startsWith("x-")) SHAPED.set(iso, f.properties.name);
      return { ...f, properties: { ...f.properties, iso } };
    });
  echarts.registerMap("world", { type: "FeatureCollection", features } as unknown as Parameters<typeof echarts.registerMap>[1]);
  registered = true;
}
