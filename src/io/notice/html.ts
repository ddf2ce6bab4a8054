// htmlparser2: maintained, fast, forgiving of the broken markup saved web pages contain, decodes entities,
// and only builds a tree (never runs scripts); it still ships CommonJS, unlike parse5 8 and htmlparser2 11+.
import { parseDocument } from "htmlparser2";
import type { ChildNode, Element } from "domhandler";
import { type Block, normalise } from "./blocks";

/** Never text of the notice: code, styling, embedded media and hidden templates. */
const SKIPPED = new Set(["script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "select", "button", "head"]);
/** Page furniture around the notice, by ARIA role. */
const BOILERPLATE_ROLES = new Set(["navigation", "banner", "contentinfo", "search", "dialog", "alertdialog"]);
/** A cookie or consent banner by its id or class ("cookie-consent", "cookie-banner", "consent-modal"), not a section on cookies. */
const CONSENT_BANNER = /(?:cookie|consent|gdpr)s?[-_ ]?(?:banner|bar|popup|pop-up|modal|dialog|overlay|consent|notice-bar|notification)|(?:banner|popup|modal|overlay)[-_ ]?(?:cookie|consent)/i;
/** Inside these, a header or footer belongs to the content (the article's own heading), not to the page. */
const SECTIONING = new Set(["article", "section", "main", "aside"]);
const HEADING = /^h([1-6])$/;
/** Elements that end one paragraph and start another. */
const BLOCK = new Set([
  "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "section", "article", "main", "aside", "blockquote", "pre", "address",
  "table", "thead", "tbody", "tfoot", "tr", "caption", "figure", "figcaption", "form", "fieldset", "details", "summary", "hr", "body", "html",
]);
/** Inline elements whose neighbours are separate words even without whitespace in the source. */
const SPACED = new Set(["br", "td", "th", "img", "input", "label"]);

export interface HtmlNotice {
  title: string | null;
  blocks: Block[];
}

/** Headings and paragraphs of an HTML page, without scripts, styles and page navigation. */
export function readHtml(html: string): HtmlNotice {
  const doc = parseDocument(html);
  const blocks: Block[] = [];
  let buffer: string[] = [];
  let firstH1: string | null = null;
  let pageTitle: string | null = null;

  const flush = () => {
    const text = normalise(buffer.join(""));
    if (text) blocks.push({ kind: "paragraph", text });
    buffer = [];
  };
  const walk = (nodes: ChildNode[], inSectioning: boolean) => {
    for (const node of nodes) {
      if (node.type === "text") buffer.push(node.data);
      else if (node.type === "tag" || node.type === "script" || node.type === "style") visit(node as Element, inSectioning);
    }
  };
  const visit = (el: Element, inSectioning: boolean) => {
    const tag = el.name.toLowerCase();
    if (tag === "head") pageTitle ??= titleOf(el);
    if (SKIPPED.has(tag) || isBoilerplate(el, tag, inSectioning)) return;
    const heading = HEADING.exec(tag);
    if (heading) {
      flush();
      walk(el.children, true);
      const text = normalise(buffer.join(""));
      buffer = [];
      if (text) blocks.push({ kind: "heading", level: Number(heading[1]), text });
      if (text && tag === "h1") firstH1 ??= text;
      return;
    }
    if (BLOCK.has(tag)) flush();
    if (SPACED.has(tag)) buffer.push(" ");
    walk(el.children, inSectioning || SECTIONING.has(tag));
    if (BLOCK.has(tag)) flush();
    else if (SPACED.has(tag)) buffer.push(" ");
  };
  walk(doc.children, false);
  flush();
  return { title: firstH1 ?? pageTitle, blocks };
}

function isBoilerplate(el: Element, tag: string, inSectioning: boolean): boolean {
  if (tag === "nav") return true;
  if ((tag === "header" || tag === "footer") && !inSectioning) return true;
  if ("hidden" in el.attribs || el.attribs["aria-hidden"] === "true") return true;
  if (CONSENT_BANNER.test(`${el.attribs.id ?? ""} ${el.attribs.class ?? ""}`)) return true;
  return BOILERPLATE_ROLES.has((el.attribs.role ?? "").toLowerCase());
}

function titleOf(head: Element): string | null {
  const title = head.children.find((c): c is Element => c.type === "tag" && c.name.toLowerCase() === "title");
  const text = title ? normalise(title.children.map((c) => (c.type === "text" ? c.data : "")).join("")) : "";
  return text || null;
}
