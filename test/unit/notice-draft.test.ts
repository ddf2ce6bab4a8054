import { describe, expect, it } from "vitest";
import type { NoticeDocument } from "../../src/domain/notice/document";
import { draftRecord, type NoticeFacts } from "../../src/domain/notice/draft";
import type { CategoryMention, PurposeMention, RecipientMention } from "../../src/domain/notice/mentions";
import { parseRecord, crossCheck } from "../../src/io/record-file";
import { readDraftLexicon } from "../../src/io/seed/notice-draft";
import { readNoticeLexicon } from "../../src/io/seed/notice-lexicon";
import { parseNotice } from "../../src/io/notice/read";

// draftRecord on small notices written for these tests, with the finders' mentions placed by hand, so each rule of the
// drafter is seen on its own. The finders themselves are tested in notice-categories/-purposes/-recipients.

const lexicon = readDraftLexicon();
const negation = readNoticeLexicon().negation;

/** The mention of `phrase` in section `section` (its first occurrence). */
function at(doc: NoticeDocument, section: string, phrase: string) {
  const text = doc.sections.find((s) => s.id === section)?.text ?? "";
  const i = text.indexOf(phrase);
  if (i < 0) throw new Error(`"${phrase}" is not in section ${section}; sections: ${doc.sections.map((s) => s.id).join(", ")}`);
  return { section, at: i, quote: phrase, negated: false };
}
const cat = (doc: NoticeDocument, section: string, phrase: string, key: string): CategoryMention => ({ ...at(doc, section, phrase), key });
const use = (doc: NoticeDocument, section: string, phrase: string, key: string): PurposeMention => ({ ...at(doc, section, phrase), key });
const to = (doc: NoticeDocument, section: string, phrase: string, r: Partial<RecipientMention> & { key: string; name: string }): RecipientMention => ({
  ...at(doc, section, phrase),
  named: true,
  kind: "PROCESSOR",
  role: null,
  category: "Service provider",
  ...r,
});

function draft(text: string, found: (doc: NoticeDocument) => Partial<NoticeFacts>, slug?: string) {
  const doc = parseNotice(text, "notice.txt");
  const facts: NoticeFacts = { items: [], categories: [], purposes: [], recipients: [], ...found(doc) };
  const record = draftRecord(doc, facts, { source: "notice.txt", lexicon, negation, slug });
  // Every draft must be a valid record document, as `datamap import ropa` reads it.
  expect(() => parseRecord(JSON.parse(JSON.stringify(record)), "draft")).not.toThrow();
  expect(crossCheck(record)).toEqual([]);
  return { doc, record };
}

const SHOP = [
  "Privacy notice",
  "",
  'Harbour Goods Limited ("we", "us") runs the online shop at www.harbourgoods.example.com and is registered in Ireland.',
  "",
  "By using our website you agree to the collection and use of your information as this notice describes.",
  "",
  "1. What we collect and why",
  "",
  "1.1 To deliver your orders we need your name and your postal address.",
  "",
  "1.2 We send marketing e-mails to your email address with your consent.",
  "",
  "2. Who receives your data",
  "",
  "Our courier ParcelFast receives your postal address to deliver the parcel.",
  "",
  "3. Where we store it",
  "",
  "Your data is stored on our own servers in Germany.",
  "",
  "4. How long we keep it",
  "",
  "We keep order records for 6 years after the order, as tax law requires.",
  "",
  "We keep the rest as long as necessary for the purposes described in this notice.",
  "",
  "5. Security",
  "",
  "We encrypt data in transit with TLS and keep regular backups.",
  "",
  "6. Contact",
  "",
  "Write to privacy@harbourgoods.example.com or to our registered office at 12 Quay Street, Cork, T12 AB34, Ireland.",
].join("\n");

const shopFacts = (doc: NoticeDocument): Partial<NoticeFacts> => ({
  categories: [cat(doc, "1.1", "name", "user.name"), cat(doc, "1.1", "postal address", "user.contact.address"), cat(doc, "1.2", "email address", "user.contact.email")],
  purposes: [use(doc, "1.1", "deliver your orders", "essential.service"), use(doc, "1.2", "marketing e-mails", "marketing.communications.email")],
  recipients: [to(doc, "2", "ParcelFast", { key: "parcelfast", name: "ParcelFast", category: "Courier" })],
});

describe("draftRecord: the organisation", () => {
  it("takes the name, registered name, website, e-mail, postal address and the stated country, each cited", () => {
    const { record } = draft(SHOP, shopFacts);
    const o = record.organization;
    expect(o).toMatchObject({ slug: "harbour-goods-limited", name: "Harbour Goods Limited", website: "https://www.harbourgoods.example.com", contactEmail: "privacy@harbourgoods.example.com", country: "IE" });
    expect(o.postalAddress).toBe("12 Quay Street, Cork, T12 AB34, Ireland");
    expect(o.evidence.find((e) => e.note?.includes("established"))).toMatchObject({ section: "preamble", basis: "STATED" });
  });

  it("infers the country from the postal address when the notice does not state one, and says so", () => {
    const text = SHOP.replace(" and is registered in Ireland", "");
    const { record } = draft(text, shopFacts);
    expect(record.organization.country).toBe("IE");
    expect(record.organization.evidence.find((e) => e.note?.startsWith("Country taken"))).toMatchObject({ section: "6", basis: "INFERRED" });
  });

  it("leaves out what the notice does not say: no country, no e-mail, no address", () => {
    const text = ["Kite Club takes your privacy seriously.", "", "1. Data", "", "We record the pages you visit on our site so that it keeps working."].join("\n");
    const { record } = draft(text, () => ({}));
    expect(record.organization).toMatchObject({ name: "Kite Club", country: null, contactEmail: null, postalAddress: null, website: null, subjectJurisdictions: [] });
  });

  it("infers where the people are from the laws and services the notice refers to, naming the words", () => {
    const text = SHOP + "\n\n7. Your rights\n\nIf you are in the EEA or the UK you may complain to your data protection authority.";
    const { record } = draft(text, shopFacts);
    expect(record.organization.subjectJurisdictions).toEqual(["EEA", "GB"]);
    expect(record.organization.evidence.some((e) => e.basis === "INFERRED" && e.note?.includes('"EEA"'))).toBe(true);
  });
});

describe("draftRecord: activities, bases and recipients", () => {
  it("drafts one activity per stated use with the data named with it, and a claim of consent by continued use on each", () => {
    const { record } = draft(SHOP, shopFacts);
    const [orders, marketing] = record.activities;
    expect(orders).toMatchObject({ purposes: ["essential.service"], dataCategories: ["user.name", "user.contact.address"], dataSubjects: ["customer"] });
    expect(marketing.purposes).toEqual(["marketing.communications.email"]);
    // Ireland is in the EEA: GDPR's codes.
    for (const a of record.activities) expect(a.legalBases.find((b) => b.code === "A6-1-a")).toMatchObject({ regime: "GDPR", consentMechanism: "CONTINUED_USE" });
    expect(marketing.legalBases.find((b) => b.code === "A6-1-a")!.evidence.map((e) => e.section)).toEqual(["1.2", "preamble"]);
  });

  it("records a named recipient on the uses of its part, else on every activity, as an inference", () => {
    const { record } = draft(SHOP, shopFacts);
    expect(record.recipients).toEqual([expect.objectContaining({ key: "parcelfast", named: true, country: null })]);
    for (const a of record.activities) {
      const d = a.disclosures.find((x) => x.recipient === "parcelfast");
      expect(d?.evidence[0]).toMatchObject({ section: "2", basis: "INFERRED" });
    }
  });

  it("gives data listed without a use an activity of its own that states no purpose", () => {
    const text = ["1. Information we collect", "", "Personal details", "", "We collect the following when you register:", "", "Names", "", "Phone numbers"].join("\n");
    const { record } = draft(text, (doc) => ({ categories: [cat(doc, "1", "Names", "user.name"), cat(doc, "1", "Phone numbers", "user.contact.phone_number")] }));
    expect(record.activities).toHaveLength(1);
    expect(record.activities[0]).toMatchObject({ name: "Information collected: Personal details", purposes: [], dataCategories: ["user.name", "user.contact.phone_number"] });
  });

  it("drafts no consent when using the service only confirms an age, and none from a notice-change clause", () => {
    const text = SHOP.replace("By using our website you agree to the collection and use of your information as this notice describes.", "By using our services, you confirm you are at least 18. If we revise this notice, continuing to use the site means you accept the change.");
    const { record } = draft(text, shopFacts);
    expect(record.activities.flatMap((a) => a.legalBases).filter((b) => b.consentMechanism === "CONTINUED_USE")).toEqual([]);
    expect(record.statements.map((s) => s.topic)).not.toContain("CONSENT");
  });
});

describe("draftRecord: storage, retention, security, rights", () => {
  it("records the stated storage country with the hosting it states, on every activity", () => {
    const { record } = draft(SHOP, shopFacts);
    expect(record.storageLocations).toEqual([expect.objectContaining({ country: "DE", hosting: "OWN", provider: "Harbour Goods Limited" })]);
    for (const a of record.activities) expect(a.storageLocations).toEqual([record.storageLocations[0].key]);
  });

  it("invents no storage location where the notice names no country, and reads 'Hong Kong, China' as Hong Kong", () => {
    const none = draft(SHOP.replace(" in Germany", ""), shopFacts).record;
    expect(none.storageLocations).toEqual([]);
    expect(none.activities.every((a) => a.storageLocations.length === 0)).toBe(true);
    const hk = draft(SHOP.replace("our own servers in Germany", "the servers of Harbour Goods Limited located in Hong Kong, China"), shopFacts).record;
    expect(hk.storageLocations.map((l) => [l.country, l.hosting])).toEqual([["HK", "OWN"]]);
  });

  it("takes a period stated for some data for the activities holding it, and the general rule for the rest", () => {
    const { record } = draft(SHOP.replace("We keep order records", "We keep your postal address"), (doc) => ({
      ...shopFacts(doc),
      categories: [...shopFacts(doc).categories!, cat(doc, "4", "postal address", "user.contact.address")],
    }));
    const [orders, marketing] = record.activities;
    expect(orders.retention).toMatchObject({ period: "P6Y" });
    expect(marketing.retention).toMatchObject({ period: null, trigger: "PURPOSE_FULFILLED" });
  });

  it("names the measures the notice names, and the general claim only when it names none", () => {
    expect(draft(SHOP, shopFacts).record.securityMeasures.map((m) => m.key)).toEqual(["encryption-in-transit", "backups"]);
    const vague = draft(SHOP.replace("We encrypt data in transit with TLS and keep regular backups.", "We use appropriate technical and organisational measures to protect your data."), shopFacts).record;
    expect(vague.securityMeasures.map((m) => m.key)).toEqual(["technical-organisational-measures"]);
  });

  it("turns the right items into rights, scoped where the sentence limits them", () => {
    const text = SHOP + "\n\n7. Your rights\n\nIf you are in the EEA you may ask for a copy of your data.";
    const doc = parseNotice(text, "n.txt");
    const quote = "If you are in the EEA you may ask for a copy of your data.";
    const items = [{ item: "RIGHT_ACCESS" as const, present: true, evidence: [{ section: "7", quote }] }];
    const record = draftRecord(doc, { items, categories: [], purposes: [], recipients: [] }, { source: "n.txt", lexicon, negation });
    expect(record.rights).toEqual([{ right: "ACCESS", jurisdictions: ["EEA"], description: quote, evidence: [{ document: 0, section: "7", basis: "STATED", note: null }] }]);
  });
});
