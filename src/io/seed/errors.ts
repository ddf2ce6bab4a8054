import type { z } from "zod";

/** A problem in a seed or reference file, naming the file, the path inside it and the bad value. */
export class SeedError extends Error {
  constructor(
    readonly file: string,
    readonly problems: { path: string; message: string }[],
  ) {
    super(problems.map((p) => `${file}: ${p.path || "(top level)"}: ${p.message}`).join("\n"));
  }
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("").replace(/^\./, "");
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const p of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[p];
  }
  return cur;
}

export function show(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? "nothing" : text.length > 80 ? text.slice(0, 77) + "..." : text;
}

/** Turns zod issues into path + message pairs that say what was found and what was expected. */
export function describeIssues(root: unknown, issues: readonly z.core.$ZodIssue[]): { path: string; message: string }[] {
  return issues.map((issue) => {
    if (issue.code === "unrecognized_keys") {
      return { path: formatPath(issue.path), message: `unknown key(s) ${issue.keys.map((k) => JSON.stringify(k)).join(", ")}` };
    }
    const value = valueAt(root, issue.path);
    const found = value === undefined ? "missing" : `got ${show(value)}`;
    return { path: formatPath(issue.path), message: `${issue.message} (${found})` };
  });
}
