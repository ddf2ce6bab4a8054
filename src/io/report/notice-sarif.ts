import type { NoticeGap } from "../../domain/notice/compare";
import { NOTICE_RULES } from "../../domain/notice/notice-rules";
import type { NoticeSection } from "../../domain/notice/document";
import { LEVEL } from "./sarif";

// A notice comparison as a SARIF 2.1.0 log: each gap located in the notice file (the line of the section it comes
// from, else the first line), so code-scanning tools show it beside the notice in the repository.


/** The 1-based line of the file where a section's heading (or, for the preamble, its first words) stands. */
function lineOf(raw: string, section: NoticeSection | undefined): number {
  const probe = section ? (section.heading || section.text.slice(0, 40)) : "";
  const i = probe ? raw.indexOf(probe) : -1;
  return i < 0 ? 1 : raw.slice(0, i).split("\n").length;
}

export function noticeSarif(gaps: NoticeGap[], notice: { uri: string; raw: string; sections: NoticeSection[] }, org: string, version: string): string {
  const rules = Object.values(NOTICE_RULES).filter((r) => gaps.some((g) => g.rule === r.id));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "datamap",
            version,
            informationUri: "https://github.com/datamap/datamap",
            rules: rules.map((r) => ({
              id: r.id,
              name: r.id,
              shortDescription: { text: r.checks },
              fullDescription: { text: `${r.checks} (${Object.values(r.references).join("; ")})` },
              help: { text: r.remediation },
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: { severity: r.severity },
            })),
          },
        },
        artifacts: [{ location: { uri: notice.uri } }],
        results: gaps.map((g) => ({
          ruleId: g.rule,
          ruleIndex: index.get(g.rule),
          level: LEVEL[g.severity],
          message: { text: `${g.message} ${g.remediation} (${g.reference})` },
          locations: [
            {
              physicalLocation: { artifactLocation: { uri: notice.uri, index: 0 }, region: { startLine: lineOf(notice.raw, notice.sections.find((s) => s.id === g.notice?.section)) } },
              logicalLocations: [{ name: g.subject.name, fullyQualifiedName: `${org}/${g.subject.type}/${g.subject.key}`, kind: "object" }],
            },
          ],
          partialFingerprints: { datamapNoticeGap: `${g.rule}|${g.subject.type}:${g.subject.key}|${g.detail}` },
          properties: { severity: g.severity, kind: g.kind, regimes: g.regimes, reference: g.reference, organization: org },
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}
