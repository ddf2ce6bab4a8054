// The chart chunks, fetched on first use: ECharts itself, and the world shapes only for maps.
export const loadECharts = () => import("./echarts").then((m) => m.echarts);

/** ECharts with the "world" map registered; resolves to the alpha-2 codes that have a shape, with their atlas names. */
export async function loadWorld(): Promise<Map<string, string>> {
  const world = await import("./world");
  world.registerWorld();
  return world.SHAPED;
}
