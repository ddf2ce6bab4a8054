import type { ApiError, ApiErrorEntry } from "../api/client";

/** The API's refusal sorted for a form: messages by field, the rest for the summary, and whether the version was stale. */
export interface FormErrors {
  fields: Record<string, string>;
  summary: string[];
  stale: boolean;
}

export const NO_ERRORS: FormErrors = { fields: {}, summary: [], stale: false };

/** True when `path` is `prefix` or lies inside it (`input.purposes[0]` inside `input.purposes`). */
function inside(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
}

/** The message without its leading argument path: the field it sits next to already says which. */
function plain(e: ApiErrorEntry): string {
  const p = e.extensions?.argumentPath;
  return p && e.message.startsWith(`${p}: `) ? e.message.slice(p.length + 2) : e.message;
}

/**
 * Maps each error's `argumentPath` to a form field by the longest matching prefix in `paths`
 * (pairs of argument path and field name); errors that match no field go to the summary.
 */
export function sortErrors(error: unknown, paths: [string, string][]): FormErrors {
  const entries: ApiErrorEntry[] = (error as ApiError)?.errors?.length ? (error as ApiError).errors : [{ message: error instanceof Error ? error.message : String(error) }];
  const byLength = [...paths].sort((a, b) => b[0].length - a[0].length);
  const out: FormErrors = { fields: {}, summary: [], stale: false };
  for (const e of entries) {
    // Variable coercion errors name the place only in words: `… at "input.kind"; …`.
    const path = e.extensions?.argumentPath ?? /at "(input[^"]*)"/.exec(e.message)?.[1];
    if (e.extensions?.code === "CONFLICT" && path === "expectedVersion") {
      out.stale = true;
      continue;
    }
    const field = typeof path === "string" ? byLength.find(([p]) => inside(path, p))?.[1] : undefined;
    if (field && !out.fields[field]) out.fields[field] = plain(e);
    else if (!field) out.summary.push(e.message);
  }
  return out;
}
