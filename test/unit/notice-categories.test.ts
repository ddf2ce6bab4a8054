import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findCategories, type CategoryTerms } from "../../src/domain/notice/categories";
import type { NoticeDocument } from "../../src/domain/notice/document";
import { readCategoryTerms } from "../../src/io/seed/notice-category-terms";

// Sentences written for these tests: a fictional organisation, our own words.
const terms = readCategoryTerms();
const doc = (...texts: string[]): NoticeDocument => ({ title: "Fernhollow Games privacy notice", sections: texts.map((text, i) => ({ id: `s${i + 1}`, heading: "", text })) });
const find = (...texts: string[]) => findCategories(doc(...texts), terms);

describe("findCategories", () => {
  it("returns each phrase as an exact substring of its section, with its taxonomy key", () => {
    const d = doc("When you join Fernhollow we ask for your E-mail Address, your phone numbers and your date of birth.", "Our servers log IP addresses.");
    const found = findCategories(d, terms);
    expect(found.map((m) => [m.section, m.quote, m.key])).toEqual([
      ["s1", "E-mail Address", "user.contact.email"],
      ["s1", "phone numbers", "user.contact.phone_number"],
      ["s1", "date of birth", "user.demographic.date_of_birth"],
      ["s2", "IP addresses", "user.device.ip_address"],
    ]);
    for (const m of found) expect(d.sections.find((s) => s.id === m.section)!.text).toContain(m.quote);
    expect(found.every((m) => !m.negated)).toBe(true);
  });

  it("lets the longest phrase win and matches plurals", () => {
    const found = find("We keep billing addresses, precise location and device identifiers, and payment card details.");
    expect(found.map((m) => [m.quote, m.key])).toEqual([
      ["billing addresses", "user.contact.address.billing"],
      ["precise location", "user.location.precise"],
      ["device identifiers", "user.device.device_id"],
      ["payment card details", "user.payment"],
    ]);
  });

  it("matches on word boundaries only", () => {
    expect(find("The gamename and the relocation team.").map((m) => m.quote)).toEqual([]);
  });

  it("marks a denied category as negated, in the same clause only", () => {
    const found = find("We do not collect your precise location, but we do store your email address.", "Fernhollow never asks for your passport number.");
    expect(found.map((m) => [m.quote, m.negated])).toEqual([
      ["precise location", true],
      ["email address", false],
      ["passport number", true],
    ]);
  });

  it("counts an ordinary word like \"cookies\" only where the sentence says data is collected", () => {
    expect(find("Cookies help the Fernhollow site remember your theme.").map((m) => m.quote)).toEqual([]);
    expect(find("We collect cookies and your email address.").map((m) => [m.quote, m.key])).toEqual([
      ["cookies", "user.device.cookie"],
      ["email address", "user.contact.email"],
    ]);
  });

  it("reads terms from data: a phrase of a new terms file counts, a key outside the taxonomy is refused", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "category-terms-"));
    for (const f of ["data-categories.yaml", "notice-items.yaml"]) fs.copyFileSync(path.join("seeds/reference", f), path.join(dir, f));
    fs.writeFileSync(path.join(dir, "notice-category-terms.yaml"), 'source: "test"\nasOf: 2026-12-02\ncontext:\n  - \"collect\"\nterms:\n  user.contact.email:\n    - "inbox name"\n');
    const own: CategoryTerms = readCategoryTerms(dir);
    expect(findCategories(doc("Tell us your inbox name."), own).map((m) => [m.quote, m.key])).toEqual([["inbox name", "user.contact.email"]]);
    fs.writeFileSync(path.join(dir, "notice-category-terms.yaml"), 'source: "test"\nasOf: 2026-12-02\ncontext:\n  - \"collect\"\nterms:\n  user.contact.pigeon:\n    - "pigeon"\n');
    expect(() => readCategoryTerms(dir)).toThrow(/not a key of data-categories.yaml/);
    fs.writeFileSync(path.join(dir, "notice-category-terms.yaml"), 'source: "test"\nasOf: 2026-12-02\ncontext:\n  - \"collect\"\nterms:\n  user.name:\n    - "Email address"\n');
    expect(() => readCategoryTerms(dir)).toThrow(/already names/);
  });
});
