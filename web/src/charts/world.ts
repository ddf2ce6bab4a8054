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

type Ring = [number, number][];

/** Rings that cross the antimeridian (Russia, Fiji) jump from 180° to -180°; shifting their west half east by 360° keeps them whole instead of drawing a line across the world. */
function unwrap(ring: Ring): Ring {
  if (!ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180)) return ring;
  return ring.map(([x, y]) => [x < 0 ? x + 360 : x, y]);
}

function unwrapGeometry<G extends { type: string }>(g: G): G {
  if (!("coordinates" in g)) return g;
  if (g.type === "Polygon") return { ...g, coordinates: (g.coordinates as Ring[]).map(unwrap) };
  if (g.type === "MultiPolygon") return { ...g, coordinates: (g.coordinates as Ring[][]).map((poly) => poly.map(unwrap)) };
  return g;
}

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
      return { ...f, geometry: unwrapGeometry(f.geometry), properties: { ...f.properties, iso } };
    });
  echarts.registerMap("world", { type: "FeatureCollection", features } as unknown as Parameters<typeof echarts.registerMap>[1]);
  registered = true;
}
