import type { Citation, RecordActivity, RecordClaim } from "../record";
import type { Regime } from "../regimes";
import type { Basis, CompiledDraftLexicon } from "./draft-lexicon";
import { clip, distinct, inferred, kebab, stated, uniqueKey, type Locator, type Paragraph } from "./draft-text";
import type { CategoryMention, PurposeMention } from "./mentions";

// Activities from the uses a notice states. A paragraph that names purposes (a bullet of "how we use your
// information", "2.1 To register your account we need your name…") is one activity, with the data named in it. Data
// listed in the same part of a collection section without a use goes to the uses stated there, or, with none, to an
// activity of its own whose purpose the notice does not give. Paragraphs that only repeat uses already drafted (a
// summary, an "in brief" line) add none: the most specific statements are drafted first.

/** A drafted activity and the paragraphs it came from (for disclosures and sources). */
export interface DraftActivity {
  activity: RecordActivity;
  paragraphs: Paragraph[];
}

/** Introductions and summaries repeat what the sections say in detail: they are drafted last, for what they add. */
const late = (p: Paragraph) => (p.section === "preamble" || p.role === "SUMMARY" ? 1 : 0);

/** Above this many purposes a paragraph is a list of uses: one activity per new purpose, named after it. */
const LIST_OF_USES = 3;
const NAME_LENGTH = 80;

export function draftActivities(paragraphs: Paragraph[], purposes: PurposeMention[], categories: CategoryMention[], at: Locator, lex: CompiledDraftLexicon): DraftActivity[] {
  // A phrase that names data is no purpose ("billing address" is not billing): a category mention covering it wins.
  const insideData = (m: PurposeMention) => categories.some((c) => c.section === m.section && c.quote.length > m.quote.length && c.at <= m.at && m.at + m.quote.length <= c.at + c.quote.length);
  // In a sharing part, a use is also the reason for a disclosure: "to comply with the law" there is sharing to comply.
  const keysOf = (m: PurposeMention, p: Paragraph) => (p.role === "SHARING" && lex.sharingPurposes[m.key] ? [m.key, lex.sharingPurposes[m.key]] : [m.key]);
  const purposeKeys = (p: Paragraph) => [...new Set(purposes.filter((m) => !m.negated && at.paragraphOf(m) === p && !insideData(m)).flatMap((m) => keysOf(m, p)))];
  const categoryKeys = (p: Paragraph) => [...new Set(categories.filter((m) => !m.negated && at.paragraphOf(m) === p).map((m) => m.key))];
  const candidates = paragraphs
    .filter((p) => lex.activityRoles.has(p.role) && !p.headingLike)
    .map((p) => ({ p, keys: purposeKeys(p) }))
    .filter((c) => c.keys.length)
    .sort((a, b) => late(a.p) - late(b.p) || Math.min(a.keys.length, LIST_OF_USES + 1) - Math.min(b.keys.length, LIST_OF_USES + 1) || a.p.index - b.p.index);
  const covered = new Set<string>();
  const used = new Set<string>();
  const out: DraftActivity[] = [];
  for (const { p, keys } of candidates) {
    const fresh = keys.filter((k) => !covered.has(k));
    if (!fresh.length) continue;
    const cats = categoryKeys(p);
    const groups = keys.length > LIST_OF_USES ? fresh.map((k) => [k]) : [keys];
    for (const group of groups) {
      group.forEach((k) => covered.add(k));
      const lead = leadOf(p.text);
      const name = groups.length === 1 && lead.length <= NAME_LENGTH ? lead : group.map((k) => lex.purposeNames[k] ?? k).join(" and ");
      out.push({
        activity: blankActivity(uniqueKey(kebab(name), used), name, {
          description: groups.length === 1 ? clip(p.sentences[0]?.text ?? p.text, 400) : null,
          purposes: group,
          dataCategories: cats,
          evidence: [stated(p.section, groups.length > 1 ? `One of the uses the paragraph lists: ${lex.purposeNames[group[0]] ?? group[0]}.` : undefined)],
        }),
        paragraphs: [p],
      });
    }
  }
  poolCollectedData(out, paragraphs, categories, at, used);
  return out.sort((a, b) => a.paragraphs[0].index - b.paragraphs[0].index);
}

/** Data listed in a collection part without a use of its own: to the uses of that part, else an activity of its own. */
function poolCollectedData(out: DraftActivity[], paragraphs: Paragraph[], categories: CategoryMention[], at: Locator, used: Set<string>): void {
  const sourceParagraphs = new Set(out.flatMap((a) => a.paragraphs));
  const byGroup = new Map<number, { keys: Set<string>; paragraphs: Paragraph[] }>();
  for (const m of categories) {
    const p = at.paragraphOf(m);
    if (m.negated || !p || sourceParagraphs.has(p) || !(p.role === "COLLECTION" || p.role === "COOKIES")) continue;
    const g = byGroup.get(p.group) ?? { keys: new Set(), paragraphs: [] };
    g.keys.add(m.key);
    if (!g.paragraphs.includes(p)) g.paragraphs.push(p);
    byGroup.set(p.group, g);
  }
  for (const [group, pool] of byGroup) {
    const sections = [...new Set(pool.paragraphs.map((p) => p.section))];
    const users = out.filter((a) => a.paragraphs[0].group === group);
    if (users.length) {
      for (const u of users) {
        u.activity.dataCategories = [...new Set([...u.activity.dataCategories, ...pool.keys])];
        u.activity.evidence = distinct([...u.activity.evidence, ...sections.map((s) => inferred(s, "Data listed in the same part of the notice as this use, without a use of its own, is taken as used for it."))]);
        u.paragraphs.push(...pool.paragraphs);
      }
      continue;
    }
    const title = at.group(group).find((p) => p.headingLike)?.text.replace(/[.:]$/, "") || pool.paragraphs[0].heading.replace(/[.:?]$/, "") || `section ${sections[0]}`;
    const name = `Information collected: ${title}`;
    out.push({
      activity: blankActivity(uniqueKey(kebab(name), used), name, {
        description: "The notice lists this information without saying what it is used for.",
        purposes: [],
        dataCategories: [...pool.keys],
        evidence: sections.map((s) => stated(s)),
      }),
      paragraphs: pool.paragraphs,
    });
  }
}

/** The paragraph's first clause, without its numbering or bullet: "To fulfil and manage your orders". */
function leadOf(text: string): string {
  const bare = text.replace(/^\s*(?:\d+(?:\.\d+)*\.?|[•·\-*–])\s*/, "");
  const cut = /^(.*?)(?:[.:;!?](?:\s|$)|$)/.exec(bare)?.[1] ?? bare;
  return cut.trim() || bare.trim();
}

function blankActivity(key: string, name: string, facts: Pick<RecordActivity, "description" | "purposes" | "dataCategories" | "evidence">): RecordActivity {
  return {
    key,
    name,
    ...facts,
    legalBases: [],
    dataSubjects: [],
    sources: [],
    disclosures: [],
    storageLocations: [],
    securityMeasures: [],
    retention: null,
    subjectJurisdictions: null,
    noRecipients: false,
    ageBands: [],
    trackers: [],
    marketing: [],
    individualsPerYear: null,
    sensitiveIndividualsPerYear: null,
    automatedDecisions: null,
    impactAssessment: null,
  };
}

/** The regimes whose lawful bases the draft records: those of the jurisdictions found, else every one the lexicon lists. */
export function basisRegimes(jurisdictions: string[], lex: CompiledDraftLexicon): Regime[] {
  const inside = (j: string) => (lex.eea.has(j.slice(0, 2)) ? ["EEA", j] : [j]);
  const found = lex.basisRegimes.filter((b) => jurisdictions.some((j) => inside(j).some((x) => b.jurisdictions.includes(x)))).map((b) => b.regime);
  // With no jurisdiction found at all, every regime the lexicon lists; with some found that have no lawful bases (HK, US-CA), none.
  return [...new Set(found.length || jurisdictions.length ? found : lex.basisRegimes.map((b) => b.regime))];
}

/**
 * Lawful bases of each activity: those its own paragraphs state, those its purpose is (a use to comply with the law),
 * and the notice-wide claim that using the service is consent (consent by continued use).
 */
export function addLegalBases(drafts: DraftActivity[], regimes: Regime[], consentByUse: { section: string } | null, lex: CompiledDraftLexicon, negated: RegExp): void {
  const codeOf = (basis: Basis, regime: Regime) => lex.legalBases.find((b) => b.basis === basis)?.codes[regime];
  for (const { activity, paragraphs } of drafts) {
    const claims = new Map<string, RecordClaim>();
    const claim = (basis: Basis, citation: Citation, mechanism: RecordClaim["consentMechanism"] = null) => {
      for (const regime of regimes) {
        const code = codeOf(basis, regime);
        if (!code) continue;
        const had = claims.get(`${regime}|${code}`);
        if (had) {
          had.evidence = distinct([...had.evidence, citation]);
          had.consentMechanism ??= mechanism;
        } else claims.set(`${regime}|${code}`, { regime, code, consentMechanism: mechanism, note: null, assessment: null, evidence: [citation] });
      }
    };
    for (const p of paragraphs.slice(0, 1)) {
      for (const s of p.sentences) {
        for (const b of lex.legalBases) {
          const m = b.pattern.exec(s.text);
          if (m && !negated.test(s.text.slice(0, m.index))) claim(b.basis, stated(p.section, "The basis is stated with this use."));
        }
      }
    }
    for (const k of activity.purposes) {
      const basis = lex.purposeBases[k];
      if (basis) claim(basis, inferred(activity.evidence[0]?.section ?? "preamble", `The purpose (${lex.purposeNames[k] ?? k}) is itself this basis.`));
    }
    if (consentByUse) claim("CONSENT", stated(consentByUse.section, "The notice treats using the service as agreement to the processing it describes: consent by continued use."), "CONTINUED_USE");
    activity.legalBases = [...claims.values()];
  }
}

/** Where each activity's data comes from, read from its own paragraphs, else its section. */
export function addSources(drafts: DraftActivity[], paragraphs: Paragraph[], lex: CompiledDraftLexicon, negated: RegExp): void {
  for (const { activity, paragraphs: own } of drafts) {
    const read = (ps: Paragraph[]) =>
      lex.sources.filter((src) => ps.some((p) => p.sentences.some((s) => {
        const m = src.pattern.exec(s.text);
        return m && !negated.test(s.text.slice(0, m.index));
      }))).map((src) => src.source);
    const section = paragraphs.filter((p) => p.section === own[0].section);
    const found = read(own);
    activity.sources = found.length ? found : read(section);
  }
}
