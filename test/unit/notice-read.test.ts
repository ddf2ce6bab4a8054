import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { NoticeDocument } from "../../src/domain/notice/document";
import { NoticeError } from "../../src/io/notice/errors";
import { checkEnglish, defaultLanguageFile } from "../../src/io/notice/language";
import { SeedError } from "../../src/io/seed/errors";
import { formatOf, parseNotice } from "../../src/io/notice/read";

const dir = path.join(__dirname, "..", "fixtures", "notices");
const fixture = (name: string) => fs.readFileSync(path.join(dir, name));

// The same made-up notice, as every format must read it.
const ACME: NoticeDocument = {
  title: "Acme Travel Privacy Notice",
  sections: [
    { id: "preamble", heading: "", text: "Acme Travel Ltd (“Acme”, “we”) runs the booking site acme-travel.example. This notice explains what we do with your personal data & why." },
    { id: "1", heading: "1. Who we are", text: "Acme Travel Ltd, 12 Harbour Road, Bristol, is the controller. You can reach our privacy team at privacy@acme-travel.example." },
    {
      id: "2",
      heading: "2. What we collect",
      text: "When you book a trip we collect:\n\nyour name and date of birth;\n\nyour email address and phone number;\n\nyour passport number, where a border authority requires it.",
    },
    { id: "2.1", heading: "2.1 How we use your data", text: "We use your booking details to arrange your travel and to send you tickets. We keep booking records for six years after your trip." },
    { id: "2.2", heading: "2.2 Marketing", text: "With your consent we send offers by email. You can withdraw consent at any time." },
    { id: "3", heading: "3. Sharing", text: "We share booking details with airlines, hotels and our payment provider, Pay Co. Some of them are outside the UK." },
    { id: "4", heading: "4. Your rights", text: "You may ask for a copy of your data, ask us to correct or delete it, or complain to the Information Commissioner's Office." },
  ],
};

/** The NoticeError a call throws (failing the test when it throws nothing or something else). */
function noticeError(fn: () => unknown): NoticeError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(NoticeError);
    return err as NoticeError;
  }
  throw new Error("expected a NoticeError, nothing was thrown");
}

describe("parseNotice: one notice in three formats", () => {
  it.each(["acme-travel.html", "acme-travel.md", "acme-travel.txt"])("%s gives the title, section ids, headings and text", (name) => {
    expect(parseNotice(fixture(name), name)).toEqual(ACME);
  });

  it("reads the same document from a string as from a Buffer", () => {
    expect(parseNotice(fixture("acme-travel.md").toString("utf8"), "acme-travel.md")).toEqual(ACME);
  });

  it.each([
    ["acme-travel.html", "html"],
    ["acme-travel.md", "markdown"],
    ["acme-travel.txt", "text"],
  ])("recognises %s by its content when the name has no known extension", (name, format) => {
    const content = fixture(name).toString("utf8");
    expect(formatOf("notice", content)).toBe(format);
    expect(formatOf("notice.dat", content)).toBe(format);
    expect(parseNotice(content, "notice")).toEqual(ACME);
  });

  it("chooses by extension first, whatever the case", () => {
    expect(formatOf("A.HTM", "plain words")).toBe("html");
    expect(formatOf("a.markdown", "plain words")).toBe("markdown");
    expect(formatOf("a.txt", "# looks like markdown")).toBe("text");
  });

  it("lets every quote be an exact substring of one section's text", () => {
    const doc = parseNotice(fixture("acme-travel.html"), "acme-travel.html");
    const text = (id: string) => doc.sections.find((s) => s.id === id)!.text;
    expect(text("preamble")).toContain("your personal data & why");
    expect(text("1")).toContain("12 Harbour Road");
    expect(text("3")).toContain("payment provider, Pay Co.");
  });
});

describe("parseNotice: HTML", () => {
  const html = fixture("acme-travel.html");

  it("drops scripts, styles, noscript, templates, svg, navigation, the page header and footer, and never runs a script", () => {
    const doc = parseNotice(html, "acme-travel.html");
    const all = JSON.stringify(doc);
    for (const gone of ["INJECTED", "SCRIPT TEXT", "tracker", "font-family", "enable JavaScript", "TEMPLATE TEXT", "ACME", "Acme logo", "Flights", "Log in", "Home", "Cookie settings", "©"]) {
      expect(all).not.toContain(gone);
    }
    expect((globalThis as Record<string, unknown>).__acmeNoticeScriptRan).toBeUndefined();
  });

  it("decodes named and numeric entities and turns no-break spaces into spaces", () => {
    const doc = parseNotice("<h1>T&eacute;st&nbsp;Notice</h1><p>Caf&eacute; &amp; bar &#8211; we&#x2019;re &quot;here&quot; for&nbsp;you and all of your data with us.</p>", "x.html");
    expect(doc.title).toBe("Tést Notice");
    expect(doc.sections).toEqual([{ id: "preamble", heading: "", text: "Café & bar – we’re \"here\" for you and all of your data with us." }]);
  });

  it("takes the title from <title> when the page has no h1, and numbers unnumbered headings s1, s2", () => {
    const doc = parseNotice(
      "<html><head><title>Bramble Books &ndash; Privacy</title></head><body><p>We are Bramble Books.</p><h2>What we collect</h2><p>Your name.</p><h2>Contact</h2><p>Write to us.</p></body></html>",
      "bramble.html",
    );
    expect(doc.title).toBe("Bramble Books – Privacy");
    expect(doc.sections.map((s) => [s.id, s.heading, s.text])).toEqual([
      ["preamble", "", "We are Bramble Books."],
      ["s1", "What we collect", "Your name."],
      ["s2", "Contact", "Write to us."],
    ]);
  });

  it("makes list items, table rows and paragraphs separate paragraphs, and keeps words apart across <br> and cells", () => {
    const doc = parseNotice(
      "<h1>N</h1><p>Our address:<br>1 Mill Lane<br>Leeds</p><ol><li>Name</li><li>Email<ul><li>work email</li></ul></li></ol><table><tr><th>Data</th><th>Kept for</th></tr><tr><td>Orders</td><td>6 years</td></tr></table>",
      "n.html",
    );
    expect(doc.sections[0].text).toBe("Our address: 1 Mill Lane Leeds\n\nName\n\nEmail\n\nwork email\n\nData Kept for\n\nOrders 6 years");
  });

  it("keeps an article's own header and footer but drops those of the page", () => {
    const doc = parseNotice(
      "<body><header>Site menu</header><article><header><h1>Notice</h1></header><p>Body text.</p><footer>Last updated 1 May 2026.</footer></article><footer>Site footer</footer></body>",
      "a.html",
    );
    expect(doc.sections).toEqual([{ id: "preamble", heading: "", text: "Body text.\n\nLast updated 1 May 2026." }]);
  });
});

describe("parseNotice: Markdown", () => {
  it("reads # and setext headings, lists, inline markup and drops raw script tags", () => {
    const doc = parseNotice(
      "Plain Notice\n============\n\nIntro with *emphasis* and `code`.\n\n<script>alert('MD SCRIPT')</script>\n\n## 5. Retention\n\n1. Orders: six years.\n2. Logs: *30 days*.\n\nSettings\n--------\n\nSee [the page](https://x.example).\n",
      "plain.md",
    );
    expect(doc).toEqual({
      title: "Plain Notice",
      sections: [
        { id: "preamble", heading: "", text: "Intro with emphasis and code." },
        { id: "5", heading: "5. Retention", text: "Orders: six years.\n\nLogs: 30 days." },
        { id: "s1", heading: "Settings", text: "See the page." },
      ],
    });
  });
});

describe("parseNotice: plain text", () => {
  it("recognises short Title Case and CAPITALS lines before body text as headings, but not address lines or list items", () => {
    const text = [
      "Bramble Books Privacy Policy",
      "",
      "Bramble Books",
      "4 Quay Street",
      "Truro",
      "",
      "WHAT WE COLLECT",
      "We collect the name and address you give us when you order a book.",
      "",
      "How We Use Your Information",
      "",
      "1. We post your order to you.",
      "2. We answer your questions.",
      "",
      "Section 7.3 Complaints",
      "You can complain to the regulator.",
      "",
      "Section 8 Changes",
      "We will post changes on this page.",
    ].join("\n");
    const doc = parseNotice(text, "bramble.txt");
    expect(doc.title).toBe("Bramble Books Privacy Policy");
    expect(doc.sections.map((s) => [s.id, s.heading, s.text])).toEqual([
      ["preamble", "", "Bramble Books 4 Quay Street Truro"],
      ["s1", "WHAT WE COLLECT", "We collect the name and address you give us when you order a book."],
      ["s2", "How We Use Your Information", "1. We post your order to you. 2. We answer your questions."],
      ["7.3", "Section 7.3 Complaints", "You can complain to the regulator."],
      ["8", "Section 8 Changes", "We will post changes on this page."],
    ]);
  });

  it("keeps ids unique when a notice repeats a number", () => {
    const doc = parseNotice("Notice\n\n1. Data\nWe collect your email address.\n\n1. Rights\nYou can ask for a copy of your data.", "r.txt");
    expect(doc.sections.map((s) => s.id)).toEqual(["1", "s1"]);
  });

  it("reads Windows line endings and a UTF-16 file with a byte-order mark", () => {
    const crlf = fixture("acme-travel.txt").toString("utf8").replace(/\n/g, "\r\n");
    expect(parseNotice(crlf, "acme-travel.txt")).toEqual(ACME);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fixture("acme-travel.txt").toString("utf8"), "utf16le")]);
    expect(parseNotice(utf16, "acme-travel.txt")).toEqual(ACME);
  });
});

describe("parseNotice: bad input is a NoticeError naming the file and what was expected", () => {
  const expected = /expected a privacy notice in English as HTML \(\.html, \.htm\), Markdown \(\.md, \.markdown\) or plain text \(\.txt\)/;

  it.each([
    ["an empty file", Buffer.alloc(0)],
    ["a whitespace-only file", Buffer.from("  \n\t\r\n  ")],
    ["a whitespace-only string", " \n \u00a0"],
  ])("rejects %s", (_what, content) => {
    const err = noticeError(() => parseNotice(content, "empty.txt"));
    expect(err.message).toMatch(/^empty\.txt: the file is empty; /);
    expect(err.message).toMatch(expected);
    expect(err.file).toBe("empty.txt");
  });

  it("rejects a binary file with NUL bytes, and one that is mostly invalid UTF-8", () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(noticeError(() => parseNotice(png, "scan.png")).message).toMatch(/^scan\.png: the file looks binary \(not text\); expected a privacy notice/);
    const latin = Buffer.from(Array.from({ length: 200 }, (_, i) => 0x80 + (i % 0x7f)));
    expect(noticeError(() => parseNotice(latin, "notice.txt")).message).toMatch(/^notice\.txt: the file looks binary/);
    expect(noticeError(() => parseNotice("text\u0000more", "s.txt")).message).toMatch(/looks binary/);
  });

  it("tolerates a stray invalid byte in an otherwise valid file", () => {
    const text = Buffer.concat([fixture("acme-travel.txt"), Buffer.from([0xe9, 0x0a])]);
    expect(parseNotice(text, "acme-travel.txt").sections).toHaveLength(ACME.sections.length);
  });

  it("rejects a notice in another language and says English is the supported language", () => {
    const german =
      "Datenschutzerklärung\n\nWir verarbeiten Ihre personenbezogenen Daten nur, soweit dies zur Bereitstellung unserer Website erforderlich ist. " +
      "Die Verarbeitung erfolgt auf Grundlage Ihrer Einwilligung. Sie können Ihre Einwilligung jederzeit widerrufen. Ihre Daten werden nach Ablauf der Frist gelöscht.";
    const err = noticeError(() => parseNotice(german, "datenschutz.txt"));
    expect(err.message).toMatch(/^datenschutz\.txt: the notice does not appear to be in English \(\d+% of its words are common English words, at least 15% expected\); English is the only supported language$/);
    const chinese = "隐私政策\n\n我们会收集您的姓名、电子邮件地址和电话号码，用于处理您的订单并向您提供客户服务。我们不会出售您的个人信息。";
    expect(noticeError(() => parseNotice(chinese, "privacy-zh.html")).message).toMatch(/English is the only supported language/);
  });

  it("accepts the English fixtures well above the threshold", () => {
    for (const name of ["acme-travel.html", "acme-travel.md", "acme-travel.txt"]) {
      const doc = parseNotice(fixture(name), name);
      expect(checkEnglish(doc.sections.map((s) => s.text).join("\n")).ratio).toBeGreaterThan(0.3);
    }
  });

  it("rejects HTML whose body has no text once scripts, styles and navigation are removed", () => {
    const page = "<!doctype html><html><head><title>Privacy</title><script>render('NOTICE')</script></head><body><nav><a href='/'>Home</a></nav><div id='app'></div><script src='app.js'></script></body></html>";
    const err = noticeError(() => parseNotice(page, "saved.html"));
    expect(err.message).toMatch(/^saved\.html: the page has no text once scripts, styles and navigation are removed; expected a privacy notice/);
  });

  it("rejects a notice with headings and no text", () => {
    expect(noticeError(() => parseNotice("# Privacy\n\n## 1. Data\n\n## 2. Rights\n", "h.md")).message).toMatch(/^h\.md: the notice has headings but no text under them; /);
  });
});

describe("parseNotice: a long notice", () => {
  it("reads a 50,000-character notice into its numbered sections", () => {
    const paragraph = "We keep the details of your booking for as long as the law requires and delete them when they are no longer needed for the trip.";
    const parts = ["# Long Notice", ""];
    let n = 0;
    while (parts.join("\n").length < 50_000) {
      n++;
      parts.push(`## ${n}. Topic ${n}`, "", paragraph, "", `### ${n}.1 Details of topic ${n}`, "", paragraph, "", paragraph, "");
    }
    const md = parts.join("\n");
    expect(md.length).toBeGreaterThanOrEqual(50_000);
    const doc = parseNotice(md, "long.md");
    expect(doc.sections).toHaveLength(2 * n);
    expect(doc.sections[0]).toEqual({ id: "1", heading: "1. Topic 1", text: paragraph });
    expect(doc.sections.at(-1)).toEqual({ id: `${n}.1`, heading: `${n}.1 Details of topic ${n}`, text: `${paragraph}\n\n${paragraph}` });
    // The same notice as plain text gives the same sections.
    const plain = md.replace(/^#+ /gm, "");
    expect(parseNotice(plain, "long.txt").sections).toEqual(doc.sections);
  });
});

describe("seeds/reference/notice-language.yaml", () => {
  it("is dated, sourced and read through the reference-file schema, which rejects a repeated word", () => {
    const text = fs.readFileSync(defaultLanguageFile(), "utf8");
    expect(text).toMatch(/^asOf: \d{4}-\d{2}-\d{2}$/m);
    expect(text).toMatch(/^source: ".+"$/m);
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "notice-lang-"));
    const bad = path.join(tmp, "notice-language.yaml");
    fs.writeFileSync(bad, text.replace("words:\n", "words:\n  - the\n"));
    try {
      expect(() => checkEnglish("the notice", bad)).toThrow(SeedError);
      expect(() => checkEnglish("the notice", bad)).toThrow(/words: expected each word once/);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe("parseNotice: contents and numbered clauses", () => {
  const ids = (doc: NoticeDocument) => doc.sections.map((s) => s.id);

  it("folds a table of contents into text and gives its numbers to the sections it lists, even when the page lost them", () => {
    const text = [
      "Privacy notice of Example Ltd",
      "",
      "We explain here how we handle personal data about the customers of our shop.",
      "",
      "CONTENTS",
      "1. WHAT WE COLLECT",
      "2. WHY WE USE YOUR DATA",
      "3. WHO RECEIVES YOUR DATA",
      "",
      "WHAT WE COLLECT",
      "We collect your name and your postal address when you place an order with us.",
      "",
      "1. WHY WE USE YOUR DATA",
      "We use the address to deliver the parcels you ordered from the shop.",
      "",
      "1. WHO RECEIVES YOUR DATA",
      "Couriers receive the address so that they can deliver your parcel to you.",
    ].join("\n");
    const doc = parseNotice(text, "contents.txt");
    expect(ids(doc)).toEqual(["preamble", "1", "2", "3"]);
    expect(doc.sections[0].text).toContain("2. WHY WE USE YOUR DATA");
    expect(doc.sections[2].text).toContain("deliver the parcels");
  });

  it("makes a numbered clause (2.1, 2.2) under a numbered heading a section of its own, its text starting with the number", () => {
    const text = [
      "2. Information we collect",
      "",
      "2.1 When you register an account we ask for your name and your e-mail address and a password.",
      "",
      "It is needed for the account to work at all, and we keep it for as long as the account exists.",
      "",
      "2.2 When you use the service we record your IP address and the type of your browser and device.",
    ].join("\n");
    const doc = parseNotice(text, "clauses.txt");
    expect(ids(doc)).toEqual(["2", "2.1", "2.2"]);
    expect(doc.sections[1].text.startsWith("2.1 When you register")).toBe(true);
    expect(doc.sections[1].text).toContain("as long as the account exists");
  });
});

describe("parseNotice: cookie banners", () => {
  it("drops a cookie or consent banner of the page (by role or by its id or class) but keeps a section about cookies", () => {
    const page = [
      "<html><head><title>Privacy</title></head><body>",
      '<div id="cookie-consent" role="dialog"><p>We use cookies on this site. Accept them all?</p></div>',
      '<div class="consent-modal"><p>Manage your consent choices for this site here.</p></div>',
      "<main><h1>Privacy notice</h1><p>We keep the names and addresses of our customers to deliver their orders.</p>",
      '<section id="cookies"><h2>Cookies</h2><p>Our site sets a session cookie that remembers what is in your basket.</p></section></main>',
      "</body></html>",
    ].join("");
    const doc = parseNotice(page, "banner.html");
    const all = doc.sections.map((s) => s.text).join("\n");
    expect(all).not.toMatch(/Accept them all|Manage your consent/);
    expect(doc.sections[0]).toMatchObject({ id: "preamble", text: "We keep the names and addresses of our customers to deliver their orders." });
    expect(all).toContain("session cookie");
  });
});
