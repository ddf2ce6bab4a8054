import path from "node:path";
import { packageRoot } from "../../paths";
import { readYamlFile } from "../seed/read";
import { noticeLanguageFile, type NoticeLanguageFile } from "../seed/reference-files";

export const defaultLanguageFile = () => path.join(packageRoot(), "seeds", "reference", "notice-language.yaml");

export interface LanguageCheck {
  language: string;
  words: number;
  ratio: number;
  minRatio: number;
  /** True when the sample is large enough and too few of its words are common English function words. */
  foreign: boolean;
}

interface WordList extends NoticeLanguageFile {
  set: Set<string>;
}

// Read once per process: the list is reference data, not input, and every notice uses it.
let cached: { file: string; list: WordList } | null = null;

function wordList(file: string): WordList {
  if (cached?.file !== file) {
    const raw = readYamlFile(file, noticeLanguageFile);
    cached = { file, list: { ...raw, set: new Set(raw.words) } };
  }
  return cached.list;
}

/** The share of a text's words that are common English function words (seeds/reference/notice-language.yaml). */
export function checkEnglish(text: string, file = defaultLanguageFile()): LanguageCheck {
  const list = wordList(file);
  const words = text.toLowerCase().match(/\p{L}+(?:'\p{L}+)*/gu) ?? [];
  const hits = words.reduce((n, w) => n + (list.set.has(w) ? 1 : 0), 0);
  const ratio = words.length ? hits / words.length : 0;
  // Scripts written without spaces (Chinese, Japanese) give few long "words": judge those by their letters instead.
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  const otherScript = letters >= list.minWords && latin / letters < 0.5;
  return { language: list.language, words: words.length, ratio, minRatio: list.minRatio, foreign: otherScript || (words.length >= list.minWords && ratio < list.minRatio) };
}
