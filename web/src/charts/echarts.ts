// Apache ECharts, tree-shaken: maintained by the Apache Software Foundation, one library draws both the Sankey
// data map (hover tooltips, click events, draggable nodes) and the choropleth world map, and its aria module
// describes a chart to screen readers. The SVG renderer keeps labels as DOM text (tests read them, prints are sharp).
// Loaded only through a dynamic import(), so pages without charts never download it.
import * as echarts from "echarts/core";
import { MapChart, SankeyChart } from "echarts/charts";
import { AriaComponent, TooltipComponent } from "echarts/components";
import { SVGRenderer } from "echarts/renderers";

echarts.use([SankeyChart, MapChart, TooltipComponent, AriaComponent, SVGRenderer]);

export { echarts };
