/** Each download the export endpoint offers, with what a compliance team would use it for. */
export interface ExportFormat {
  format: string;
  label: string;
  purpose: string;
  /** A report of the record of processing, so it can be the processor's record (Art 30(2)) instead. */
  report: boolean;
}

export const FORMATS: ExportFormat[] = [
  { format: "xlsx", label: "Excel workbook (XLSX)", purpose: "The record of processing as a spreadsheet, to hand to a regulator or to review and annotate in a meeting.", report: true },
  { format: "csv", label: "CSV", purpose: "One row per processing activity, for loading the record into another tool or a quick filter in any spreadsheet.", report: true },
  { format: "html", label: "HTML report", purpose: "A self-contained page that opens in any browser and prints cleanly, for circulating the record to people without an account.", report: true },
  { format: "md", label: "Markdown", purpose: "Plain text with headings and tables, to keep the record next to policies in a wiki or a repository and compare versions.", report: true },
  { format: "json", label: "JSON (datamap-record)", purpose: "The whole record in datamap's own format, to back it up or import it into another datamap.", report: false },
  { format: "jsonld", label: "DPV JSON-LD", purpose: "The record in the W3C Data Privacy Vocabulary, for tools that exchange privacy records as linked data.", report: false },
  { format: "sarif", label: "Findings as SARIF", purpose: "The findings in the format code-scanning tools read, so they can be tracked as alerts alongside other checks.", report: false },
];

/** The download path for one format, keeping the instant shown and the processor's choice. */
export function exportPath(slug: string, format: ExportFormat, asOf: string | null, processor: boolean): string {
  const params = new URLSearchParams();
  if (asOf) params.set("asOf", asOf);
  if (processor && format.report) params.set("processor", "true");
  const q = params.toString();
  return `/export/${encodeURIComponent(slug)}/${format.format}${q ? `?${q}` : ""}`;
}
