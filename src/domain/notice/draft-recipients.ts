import type { RecordRecipient } from "../record";
import type { DraftActivity } from "./draft-activities";
import type { CompiledDraftLexicon } from "./draft-lexicon";
import { countriesIn, distinct, inferred, stated, type Locator } from "./draft-text";
import type { CategoryMention, RecipientMention } from "./mentions";

// Recipients the notice names (PayPal) or describes by category (ad networks), and which activities disclose to them.
// A recipient named in the paragraph of a use receives that use's data; one named in the same part of the notice as
// some uses, theirs; one named apart from any use, every activity's, since the notice does not say which.

export function draftRecipients(mentions: RecipientMention[], categories: CategoryMention[], drafts: DraftActivity[], at: Locator, lex: CompiledDraftLexicon, negated: RegExp): RecordRecipient[] {
  const recipients = new Map<string, RecordRecipient>();
  const affirmed = mentions.filter((m) => !m.negated);
  for (const m of affirmed) {
    const p = at.paragraphOf(m);
    const s = at.sentenceOf(m);
    if (!p || !s) continue;
    const r = recipients.get(m.key) ?? {
      key: m.key,
      name: m.name,
      kind: m.kind,
      role: m.role,
      category: m.category,
      named: m.named,
      country: null,
      dpa: { status: "UNKNOWN", date: null, url: null },
      parent: null,
      description: null,
      transferMechanisms: [],
      evidence: [],
    };
    r.evidence = distinct([...r.evidence, stated(m.section)]);
    // A country in the recipient's own sentence that is not a place data is stored: where the recipient is.
    const places = countriesIn(s.text, lex);
    if (!r.country && places.length === 1 && !lex.storageCue.test(s.text) && !lex.rightsScope.test(s.text)) {
      r.country = places[0].code;
      r.evidence.push(stated(m.section, `Located in ${places[0].name}.`));
    }
    const part = at.group(p.group);
    if (r.dpa.status === "UNKNOWN" && part.some((q) => lex.dpaClaim.test(q.text) && !negated.test(q.text))) {
      r.dpa = { status: "CLAIMED", date: null, url: null };
      r.evidence.push(stated(p.section, "The notice says agreements bind the recipients it lists here."));
    }
    for (const t of lex.transferMechanisms) {
      if (!t.pattern.test(p.text)) continue;
      for (const [regime, code] of Object.entries(t.codes)) {
        if (!r.transferMechanisms.some((x) => x.regime === regime && x.code === code)) r.transferMechanisms.push({ regime: regime as RecordRecipient["transferMechanisms"][number]["regime"], code, note: null });
      }
    }
    recipients.set(m.key, r);
  }
  for (const r of recipients.values()) disclose(r, affirmed.filter((m) => m.key === r.key), categories, drafts, at, lex);
  implied(recipients, drafts, lex);
  return [...recipients.values()];
}

/** A use that always has a recipient of some kind (a business transfer has its counterparty): recorded when none is named. */
function implied(recipients: Map<string, RecordRecipient>, drafts: DraftActivity[], lex: CompiledDraftLexicon): void {
  for (const d of drafts) {
    for (const k of d.activity.purposes) {
      const r = lex.impliedRecipients[k];
      if (!r) continue;
      const section = d.activity.evidence[0]?.section ?? "preamble";
      const given = d.activity.disclosures.some((x) => recipients.get(x.recipient)?.kind === r.kind);
      if (given) continue;
      const note = `The use (${lex.purposeNames[k] ?? k}) discloses data to its counterparty, whom the notice does not name.`;
      if (!recipients.has(r.key)) recipients.set(r.key, { ...r, named: false, country: null, dpa: { status: "UNKNOWN", date: null, url: null }, parent: null, description: null, transferMechanisms: [], evidence: [inferred(section, note)] });
      d.activity.disclosures.push({ recipient: r.key, dataCategories: [], purpose: null, sale: null, sharing: null, evidence: [inferred(section, note)] });
    }
  }
}

function disclose(r: RecordRecipient, mentions: RecipientMention[], categories: CategoryMention[], drafts: DraftActivity[], at: Locator, lex: CompiledDraftLexicon): void {
  const add = (d: DraftActivity, citation: ReturnType<typeof stated>, keys: string[]) => {
    const had = d.activity.disclosures.find((x) => x.recipient === r.key);
    const own = keys.filter((k) => d.activity.dataCategories.includes(k));
    if (had) {
      had.evidence = distinct([...had.evidence, citation]);
      had.dataCategories = [...new Set([...had.dataCategories, ...own])];
    } else d.activity.disclosures.push({ recipient: r.key, dataCategories: own, purpose: null, sale: null, sharing: null, evidence: [citation] });
  };
  let linked = false;
  for (const m of mentions) {
    const p = at.paragraphOf(m)!;
    const s = at.sentenceOf(m)!;
    const keys = [...new Set(categories.filter((c) => !c.negated && at.sentenceOf(c) === s).map((c) => c.key))];
    const same = drafts.filter((d) => d.paragraphs.includes(p));
    for (const d of same) add(d, stated(m.section, "Named with this use."), keys);
    linked ||= same.length > 0;
  }
  if (linked) return;
  const section = mentions[0].section;
  // An authority receives data for a legal duty, an acquirer for a business transfer: the uses of that purpose.
  const purposes = lex.kindPurposes[r.kind] ?? [];
  const fitting = drafts.filter((d) => d.activity.purposes.some((k) => purposes.includes(k)));
  if (fitting.length) {
    for (const d of fitting) add(d, inferred(section, `A ${r.category ?? r.kind} receives data for this use's purpose; the notice does not link them.`), []);
    return;
  }
  for (const d of drafts) add(d, inferred(section, "The notice names this recipient without saying which data or uses it receives; recorded on every activity."), []);
}
