import type { Citation, RecordDocument, RecordOrganization } from "../record";
import type { CompiledDraftLexicon } from "./draft-lexicon";
import { compileNegation } from "./lexicon";
import { clip, countriesIn, inferred, kebab, sentencesOf, stated, type Paragraph, type Sentence } from "./draft-text";

// The organisation's header (Art 30(1)(a)): its names, contact, country, where its people are, and what it says about
// itself outside any activity (statements). Only what the notice says; inferences say how they were made.

export interface OrgDraft {
  organization: RecordOrganization;
  statements: RecordDocument["statements"];
  /** The sentence that treats use of the service as consent to the processing, if any. */
  consentByUse: { section: string; text: string } | null;
  /** The jurisdictions found: the organisation's country and where its people are. */
  jurisdictions: string[];
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;
const URL_RE = /\bhttps?:\/\/[^\s<>"'()]+[^\s<>"'().,;:!?]/i;
const DOMAIN = /\b((?:[a-z0-9-]+\.)+(?:com|net|org|io|co|cn|hk|uk|de|fr|eu|app|info|biz|se|nl|sg|jp|us|ca|au))\b/i;
const TITLE_NAME = /^(.+?)(?:['’]s)?\s+(?:privacy|data protection|cookie)\s+(?:policy|notice|statement)\b/i;
const AGE = /\b(?:under|below|younger than)(?: the age of)? (\d{1,2})\b|\bat least (\d{1,2})\b/i;
const NEGATED_RESPONSE = /\b(?:not|don['’]t|do not|does not|doesn['’]t|cannot|can['’]t|unable to)\b.{0,40}\b(?:respond|honou?r|recogni[sz]e|support|act on)/i;
const RESPONDS = /\b(?:respond|honou?r|recogni[sz]e|support|act on)\w*\b/i;
const DNT = /\b(do[- ]not[- ]track|DNT)\b/i;
const GUARDIAN = /\b(?:parents?|guardians?)\b.{0,80}\b(?:consent|permission|agree)/i;


export function draftOrganization(title: string, paragraphs: Paragraph[], lex: CompiledDraftLexicon, negation: string[], slug: string | undefined, source: string): OrgDraft {
  const negated = compileNegation(negation);
  const all = sentencesOf(paragraphs);
  const evidence: Citation[] = [];
  const first = <T>(pick: (s: Sentence, p: Paragraph) => T | null | undefined, among = all): { value: T; p: Paragraph } | null => {
    for (const { p, s } of among) {
      const v = pick(s, p);
      if (v != null) return { value: v, p };
    }
    return null;
  };
  const opening = all.filter(({ p }) => p.index < 12 || p.section === "preamble");

  const legal = first((s) => lex.organization.legalName.exec(s.text)?.[1]?.trim(), opening) ?? first((s) => lex.organization.legalName.exec(s.text)?.[1]?.trim());
  const nameIn = (text: string) => lex.organization.names.map((re) => re.exec(text)?.[1]?.trim()).find((n) => n && n.length > 1);
  // A notice's first line may be its title and say who it is ("Kite Club takes your privacy seriously").
  const titled = nameIn(title);
  const named = titled ? { value: titled, p: paragraphs[0] } : first((s) => nameIn(s.text), opening);
  const fromTitle = TITLE_NAME.exec(title)?.[1]?.trim();
  const site = first((s) => URL_RE.exec(s.text)?.[0]) ?? null;
  const domain = site ? null : first((s) => DOMAIN.exec(s.text)?.[1], opening);
  const name = named?.value ?? legal?.value ?? (fromTitle && fromTitle.length > 1 ? fromTitle : null) ?? source;
  if (named) evidence.push(stated(named.p.section, "The notice names the organisation."));
  else if (legal) evidence.push(stated(legal.p.section, "The notice gives the registered name only."));
  else evidence.push(inferred("preamble", fromTitle ? "Name taken from the notice's title." : "The notice names no organisation; the name is the notice's own file name until someone records it."));
  if (legal) evidence.push(stated(legal.p.section, "The registered name."));
  const website = site ? site.value : domain ? `https://${domain.value.toLowerCase()}` : null;
  if (site) evidence.push(stated(site.p.section, "The website address."));
  else if (domain) evidence.push(inferred(domain.p.section, `Website written as ${website} from the bare domain the notice gives.`));

  // The DPO's address is not the controller's contact.
  const dpoHit = first((s) => (lex.organization.dpo.test(s.text) && !negated.test(s.text) ? s : null));
  const dpoEmail = dpoHit ? EMAIL.exec(dpoHit.value.text)?.[0] ?? null : null;
  const contactSentences = [...all.filter(({ p }) => p.role === "CONTACT"), ...all];
  const email = first((s) => EMAIL.exec(s.text)?.[0]?.replace(/\.$/, ""), contactSentences.filter(({ s }) => !dpoEmail || !s.text.includes(dpoEmail)));
  if (email) evidence.push(stated(email.p.section, "The contact e-mail address."));

  const address = postalAddress(paragraphs, lex);
  if (address) evidence.push(stated(address.p.section, "The postal address."));
  const established = first((s) => {
    const m = lex.organization.established.exec(s.text);
    return m && !negated.test(s.text.slice(0, m.index)) ? countriesIn(m[1], lex)[0]?.code : null;
  }, opening);
  // Without an address of its own, the country named beside the registered name ("Acme AB, 1 Main St, Stockholm, Sweden").
  const beside = legal ? first((x) => (x.text.includes(legal.value) ? countriesIn(x.text, lex)[0]?.code : null)) : null;
  const besideName = beside?.value ?? null;
  const addressCountry = address ? countriesIn(address.value, lex).at(-1)?.code ?? null : besideName;
  const country = established?.value ?? addressCountry;
  if (established) evidence.push(stated(established.p.section, "Where the organisation says it is established."));
  else if (addressCountry) evidence.push(inferred((address ?? beside)!.p.section, `Country taken as ${addressCountry} from the ${address ? "postal address" : "address given with the registered name"}; the notice does not name a country of establishment as such.`));

  const subjects = jurisdictionsOf(all, lex);
  for (const j of subjects) evidence.push(inferred(j.section, `People taken to include those in ${j.jurisdiction}: the notice refers to ${j.quotes.map((q) => `"${q}"`).join(", ")}, which belong to ${j.jurisdiction}.`));

  const children = all.filter(({ p }) => p.role === "CHILDREN");
  const age = first((s) => {
    const m = AGE.exec(s.text);
    return m ? Number(m[1] ?? m[2]) : null;
  }, children);
  if (age) evidence.push(stated(age.p.section, "The minimum age of users."));
  const guardian = first((s) => (GUARDIAN.test(s.text) && !negated.test(s.text) ? true : null), children);
  if (guardian) evidence.push(stated(guardian.p.section, "Minors may use the service with a parent's or guardian's consent."));
  const dntSentences = all.filter(({ p, s }) => p.role === "TRACKING" || DNT.test(s.text));
  // What "we" do with the signal: a refusal anywhere in the part wins over a general remark that mentions honouring it.
  const ours = dntSentences.filter(({ s }) => /\bwe\b/i.test(s.text));
  const dnt = first((s) => (NEGATED_RESPONSE.test(s.text) ? s : null), ours) ?? first((s) => (RESPONDS.test(s.text) ? s : null), ours);
  const doNotTrack = !dnt ? "NOT_STATED" : NEGATED_RESPONSE.test(dnt.value.text) ? "IGNORED" : "HONOURED";
  if (dnt) evidence.push(stated(dnt.p.section, "What it does with browsers' Do-Not-Track signals."));

  const consent = first((s) => (lex.consentByUse.some((re) => re.test(s.text)) && !lex.changeCue.test(s.text) && !lex.notConsent.test(s.text) ? s : null));
  const statements = statementsOf(all, children, dnt, consent, lex);
  const jurisdictions = [...new Set([...(country ? [country] : []), ...subjects.map((s) => s.jurisdiction)])];
  return {
    organization: {
      slug: slug ?? kebab(name, 40),
      name,
      legalName: legal && legal.value !== name ? legal.value : null,
      website,
      contactEmail: email?.value ?? null,
      postalAddress: address?.value ?? null,
      country,
      dpo: dpoHit ? { name: "Data protection officer", email: dpoEmail, country: null } : null,
      representative: null,
      minimumAge: age && age.value <= 25 ? age.value : null,
      doNotTrack,
      globalPrivacyControl: "NOT_STATED",
      subjectJurisdictions: subjects.map((s) => s.jurisdiction),
      establishments: [],
      parentalConsent: guardian ? true : null,
      annualRevenueUsd: null,
      sellingRevenuePercent: null,
      criticalInfrastructure: null,
      evidence,
    },
    statements,
    consentByUse: consent ? { section: consent.p.section, text: consent.value.text } : null,
    jurisdictions,
  };
}

/** The paragraph after a postal cue (or the rest of its own paragraph) that reads like an address. */
function postalAddress(paragraphs: Paragraph[], lex: CompiledDraftLexicon): { value: string; p: Paragraph } | null {
  for (const p of paragraphs) {
    const cue = lex.organization.postalCue.exec(p.text);
    if (!cue) continue;
    const rest = p.text.slice(cue.index + cue[0].length).replace(/^[\s:,-]*(at|is)?[\s:]*/i, "");
    const next = paragraphs[p.index + 1];
    for (const [candidate, where] of [[rest, p], [next?.text ?? "", next]] as const) {
      const text = candidate.replace(/\.$/, "").trim();
      if (where && text.length >= 10 && text.length <= 300 && /\d/.test(text) && text.includes(",") && !EMAIL.test(text)) return { value: text, p: where };
    }
  }
  return null;
}

/** Jurisdictions the notice's words belong to, each with the phrases that show it and the first section. */
function jurisdictionsOf(all: { p: Paragraph; s: Sentence }[], lex: CompiledDraftLexicon) {
  const found = new Map<string, { jurisdiction: string; section: string; quotes: string[] }>();
  for (const { p, s } of all) {
    for (const sig of lex.signals) {
      const m = sig.pattern.exec(s.text);
      if (!m) continue;
      const hit = found.get(sig.jurisdiction) ?? { jurisdiction: sig.jurisdiction, section: p.section, quotes: [] };
      if (hit.quotes.length < 3 && !hit.quotes.includes(m[0])) hit.quotes.push(m[0]);
      found.set(sig.jurisdiction, hit);
    }
  }
  return [...found.values()];
}

type Hit = { value: Sentence; p: Paragraph } | null;

function statementsOf(all: { p: Paragraph; s: Sentence }[], children: { p: Paragraph; s: Sentence }[], dnt: Hit, consent: Hit, lex: CompiledDraftLexicon): RecordDocument["statements"] {
  const out: RecordDocument["statements"] = [];
  const add = (topic: RecordDocument["statements"][number]["topic"], hit: { s: Sentence; p: Paragraph } | undefined) => {
    // A question ("Do we process sensitive information?") says nothing; its answer does.
    if (hit && !hit.s.text.endsWith("?")) out.push({ topic, summary: clip(hit.s.text, 600), evidence: [stated(hit.p.section)] });
  };
  if (consent) add("CONSENT", { s: consent.value, p: consent.p });
  const changes = all.filter(({ p }) => p.role === "CHANGES");
  // A change section's continued-use clause says most; without one its first statement.
  add("NOTICE_CHANGES", changes.find(({ s }) => /\bcontinu\w*\s+(to\s+)?us/i.test(s.text)) ?? changes.find(({ s }) => lex.changeCue.test(s.text)));
  add("CHILDREN", children.find(({ s }) => s.text.split(/\s+/).length > 5));
  if (dnt) add("DO_NOT_TRACK", { s: dnt.value, p: dnt.p });
  for (const st of lex.statements) add(st.topic, all.find(({ s }) => st.pattern.test(s.text) && !s.text.endsWith("?")));
  return out;
}
