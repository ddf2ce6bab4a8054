import type { RecordDocument, RecordLocation, RecordMeasure, RecordRetention } from "../record";
import type { ItemFinding } from "./document";
import type { CompiledDraftLexicon } from "./draft-lexicon";
import { clip, countriesIn, distinct, kebab, sentencesOf, stated, uniqueKey, type Locator, type Paragraph, type Sentence } from "./draft-text";
import type { CategoryMention, RecipientMention } from "./mentions";

// The facts of a notice that hold for all its processing unless it says otherwise: where data is kept, for how long,
// how it is protected, and which rights people have.

type Right = RecordDocument["rights"][number];

/** Storage locations: a sentence that says data is kept somewhere and names a country. */
export function storageLocations(paragraphs: Paragraph[], recipients: RecipientMention[], at: Locator, orgName: string, lex: CompiledDraftLexicon, negated: RegExp): RecordLocation[] {
  const own = lex.ownHosting(orgName);
  const byKey = new Map<string, RecordLocation>();
  const used = new Set<string>();
  for (const { p, s } of sentencesOf(paragraphs)) {
    const cue = lex.storageCue.exec(s.text);
    if (!cue || negated.test(s.text.slice(0, cue.index)) || lex.rightsScope.test(s.text)) continue;
    const countries = countriesIn(s.text, lex);
    if (!countries.length) continue;
    const provider = recipients.find((r) => r.named && at.sentenceOf(r) === s) ?? null;
    const ours = !provider && own.test(s.text);
    for (const c of countries) {
      const id = `${provider?.key ?? (ours ? "own" : "")}|${c.code}`;
      const hit = byKey.get(id);
      if (hit) {
        hit.evidence = distinct([...hit.evidence, stated(p.section)]);
        continue;
      }
      const who = provider ? provider.name : ours ? orgName : null;
      const region = /\b([a-z]{2}-[a-z]+-\d)\b/.exec(s.text)?.[1] ?? null;
      byKey.set(id, {
        key: uniqueKey(kebab(`${who ?? "servers"}-${c.name}`), used),
        name: `${who ? `${who} servers` : "Servers"} in ${c.name}`,
        country: c.code,
        region,
        provider: who,
        hosting: provider ? "PROVIDER" : ours ? "OWN" : null,
        hostedBy: provider?.key ?? null,
        transferMechanisms: [],
        evidence: [stated(p.section, clip(s.text, 300))],
      });
    }
  }
  return [...byKey.values()];
}

const NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, eighteen: 18, "twenty-four": 24, "twenty four": 24, thirty: 30 };

/** "24 months" → P24M; null when the sentence names no period. */
export function periodOf(text: string, lex: CompiledDraftLexicon): string | null {
  const m = lex.retention.period.exec(text);
  if (!m) return null;
  const n = /^\d+$/.test(m[1]) ? Number(m[1]) : NUMBERS[m[1].toLowerCase().replace("-", " ")] ?? NUMBERS[m[1].toLowerCase()];
  const unit = m[2].toLowerCase()[0];
  return n ? `P${n}${{ d: "D", w: "W", m: "M", y: "Y" }[unit]}` : null;
}

export interface RetentionRules {
  /** What the notice says about keeping data in general; null when it says nothing. */
  general: RecordRetention | null;
  /** Periods the notice gives for particular data: the categories of the sentence and its rule. */
  specific: { keys: string[]; retention: RecordRetention }[];
}

export function retentionRules(paragraphs: Paragraph[], categories: CategoryMention[], at: Locator, lex: CompiledDraftLexicon): RetentionRules {
  const general: { p: Paragraph; s: Sentence }[] = [];
  const specific: RetentionRules["specific"] = [];
  for (const { p, s } of sentencesOf(paragraphs)) {
    const cue = lex.retention.cue.test(s.text);
    const trigger = lex.retention.triggers.some((t) => t.pattern.test(s.text));
    const period = periodOf(s.text, lex);
    // In a retention (or storage) section a cue or a trigger is enough; elsewhere a cue needs a period or a trigger.
    const inPlace = p.role === "RETENTION" || p.role === "STORAGE";
    if (!(inPlace ? cue || (p.role === "RETENTION" && trigger) : cue && (period || trigger))) continue;
    const keys = [...new Set(categories.filter((c) => !c.negated && at.sentenceOf(c) === s).map((c) => c.key))];
    if (period && keys.length) specific.push({ keys, retention: { period, trigger: triggerOf([s.text], lex), description: clip(s.text, 600), evidence: [stated(p.section)] } });
    else general.push({ p, s });
  }
  if (!general.length) return { general: null, specific };
  const periods = [...new Set(general.map(({ s }) => periodOf(s.text, lex)).filter((x): x is string => !!x))];
  const text = general.map(({ s }) => s.text);
  return {
    general: {
      period: periods.length === 1 ? periods[0] : null,
      trigger: triggerOf(text, lex),
      description: clip(text.slice(0, 3).join(" "), 900),
      evidence: distinct(general.map(({ p }) => stated(p.section))),
    },
    specific,
  };
}

function triggerOf(texts: string[], lex: CompiledDraftLexicon): RecordRetention["trigger"] {
  return lex.retention.triggers.find((t) => texts.some((x) => t.pattern.test(x)))?.trigger ?? null;
}

/** Security measures named in the notice's security statements; the general claim only when none is named. */
export function securityMeasures(paragraphs: Paragraph[], lex: CompiledDraftLexicon, negated: RegExp): RecordMeasure[] {
  const found = new Map<string, RecordMeasure>();
  let generic: RecordMeasure | null = null;
  for (const { p, s } of sentencesOf(paragraphs)) {
    if (p.role !== "SECURITY" && !lex.security.cue.test(s.text)) continue;
    const taken: [number, number][] = [];
    for (const m of lex.security.measures) {
      const hit = m.pattern.exec(s.text);
      // A match inside a more specific one ("encryption" in "password encryption") is that one.
      if (!hit || negated.test(s.text.slice(0, hit.index)) || taken.some(([a, b]) => hit.index >= a && hit.index < b)) continue;
      taken.push([hit.index, hit.index + hit[0].length]);
      const had = found.get(m.key);
      if (had) had.evidence = distinct([...had.evidence, stated(p.section)]);
      else found.set(m.key, { key: m.key, name: m.name, kind: m.kind, description: clip(s.text, 400), dpvIri: m.dpvIri, evidence: [stated(p.section)] });
    }
    const g = lex.security.generic;
    if (!generic && p.role === "SECURITY" && g.pattern.test(s.text)) generic = { key: g.key, name: g.name, kind: g.kind, description: clip(s.text, 400), dpvIri: g.dpvIri, evidence: [stated(p.section)] };
  }
  return found.size ? [...found.values()] : generic ? [generic] : [];
}

const ITEM_RIGHTS: Partial<Record<ItemFinding["item"], Right["right"]>> = {
  RIGHT_ACCESS: "ACCESS",
  RIGHT_RECTIFICATION: "RECTIFICATION",
  RIGHT_ERASURE: "ERASURE",
  RIGHT_RESTRICT: "RESTRICTION",
  RIGHT_OBJECT: "OBJECTION",
  RIGHT_PORTABILITY: "PORTABILITY",
  RIGHT_WITHDRAW_CONSENT: "WITHDRAW_CONSENT",
  RIGHT_COMPLAINT: "COMPLAINT",
};

/** The rights the notice offers: the right items it gives, and the few rights outside Art 13/14 it states. */
export function rightsOf(items: ItemFinding[], paragraphs: Paragraph[], lex: CompiledDraftLexicon, negated: RegExp): Right[] {
  const out: Right[] = [];
  const scopeOf = (section: string, text: string): string[] | null => {
    // The sentence itself, or the one before it in its paragraph ("In the EEA you have rights. These include …").
    const para = paragraphs.find((p) => p.section === section && p.text.includes(text));
    const i = para ? para.sentences.findIndex((s) => s.text.includes(text) || text.includes(s.text)) : -1;
    const lead = [text, i > 0 ? para!.sentences[i - 1].text : ""].find((t) => lex.rightsScope.test(t));
    if (!lead) return null;
    const js = lex.signals.filter((s) => s.pattern.test(lead)).map((s) => s.jurisdiction);
    return js.length ? js : null;
  };
  for (const item of items) {
    const right = ITEM_RIGHTS[item.item];
    if (!right || !item.present) continue;
    const e = item.evidence[0];
    out.push({ right, jurisdictions: scopeOf(e.section, e.quote), description: clip(e.quote, 400), evidence: distinct(item.evidence.map((x) => stated(x.section))) });
  }
  for (const extra of lex.extraRights) {
    const hit = sentencesOf(paragraphs).find(({ p, s }) => {
      const m = extra.pattern.exec(s.text);
      return m && !negated.test(s.text.slice(0, m.index)) && (extra.right !== "AUTOMATED_DECISION" || p.role === "RIGHTS");
    });
    if (hit && !out.some((r) => r.right === extra.right)) out.push({ right: extra.right, jurisdictions: scopeOf(hit.p.section, hit.s.text), description: clip(hit.s.text, 400), evidence: [stated(hit.p.section)] });
  }
  return out;
}
