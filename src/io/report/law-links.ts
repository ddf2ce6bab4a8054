// Where the official text of each law a rule cites is published, so a SARIF rule can link to it (helpUri).
// A reference such as "GDPR Art 13(2)(b); Art 14(2)(c)" is read as citations; a citation without a law of its own
// ("Art 14(2)(c)") belongs to the law before it.

/** One cited provision and the official page that holds it (null where no official online text is known). */
export interface Citation {
  text: string;
  url: string | null;
}

interface Law {
  /** How references name the law, e.g. "UK GDPR". */
  name: string;
  /** The whole text. */
  url: string;
  /** The page of one provision, from the words after the law's name ("Art 30(1)(f)", "s.10", "§1798.100(a)"). */
  provision?: (rest: string) => string | null;
}

const match = (re: RegExp, rest: string, page: (id: string) => string) => {
  const m = re.exec(rest);
  return m ? page(m[1]) : null;
};

// Longest names first: "UK GDPR" before "GDPR", "CCPA Regs" before "CCPA".
const LAWS: Law[] = [
  {
    // UK GDPR as retained and amended, article by article on legislation.gov.uk.
    name: "UK GDPR",
    url: "https://www.legislation.gov.uk/eur/2016/679",
    provision: (rest) => match(/^Art\.? ?(\d+[A-Z]?)/, rest, (n) => `https://www.legislation.gov.uk/eur/2016/679/article/${n}`),
  },
  { name: "GDPR", url: "https://eur-lex.europa.eu/eli/reg/2016/679/oj" },
  { name: "ePrivacy Directive", url: "https://eur-lex.europa.eu/eli/dir/2002/58/oj" },
  { name: "Decision (EU) 2023/1795", url: "https://eur-lex.europa.eu/eli/dec_impl/2023/1795/oj" },
  {
    name: "DPA 2018",
    url: "https://www.legislation.gov.uk/ukpga/2018/12",
    provision: (rest) =>
      match(/^s\.(\d+[A-Z]?)/, rest, (n) => `https://www.legislation.gov.uk/ukpga/2018/12/section/${n}`) ??
      match(/^Sch (\d+[A-Z]?)/, rest, (n) => `https://www.legislation.gov.uk/ukpga/2018/12/schedule/${n}`),
  },
  {
    name: "PECR",
    url: "https://www.legislation.gov.uk/uksi/2003/2426",
    provision: (rest) =>
      match(/^reg (\d+[A-Z]?)/, rest, (n) => `https://www.legislation.gov.uk/uksi/2003/2426/regulation/${n}`) ??
      match(/^Sch ([A-Z]?\d+)/, rest, (n) => `https://www.legislation.gov.uk/uksi/2003/2426/schedule/${n}`),
  },
  { name: "Data Protection (Adequacy) (United States of America) Regulations 2023", url: "https://www.legislation.gov.uk/uksi/2023/1028" },
  // The National People's Congress's own English text of the PIPL (the Chinese text prevails).
  { name: "PIPL", url: "http://en.npc.gov.cn.cdurl.cn/2021-12/29/c_694559.htm" },
  { name: "PDPO", url: "https://www.elegislation.gov.hk/hk/cap486" },
  { name: "CCPA Regs", url: "https://cppa.ca.gov/regulations/" },
  {
    name: "CCPA",
    url: "https://leginfo.legislature.ca.gov/faces/codes_displayText.xhtml?division=3.&part=4.&lawCode=CIV&title=1.81.5",
    provision: (rest) => match(/^§(1798\.\d+)/, rest, (n) => `https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CIV&sectionNum=${n}`),
  },
];

/** The citations of a reference, each with the official page of its provision (or of its law). */
export function citations(reference: string): Citation[] {
  return pieces(reference).filter((p): p is Citation => typeof p !== "string");
}

/** The reference as Markdown, each citation linked to its official page, separators as written. */
export function linkedReference(reference: string): string {
  return pieces(reference)
    .map((p) => (typeof p === "string" ? p : p.url ? `[${p.text}](${p.url})` : p.text))
    .join("");
}

/** The reference cut into citations and the separators (and spaces) between them. */
function pieces(reference: string): (Citation | string)[] {
  const out: (Citation | string)[] = [];
  let law: Law | null = null;
  let last: string | null = null;
  for (const raw of reference.split(/([;,]\s*)/)) {
    const text = raw.trim();
    if (!text || /^[;,]$/.test(text)) {
      if (raw) out.push(raw);
      continue;
    }
    const own = LAWS.find((l) => text === l.name || text.startsWith(`${l.name} `));
    // Words that name no law of the table ("EDPB Guidelines 2/2018", "2024 CAC ... Provisions") end the carried law.
    if (own) law = own;
    else if (!/^(Art|Recital|s\.|Sch|reg|§|DPP|\(\d)/.test(text)) law = null;
    const rest = own ? text.slice(own.name.length).trim() : text;
    // "(3)" in "Art 35(1), (3)" is another paragraph of the provision before it.
    last = rest.startsWith("(") ? last : law ? (law.provision?.(rest) ?? law.url) : null;
    out.push({ text, url: last });
  }
  return out;
}

/** The official page of the first citation of a reference that has one. */
export function helpUri(reference: string): string | undefined {
  return citations(reference).find((c) => c.url !== null)?.url ?? undefined;
}
