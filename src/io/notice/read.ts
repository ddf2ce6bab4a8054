import path from "node:path";
import type { NoticeDocument } from "../../domain/notice/document";
import { toDocument } from "./blocks";
import { EXPECTED, NoticeError } from "./errors";
import { readHtml } from "./html";
import { checkEnglish } from "./language";
import { readMarkdown } from "./markdown";
import { readText } from "./text";

export type NoticeFormat = "html" | "markdown" | "text";

const BY_EXTENSION: Record<string, NoticeFormat> = { ".html": "html", ".htm": "html", ".xhtml": "html", ".md": "markdown", ".markdown": "markdown", ".txt": "text", ".text": "text" };

/**
 * Reads a privacy notice (HTML, Markdown or plain text, by extension or else by its content) into sections.
 * `name` is the file name, used for the extension and in messages. Bad input is a NoticeError.
 */
export function parseNotice(content: Buffer | string, name: string): NoticeDocument {
  const text = decode(content, name);
  if (text.trim() === "") throw new NoticeError(name, `the file is empty; ${EXPECTED}`);
  const format = formatOf(name, text);
  const { title, blocks } = format === "html" ? readHtml(text) : format === "markdown" ? readMarkdown(text) : readText(text);
  const doc = toDocument(blocks, title);
  if (!doc.sections.some((s) => s.text !== "")) {
    const what = format === "html" ? "the page has no text once scripts, styles and navigation are removed" : "the notice has headings but no text under them";
    throw new NoticeError(name, `${what}; ${EXPECTED}`);
  }
  const lang = checkEnglish([doc.title, ...doc.sections.flatMap((s) => [s.heading, s.text])].join("\n"));
  if (lang.foreign) {
    const share = `${Math.round(lang.ratio * 100)}% of its words are common English words, at least ${Math.round(lang.minRatio * 100)}% expected`;
    throw new NoticeError(name, `the notice does not appear to be in English (${share}); ${lang.language} is the only supported language`);
  }
  return doc;
}

/** The format named by the extension, else guessed from the content. */
export function formatOf(name: string, text: string): NoticeFormat {
  return BY_EXTENSION[path.extname(name).toLowerCase()] ?? sniff(text);
}

const HTML_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<!--)/i;
const HTML_TAG = /<\/?(?:p|div|h[1-6]|ul|ol|li|br|span|a|table|section|article)\b[^>]*>/gi;
const MD_SIGNS = /^ {0,3}#{1,6}\s+\S|\[[^\]\n]+\]\([^)\s]+\)|\*\*[^*\n]+\*\*|^\S.*\n(?:={3,}|-{3,})\s*$/m;

/** HTML when it opens like a page or is full of tags, Markdown when it has Markdown headings, links or emphasis, else text. */
export function sniff(text: string): NoticeFormat {
  const head = text.slice(0, 4096);
  if (HTML_START.test(head) || (head.trimStart().startsWith("<") && (head.match(HTML_TAG)?.length ?? 0) >= 3)) return "html";
  return MD_SIGNS.test(text) ? "markdown" : "text";
}

/** Text of the file: UTF-8 (or UTF-16 with a byte-order mark); NUL bytes or mostly invalid UTF-8 mean a binary file. */
function decode(content: Buffer | string, name: string): string {
  const binary = () => new NoticeError(name, `the file looks binary (not text); ${EXPECTED}`);
  if (typeof content === "string") {
    if (content.includes("\u0000")) throw binary();
    return content.replace(/^\ufeff/, "");
  }
  const utf16 = content[0] === 0xff && content[1] === 0xfe ? "utf-16le" : content[0] === 0xfe && content[1] === 0xff ? "utf-16be" : null;
  if (utf16) return new TextDecoder(utf16).decode(content);
  if (content.includes(0)) throw binary();
  const text = new TextDecoder("utf-8").decode(content);
  const invalid = text.match(/\ufffd/g)?.length ?? 0;
  // A few bad bytes (a stray Latin-1 character) are tolerated; a file that is mostly invalid is not text.
  if (invalid > 0 && invalid / Math.max(1, text.length) > 0.1) throw binary();
  return text;
}
