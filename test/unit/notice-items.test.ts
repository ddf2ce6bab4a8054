import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { TRANSPARENCY_ITEMS, type NoticeDocument, type TransparencyItem } from "../../src/domain/notice/document";
import { detectItems } from "../../src/domain/notice/items";
import { sentences } from "../../src/domain/notice/sentences";
import { readNoticeLexicon } from "../../src/io/seed/notice-lexicon";

// Notices written for these tests: fictional organisations, our own words.
const lexicon = readNoticeLexicon();

const FULL: NoticeDocument = {
  title: "Privacy notice of Quillmoor Books Ltd",
  sections: [
    { id: "preamble", heading: "", text: "Quillmoor Books Ltd (\"we\", \"us\") runs the Quillmoor reading app. Write to us at privacy@quillmoor.example with any question." },
    { id: "1", heading: "Data protection officer", text: "Our data protection officer can be reached at dpo@quillmoor.example." },
    {
      id: "2",
      heading: "What we collect and why",
      text: "We collect your email address and your reading history. We use this information to recommend books and to improve the app.\n\nWe process your data on the basis of your consent and our legitimate interest in keeping the service secure.",
    },
    { id: "3", heading: "Sharing", text: "We share your email address with our payment provider and with other service providers who host the app." },
    {
      id: "4",
      heading: "Transfers",
      text: "Some providers are in the United States; we transfer data to them under standard contractual clauses.",
    },
    { id: "5", heading: "Retention", text: "We keep your account data for 24 months after your last login, then we delete it." },
    { id: "6", heading: "Where data comes from", text: "We also receive your public profile from social networks when you sign in with them." },
    {
      id: "7",
      heading: "Do you have to give us data?",
      text: "You are not obliged to provide your email address, but if you do not provide it we cannot create an account for you.",
    },
    { id: "8", heading: "Automated decisions", text: "We do not make automated decisions about you, and we do not use profiling." },
    {
      id: "9",
      heading: "Your rights",
      text: [
        "You have the right to access your personal data.",
        "You may ask us to correct inaccurate data.",
        "You have the right to erasure, also called the right to be forgotten.",
        "You may ask us to restrict the processing of your data.",
        "You have the right to object to processing based on legitimate interests.",
        "You may receive your data in a structured, machine-readable format (data portability).",
        "You may withdraw your consent at any time.",
        "You may lodge a complaint with a supervisory authority.",
      ].join(" "),
    },
  ],
};

const byItem = (doc: NoticeDocument) => new Map(detectItems(doc, lexicon).map((f) => [f.item, f]));

describe("detectItems", () => {
  it("lists all 21 items in the order of the articles", () => {
    expect(detectItems({ title: "", sections: [] }, lexicon).map((f) => f.item)).toEqual([...TRANSPARENCY_ITEMS]);
  });

  it("finds every item in a notice that gives them all, with quotes that are substrings of their section", () => {
    const found = detectItems(FULL, lexicon);
    const missing = found.filter((f) => !f.present).map((f) => f.item);
    expect(missing).toEqual([]);
    const text = new Map(FULL.sections.map((s) => [s.id, s.text]));
    for (const f of found) {
      for (const e of f.evidence) {
        expect(text.get(e.section)).toContain(e.quote);
        expect(e.quote.length).toBeGreaterThan(0);
      }
    }
  });

  it("puts each item's evidence in the section that gives it", () => {
    const found = byItem(FULL);
    const sectionsOf = (item: TransparencyItem) => found.get(item)!.evidence.map((e) => e.section);
    expect(sectionsOf("DPO_CONTACT")).toEqual(["1"]);
    expect(sectionsOf("THIRD_COUNTRY_TRANSFERS")).toContain("4");
    expect(sectionsOf("RETENTION")).toContain("5");
    expect(sectionsOf("MANDATORY_DISCLOSURE")).toEqual(["7"]);
    expect(found.get("RIGHT_ERASURE")!.evidence.map((e) => e.quote)).toContain("You have the right to erasure, also called the right to be forgotten.");
    expect(found.get("RIGHT_COMPLAINT")!.evidence.map((e) => e.quote)).toEqual(["You may lodge a complaint with a supervisory authority."]);
  });

  it("finds nothing in a notice that says nothing of the kind", () => {
    const doc: NoticeDocument = { title: "Welcome", sections: [{ id: "preamble", heading: "", text: "Welcome to the Fernhollow garden club. Meetings are held every Tuesday evening." }] };
    expect(detectItems(doc, lexicon).filter((f) => f.present).map((f) => f.item)).toEqual([]);
  });

  it("reports only the items a short notice gives", () => {
    const doc: NoticeDocument = {
      title: "Tidepool Weather",
      sections: [{ id: "preamble", heading: "", text: "Tidepool Weather stores your city for 30 days. You can lodge a complaint with your data protection authority." }],
    };
    const found = byItem(doc);
    expect(found.get("RETENTION")!.present).toBe(true);
    expect(found.get("RIGHT_COMPLAINT")!.present).toBe(true);
    expect(found.get("RIGHT_ERASURE")!.present).toBe(false);
    expect(found.get("THIRD_COUNTRY_TRANSFERS")!.present).toBe(false);
    expect(found.get("AUTOMATED_DECISIONS")!.present).toBe(false);
  });

  it("reads a denial of automated decisions and of transfers as informing (Art 13(2)(f), 13(1)(f))", () => {
    const doc: NoticeDocument = {
      title: "",
      sections: [{ id: "preamble", heading: "", text: "We never transfer your data outside the EEA. We do not carry out automated decision-making." }],
    };
    const found = byItem(doc);
    expect(found.get("AUTOMATED_DECISIONS")!.present).toBe(true);
    expect(found.get("THIRD_COUNTRY_TRANSFERS")!.present).toBe(true);
  });

  it("does not read a refusal to delete as a right to erasure", () => {
    const doc: NoticeDocument = {
      title: "",
      sections: [{ id: "preamble", heading: "", text: "We will not delete your data from printed archives." }],
    };
    expect(byItem(doc).get("RIGHT_ERASURE")!.present).toBe(false);
  });

  it("keeps a right whose sentence has a negation in another clause", () => {
    const doc: NoticeDocument = {
      title: "",
      sections: [{ id: "preamble", heading: "", text: "If you no longer use the app, you can ask us to delete your account." }],
    };
    expect(byItem(doc).get("RIGHT_ERASURE")!.present).toBe(true);
  });

  it("reads an opt-out of targeted ads as both an objection (Art 21(2)) and a withdrawal of consent", () => {
    const doc: NoticeDocument = { title: "", sections: [{ id: "preamble", heading: "", text: "You can opt out of targeted advertising in the settings of Larkspur Maps." }] };
    const found = byItem(doc);
    expect(found.get("RIGHT_OBJECT")!.present).toBe(true);
    expect(found.get("RIGHT_WITHDRAW_CONSENT")!.present).toBe(true);
  });

  it("reads the controller deleting data of its own accord as retention, not as a right to erasure", () => {
    const doc: NoticeDocument = {
      title: "",
      sections: [{ id: "preamble", heading: "", text: "When we learn that a child has signed up, we remove that information from our servers." }],
    };
    const found = byItem(doc);
    expect(found.get("RETENTION")!.present).toBe(true);
    expect(found.get("RIGHT_ERASURE")!.present).toBe(false);
  });

  it("does not read the controller's own legal duty as a duty of the data subject to provide data", () => {
    const doc: NoticeDocument = {
      title: "",
      sections: [{ id: "preamble", heading: "", text: "Ravelin Tools may be required to disclose data where required by law." }],
    };
    const found = byItem(doc);
    expect(found.get("MANDATORY_DISCLOSURE")!.present).toBe(false);
    expect(found.get("LEGAL_BASIS")!.present).toBe(true);
  });

  it("does not read third parties' access as the data subject's right of access", () => {
    const doc: NoticeDocument = { title: "", sections: [{ id: "preamble", heading: "", text: "Our hosting company has access to your information while it runs our servers." }] };
    expect(byItem(doc).get("RIGHT_ACCESS")!.present).toBe(false);
  });

  it("analyses a 50,000-character notice in well under 2 s (issue 14)", () => {
    const paragraph = FULL.sections.map((s) => s.text).join("\n\n");
    const sections = [];
    for (let i = 0, size = 0; size < 50_000; i++, size += paragraph.length) sections.push({ id: `s${i + 1}`, heading: `Part ${i + 1}`, text: paragraph });
    const t0 = performance.now();
    const found = detectItems({ title: "Long notice", sections }, lexicon);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(found.every((f) => f.present)).toBe(true);
  });

  it("is deterministic", () => {
    expect(detectItems(FULL, lexicon)).toEqual(detectItems(FULL, lexicon));
  });
});

describe("readNoticeLexicon", () => {
  const copy = (edit: (yaml: string) => string) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "notice-lexicon-"));
    const ref = path.resolve(__dirname, "../../seeds/reference");
    fs.copyFileSync(path.join(ref, "countries.yaml"), path.join(dir, "countries.yaml"));
    fs.writeFileSync(path.join(dir, "notice-items.yaml"), edit(fs.readFileSync(path.join(ref, "notice-items.yaml"), "utf8")));
    return dir;
  };

  it("folds the country names of countries.yaml into {country}", () => {
    expect(lexicon.countries).toContain("Hong Kong");
    const doc: NoticeDocument = { title: "", sections: [{ id: "preamble", heading: "", text: "Our servers are located in Hong Kong." }] };
    expect(byItem(doc).get("THIRD_COUNTRY_TRANSFERS")!.present).toBe(true);
  });

  it("rejects a pattern that is not a regular expression, naming the file", () => {
    const dir = copy((y) => y.replace("'\\bright to be forgotten\\b'", "'(forgotten'"));
    expect(() => readNoticeLexicon(dir)).toThrow(/notice-items\.yaml/);
  });

  it("rejects a lexicon that leaves an item out", () => {
    const dir = copy((y) => y.replace(/\n  RIGHT_COMPLAINT:[\s\S]*$/, "\n"));
    expect(() => readNoticeLexicon(dir)).toThrow(/RIGHT_COMPLAINT/);
  });
});

describe("sentences", () => {
  it("splits at full stops and line breaks but not after common abbreviations", () => {
    const text = "We use cookies, e.g. for login. Brightfern Inc. keeps logs.\nContact us.";
    expect(sentences(text).map((s) => text.slice(s.start, s.end))).toEqual(["We use cookies, e.g. for login.", "Brightfern Inc. keeps logs.", "Contact us."]);
  });
});
