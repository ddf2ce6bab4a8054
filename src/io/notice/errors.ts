/** A notice the reader cannot use (empty, binary, not English, no text): a user's mistake, reported by message, not stack. */
export class NoticeError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = "NoticeError";
  }
}

/** What every message tells the user to supply instead. */
export const EXPECTED = "expected a privacy notice in English as HTML (.html, .htm), Markdown (.md, .markdown) or plain text (.txt)";
