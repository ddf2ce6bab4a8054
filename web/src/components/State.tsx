import type { ReactNode } from "react";
import type { ApiError } from "../api/client";

/** Loading, error and empty states, the same on every page. */
export function Loading({ what }: { what: string }) {
  return (
    <p className="state state-loading" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

export function ErrorBox({ error, what }: { error: ApiError | Error; what: string }) {
  return (
    <div className="state state-error" role="alert">
      <strong>Could not load {what}.</strong> {error.message}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="state state-empty">{children}</p>;
}

/** Renders loading/error for a query, then its children with the data. */
export function QueryState<T>({ query, what, children }: { query: { isPending: boolean; error: ApiError | null; data: T | undefined }; what: string; children: (data: T) => ReactNode }) {
  if (query.error) return <ErrorBox error={query.error} what={what} />;
  if (query.isPending || query.data === undefined) return <Loading what={what} />;
  return <>{children(query.data)}</>;
}
