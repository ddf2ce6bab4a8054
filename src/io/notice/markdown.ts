// markdown-it: maintained CommonMark parser shipping CommonJS; rendering to HTML lets one reader (html.ts)
// handle inline markup, entities and raw HTML (including scripts) the same way for both formats.
import MarkdownIt from "markdown-it";
import { readHtml, type HtmlNotice } from "./html";

const md = new MarkdownIt({ html: true, linkify: false, typographer: false });

/** Headings (`#`, setext) and paragraphs (list items included) of a Markdown notice. */
export function readMarkdown(text: string): HtmlNotice {
  return readHtml(md.render(text));
}
