import { describe, expect, it } from "vitest";
import { findPurposes } from "../../src/domain/notice/purposes";
import { findRecipients } from "../../src/domain/notice/recipients";
import { parseNotice } from "../../src/io/notice/read";
import { readPurposeTerms } from "../../src/io/seed/notice-purpose-terms";
import { readRecipientTerms } from "../../src/io/seed/notice-recipient-terms";

// The purpose and recipient finders on sentences written for these tests.

const purposeTerms = readPurposeTerms();
const recipientTerms = readRecipientTerms();
const doc = (text: string) => parseNotice(`Example notice\n\n${text}`, "n.txt");
const purposes = (text: string) => findPurposes(doc(text), purposeTerms).map((m) => [m.key, m.quote, m.negated]);
const recipients = (text: string) => findRecipients(doc(text), recipientTerms).map((m) => [m.key, m.named, m.kind, m.negated]);

describe("findPurposes", () => {
  it("finds the most specific key, a leading verb in any of its forms, and quotes the notice exactly", () => {
    const d = doc("We use your data for preventing fraud and to verify your identity.");
    const found = findPurposes(d, purposeTerms);
    expect(found.map((m) => m.key)).toEqual(["essential.fraud_detection", "essential.service.identity_verification"]);
    for (const m of found) expect(d.sections[0].text.slice(m.at, m.at + m.quote.length)).toBe(m.quote);
  });

  it("counts an ordinary word only in a statement of use, and never inside a phrase that states no purpose", () => {
    expect(purposes("Security is our priority at every step.")).toEqual([]);
    expect(purposes("We use your information for security.")).toEqual([["essential.service.security", "security", false]]);
    expect(purposes("We use appropriate security measures to protect it.")).toEqual([]);
  });

  it("marks a denied purpose as negated", () => {
    expect(purposes("We do not use your data for targeted advertising.")).toEqual([["marketing.advertising.first_party.targeted", "targeted advertising", true]]);
  });
});

describe("findRecipients", () => {
  it("finds named services by their aliases and categories of recipients, each with one key", () => {
    const found = recipients("We share your data with Facebook and our payment processors. Meta Pixel runs on our site.");
    expect(found).toEqual([
      ["meta", true, "THIRD_PARTY", false],
      ["payment-processors", false, "PROCESSOR", false],
      ["meta", true, "THIRD_PARTY", false],
    ]);
  });

  it("knows the IAB vendor list's names, one-word ones only as written and in a sentence about sharing", () => {
    expect(recipients("We share device identifiers with Adform for advertising.")).toEqual([["adform", true, "THIRD_PARTY", false]]);
    expect(recipients("Adform is a word we never use otherwise.")).toEqual([]);
    expect(recipients("We share data with adform.")).toEqual([]);
  });

  it("drops the generic 'third parties' when the notice names anyone else, and marks denials", () => {
    expect(recipients("We share your data with third parties.")).toEqual([["third-parties", false, "THIRD_PARTY", false]]);
    expect(recipients("We share data with third parties such as Stripe.")).toEqual([["stripe", true, "PROCESSOR", false]]);
    expect(recipients("We never sell your information to advertisers.")).toEqual([["ad-networks", false, "THIRD_PARTY", true]]);
  });
});
