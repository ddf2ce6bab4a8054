import { reachOf } from "../jurisdictions";
import type { ReferenceFacts, RecordDocument, RecordRecipient } from "../record";
import type { Regime } from "../regimes";
import type { Severity } from "../rules/rule";
import type { NoticeAnalysis } from "./analysis";
import { ITEM_ARTICLES, ITEM_LABELS, NOTICE_RULES, type NoticeRule } from "./notice-rules";

// A notice against the record: what the notice discloses that the record lacks (NOT_RECORDED), what the record holds
// that the notice never discloses (NOT_DISCLOSED), and the items the law requires that the notice omits (OMITTED).
// The notice's side is its draft record (draft.ts); a gap is judged under the regimes that reach the organisation, and
// is not reported when none of them has the duty. docs/notice-analysis.md has the table of rules and matching.

export const GAP_KINDS = ["NOT_RECORDED", "NOT_DISCLOSED", "OMITTED"] as const;
export type GapKind = (typeof GAP_KINDS)[number];

export interface NoticeGap {
  kind: GapKind;
  rule: string;
  severity: Severity;
  /** The regimes reaching the organisation under which the gap is judged. */
  regimes: Regime[];
  /** Their articles, joined: "GDPR Art 13(1)(e), Art 14(1)(e); PIPL Art 17(1), Art 23". */
  reference: string;
  message: string;
  remediation: string;
  /** The object of the record it is about (the organisation for what the notice says and the record lacks). */
  subject: { type: "Organization" | "ProcessingActivity" | "Recipient" | "Location"; key: string; name: string };
  /** Distinguishes gaps of one rule on one subject (the category, the item). */
  detail: string;
  /** Where the notice says it, for what the notice discloses. */
  notice: { section: string; quote: string | null } | null;
}

/** Two taxonomy keys speak of the same data or use when they are equal or one lies inside the other ("user.contact", "user.contact.email"). */
export function keysMeet(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);
}

/** What the notice names anywhere, beyond its draft's activities ("keep your password safe" names passwords). */
export interface NoticeMentions {
  categories: string[];
  purposes: string[];
  /** The categories the notice says it collects (in its collection and cookie statements): what the record must hold. */
  collected: string[];
}

// Words that say nothing about which recipient it is ("service providers" and "payment providers" share only these).
const STOP = new Set(["and", "the", "our", "of", "to", "in", "for", "with", "third", "party", "parties", "service", "services", "provider", "providers", "company", "companies", "partner", "partners", "tool", "tools", "vendor", "vendors", "data", "information", "other", "inc", "ltd", "llc", "limited", "gmbh", "co"]);
const words = (s: string) => new Set(s.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 1 && !STOP.has(w)).map((w) => w.replace(/s$/, "")));
const normal = (name: string) => [...words(name)].join(" ");

/** The notice's recipient discloses the record's one: the same name, or a category of the same kind or with a word in common. */
export function recipientMeets(notice: RecordRecipient, record: RecordRecipient, byName = false): boolean {
  if (normal(notice.name) === normal(record.name) || notice.key === record.key) return true;
  if (byName && record.named) return false;
  if (notice.named && record.named) return false;
  const a = words(`${notice.name} ${notice.category ?? ""}`), b = words(`${record.name} ${record.category ?? ""}`);
  return notice.kind === record.kind || [...a].some((w) => b.has(w));
}

/** Regimes that reach the organisation through some activity (as the engine judges reach: a record without activities reaches none). */
export function reachingRegimes(record: RecordDocument, facts: ReferenceFacts): Regime[] {
  const out = new Set<Regime>();
  for (const a of record.activities) for (const r of reachOf(record, a, facts)) if (r.status === "REACHES") out.add(r.regime);
  return [...out];
}

interface Context {
  reach: Regime[];
  gaps: NoticeGap[];
}

function add(ctx: Context, kind: GapKind, rule: NoticeRule, under: Regime[], gap: Pick<NoticeGap, "message" | "subject" | "detail" | "notice">, references = rule.references): void {
  const regimes = ctx.reach.filter((r) => under.includes(r) && references[r]);
  if (!regimes.length) return;
  ctx.gaps.push({ kind, rule: rule.id, severity: rule.severity, regimes, reference: regimes.map((r) => references[r]).join("; "), remediation: rule.remediation, ...gap });
}

const ALL: Regime[] = ["GDPR", "UK_GDPR", "PIPL", "PDPO", "CCPA"];
const NOT_FROM_PERSON = new Set(["THIRD_PARTY", "DERIVED", "PUBLIC"]);

export function compareNotice(analysis: NoticeAnalysis, record: RecordDocument, facts: ReferenceFacts, mentions: NoticeMentions = { categories: [], purposes: [], collected: [] }): NoticeGap[] {
  const notice = analysis.record;
  const ctx: Context = { reach: reachingRegimes(record, facts), gaps: [] };
  const orgSubject = { type: "Organization" as const, key: record.organization.slug, name: record.organization.name };
  const said = (section: string | undefined) => (section ? { section, quote: null } : null);

  // What the notice says and the record lacks.
  const recordCats = record.activities.flatMap((a) => a.dataCategories);
  const recordPurposes = record.activities.flatMap((a) => a.purposes);
  const noticeCats = new Map<string, string>();
  const noticePurposes = new Map<string, string>();
  for (const a of notice.activities) {
    const section = a.evidence[0]?.section ?? "preamble";
    for (const k of a.dataCategories) if (!noticeCats.has(k)) noticeCats.set(k, section);
    for (const k of a.purposes) if (!noticePurposes.has(k)) noticePurposes.set(k, section);
  }
  // Data a use statement names in passing ("your marketing preferences") is no statement that it is collected.
  const collected = new Set(mentions.collected);
  for (const [k, section] of noticeCats) {
    if (collected.has(k) && !recordCats.some((r) => keysMeet(k, r))) add(ctx, "NOT_RECORDED", NOTICE_RULES.notRecorded, ALL, { message: `The notice says data of category "${k}" is processed (section ${section}); no activity of the record holds it.`, subject: orgSubject, detail: `category:${k}`, notice: said(section) });
  }
  for (const [k, section] of noticePurposes) {
    if (!recordPurposes.some((r) => keysMeet(k, r))) add(ctx, "NOT_RECORDED", NOTICE_RULES.notRecorded, ALL, { message: `The notice states the purpose "${k}" (section ${section}); no activity of the record has it.`, subject: orgSubject, detail: `purpose:${k}`, notice: said(section) });
  }
  for (const r of notice.recipients) {
    if (!record.recipients.some((x) => recipientMeets(r, x))) add(ctx, "NOT_RECORDED", NOTICE_RULES.notRecorded, ALL, { message: `The notice names ${r.named ? "the recipient" : "the recipients"} "${r.name}" (section ${r.evidence[0]?.section}); the record holds no such recipient.`, subject: orgSubject, detail: `recipient:${r.key}`, notice: said(r.evidence[0]?.section) });
  }
  const recordCountries = new Set([...record.storageLocations.map((l) => l.country), ...record.recipients.map((r) => r.country).filter((c): c is string => !!c)]);
  for (const l of notice.storageLocations) {
    if (!recordCountries.has(l.country)) add(ctx, "NOT_RECORDED", NOTICE_RULES.notRecorded, ALL, { message: `The notice says data is kept in ${l.country} (section ${l.evidence[0]?.section}); the record holds no location or recipient there.`, subject: orgSubject, detail: `country:${l.country}`, notice: said(l.evidence[0]?.section) });
  }

  // What the record holds and the notice never discloses.
  for (const r of record.recipients) {
    const byCategory = notice.recipients.some((n) => recipientMeets(n, r));
    const byName = notice.recipients.some((n) => recipientMeets(n, r, true));
    // PIPL Art 23: another handler (not an entrusted processor) must be named, a category is not enough.
    const anotherHandler = r.named && r.role !== "PROCESSOR" && r.kind !== "PROCESSOR" && r.kind !== "SUB_PROCESSOR" && r.kind !== "PUBLIC_AUTHORITY";
    const under = ALL.filter((g) => !byCategory || (g === "PIPL" && anotherHandler && !byName));
    add(ctx, "NOT_DISCLOSED", NOTICE_RULES.recipientUndisclosed, under, { message: `Recipient "${r.name}" receives personal data, but the notice ${byCategory ? "names only its category" : "discloses neither it nor its category"}.`, subject: { type: "Recipient", key: r.key, name: r.name }, detail: "", notice: null });
  }
  const disclosedCountries = new Set([...notice.storageLocations.map((l) => l.country), ...notice.recipients.map((r) => r.country).filter((c): c is string => !!c)]);
  const home = record.organization.country;
  for (const l of record.storageLocations) {
    if (l.country === home || disclosedCountries.has(l.country)) continue;
    add(ctx, "NOT_DISCLOSED", NOTICE_RULES.transferUndisclosed, ALL, { message: `Storage location "${l.name}" keeps data in ${l.country}, outside the organisation's country, but the notice does not say so.`, subject: { type: "Location", key: l.key, name: l.name }, detail: l.country, notice: null });
  }
  for (const r of record.recipients) {
    if (!r.country || r.country === home || disclosedCountries.has(r.country)) continue;
    add(ctx, "NOT_DISCLOSED", NOTICE_RULES.transferUndisclosed, ALL, { message: `Recipient "${r.name}" in ${r.country}, outside the organisation's country, receives data, but the notice names no transfer there.`, subject: { type: "Recipient", key: r.key, name: r.name }, detail: r.country, notice: null });
  }
  const noticeP = [...noticePurposes.keys(), ...mentions.purposes], noticeC = [...noticeCats.keys(), ...mentions.categories];
  for (const a of record.activities) {
    const subject = { type: "ProcessingActivity" as const, key: a.key, name: a.name };
    for (const k of a.purposes) {
      if (!noticeP.some((n) => keysMeet(n, k))) add(ctx, "NOT_DISCLOSED", NOTICE_RULES.purposeUndisclosed, ALL, { message: `Processing activity "${a.name}" has the purpose "${k}", which the notice never states.`, subject, detail: k, notice: null });
    }
    // GDPR asks for the categories only of data not obtained from the person (Art 14(1)(d)).
    const fromOthers = a.sources.some((s) => NOT_FROM_PERSON.has(s));
    const under = ALL.filter((g) => fromOthers || (g !== "GDPR" && g !== "UK_GDPR"));
    for (const k of a.dataCategories) {
      if (!noticeC.some((n) => keysMeet(n, k))) add(ctx, "NOT_DISCLOSED", NOTICE_RULES.categoryUndisclosed, under, { message: `Processing activity "${a.name}" processes data of category "${k}", which the notice never names.`, subject, detail: k, notice: null });
    }
  }

  // Items the notice omits, where the record shows they apply.
  const applies = itemApplicability(record);
  for (const f of analysis.items) {
    if (f.present || !applies(f.item)) continue;
    const references = ITEM_ARTICLES[f.item];
    add(ctx, "OMITTED", NOTICE_RULES.itemOmitted, fromOthersRegimes(record, f.item), { message: `The notice does not give ${ITEM_LABELS[f.item]}.`, subject: orgSubject, detail: f.item, notice: null }, references);
  }
  return ctx.gaps;
}

/** Source of data and (under GDPR) data categories are owed only for data not obtained from the person. */
function fromOthersRegimes(record: RecordDocument, item: string): Regime[] {
  if (item !== "SOURCE_OF_DATA" && item !== "DATA_CATEGORIES") return ALL;
  const fromOthers = record.activities.some((a) => a.sources.some((s) => NOT_FROM_PERSON.has(s)));
  return fromOthers ? ALL : ALL.filter((g) => g !== "GDPR" && g !== "UK_GDPR");
}

/** Items owed only where the record shows the fact: a DPO, legitimate interests, transfers, automated decisions, consent. */
function itemApplicability(record: RecordDocument): (item: string) => boolean {
  const claims = record.activities.flatMap((a) => a.legalBases);
  const home = record.organization.country;
  const abroad = [...record.storageLocations.map((l) => l.country), ...record.recipients.map((r) => r.country)].some((c) => c && c !== home);
  const when: Record<string, boolean> = {
    DPO_CONTACT: record.organization.dpo !== null,
    LEGITIMATE_INTERESTS: claims.some((c) => c.code === "A6-1-f"),
    THIRD_COUNTRY_TRANSFERS: abroad,
    AUTOMATED_DECISIONS: record.activities.some((a) => a.automatedDecisions === "SIGNIFICANT_EFFECT" || a.automatedDecisions === "PERSONALISATION"),
    RIGHT_WITHDRAW_CONSENT: claims.some((c) => c.code === "A6-1-a" || c.code === "13-1"),
  };
  return (item) => when[item] ?? true;
}
