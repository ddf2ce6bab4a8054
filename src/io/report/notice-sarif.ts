import { LineCounter } from "yaml";
import type { NoticeGap } from "../../domain/notice/compare";
import type { NoticeSection } from "../../domain/notice/document";
import { NOTICE_RULES } from "../../domain/notice/notice-rules";
import type { Regime } from "../../domain/regimes";
import { lineSpan, type Span } from "./record-lines";
import { sarifLog, type RuleSpec } from "./sarif-log";

// A notice comparison as a SARIF 2.1.0 log: each gap located in the notice file at the sentence it quotes, else at
// its section's heading, else at the first line, so code scanning shows it beside the notice in the repository.

const RULE_SPECS: RuleSpec[] = Object.values(NOTICE_RULES).map((r) => ({
  id: r.id,
  severity: r.severity,
  checks: r.checks,
  remediation: r.remediation,
  reference: Object.values(r.references).join("; "),
  regimes: Object.keys(r.references) as Regime[],
}));

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Where the words of `probe` start in the raw file: as written, else its first words across markup and line breaks. */
function offsetOf(raw: string, probe: string): number {
  if (!probe.trim()) return -1;
  const exact = raw.indexOf(probe);
  if (exact >= 0) return exact;
  const words = probe.split(/\s+/).filter(Boolean).slice(0, 8).map(escape);
  return words.length ? raw.search(new RegExp(words.join("(?:\\s|<[^>]*>|&nbsp;)+"))) : -1;
}

/** The region of the file where a gap's quote (or its section's heading, or the preamble's first words) stands. */
function spanOf(raw: string, counter: LineCounter, gap: NoticeGap, sections: NoticeSection[]): Span | null {
  if (!gap.notice) return null;
  const section = sections.find((s) => s.id === gap.notice!.section);
  const probes = [gap.notice.quote ?? "", section ? section.heading || section.text.slice(0, 60) : ""];
  for (const probe of probes) {
    const at = offsetOf(raw, probe);
    if (at >= 0) return lineSpan(raw, at, counter);
  }
  return null;
}

export function noticeSarif(gaps: NoticeGap[], notice: { uri: string; raw: string; sections: NoticeSection[] }, org: string, version: string): string {
  const counter = new LineCounter();
  counter.addNewLine(0);
  for (let i = notice.raw.indexOf("\n"); i >= 0; i = notice.raw.indexOf("\n", i + 1)) counter.addNewLine(i + 1);
  const results = gaps.map((g) => ({
    ruleId: g.rule,
    severity: g.severity,
    message: `${g.message} ${g.remediation} (${g.reference})`,
    uri: notice.uri,
    span: spanOf(notice.raw, counter, g, notice.sections),
    logical: { name: g.subject.name, fullyQualifiedName: `${org}/${g.subject.type}/${g.subject.key}`, kind: "object" },
    identity: `notice|${org}|${g.rule}|${g.subject.type}:${g.subject.key}|${g.detail}`,
    properties: { kind: g.kind, regimes: g.regimes, reference: g.reference, organization: org, section: g.notice?.section ?? null },
  }));
  return sarifLog({ version, automationId: `datamap/notice/${org}/${notice.uri}/`, rules: RULE_SPECS, results }).text;
}
