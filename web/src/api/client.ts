import type { TypedDocumentString } from "../gql/graphql";
import { clearToken, readToken } from "./session";

/** One GraphQL error as the server sends it: `argumentPath` names the input field a validation message is about. */
export interface ApiErrorEntry {
  message: string;
  extensions?: { code?: string; argumentPath?: string; [k: string]: unknown };
}

/** A failed request: the server's errors, or the HTTP failure, in words a person can act on. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly errors: ApiErrorEntry[] = [],
  ) {
    super(message);
  }
  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }
}

/** Called when the key is refused, so the app can ask for another one. */
let onUnauthenticated: () => void = () => {};
export function whenUnauthenticated(cb: () => void): void {
  onUnauthenticated = cb;
}

/** Runs one of the operations in schema/operations/ against /graphql with this tab's key. */
export async function request<TData, TVariables>(doc: TypedDocumentString<TData, TVariables>, variables?: TVariables): Promise<TData> {
  const token = readToken();
  const res = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: doc.toString(), variables: variables ?? {} }),
  });
  let body: { data?: TData; errors?: ApiErrorEntry[] } | undefined;
  try {
    body = await res.json();
  } catch {
    throw new ApiError(`the server answered ${res.status} ${res.statusText} without a readable body`, res.status);
  }
  if (res.status === 401) {
    clearToken();
    onUnauthenticated();
  }
  if (body?.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join("; "), res.status, body.errors);
  if (!res.ok || !body?.data) throw new ApiError(`the server answered ${res.status} ${res.statusText}`, res.status);
  return body.data;
}

/** Downloads an authenticated file (exports) and hands it to the browser as a named download. */
export async function download(path: string): Promise<string> {
  const token = readToken();
  const res = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { errors?: ApiErrorEntry[] } | null;
    throw new ApiError(body?.errors?.[0]?.message ?? `the server answered ${res.status} ${res.statusText}`, res.status, body?.errors ?? []);
  }
  const name = /filename="([^"]+)"/.exec(res.headers.get("content-disposition") ?? "")?.[1] ?? path.split("/").pop() ?? "download";
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
