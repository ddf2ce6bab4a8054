import { useEffect, useRef, useState } from "react";
import type { EChartsCoreOption, EChartsType } from "echarts/core";
import { loadECharts } from "./load";

export interface ChartClick {
  dataType?: string;
  name?: string;
  data?: unknown;
}

interface Props {
  /** The ECharts option; applied again whenever it changes (keep it memoised). */
  option: EChartsCoreOption;
  /** What the chart shows, in one sentence: the accessible name of the picture. */
  label: string;
  height: number;
  onClick?(e: ChartClick): void;
  /** Waits for this (e.g. map registration) before drawing. */
  ready?: boolean;
  className?: string;
}

/** One ECharts chart drawn as SVG in a div with role="img"; ECharts is downloaded on first use. */
export function EChart({ option, label, height, onClick, ready = true, className = "chart" }: Props) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const click = useRef(onClick);
  click.current = onClick;
  const [failed, setFailed] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    let gone = false;
    let observer: ResizeObserver | undefined;
    loadECharts()
      .then((echarts) => {
        if (gone || !el.current) return;
        const c = echarts.init(el.current, undefined, { renderer: "svg" });
        chart.current = c;
        c.on("click", (e) => click.current?.(e as ChartClick));
        observer = new ResizeObserver(() => c.resize());
        observer.observe(el.current);
        setLoaded(true);
      })
      .catch((e: Error) => setFailed(e.message));
    return () => {
      gone = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    if (!loaded || !ready || !chart.current) return;
    chart.current.setOption({ ...option, aria: { enabled: true, label: { description: label } } }, { notMerge: true });
    chart.current.resize();
  }, [loaded, ready, option, label]);

  if (failed) return <p className="state state-error">The chart could not be drawn ({failed}); the table below has the same data.</p>;
  return <div ref={el} className={className} role="img" aria-label={label} style={{ height }} />;
}
