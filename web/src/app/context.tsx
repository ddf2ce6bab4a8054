import { createContext, useContext } from "react";
import { useLocation, useParams } from "react-router";
import type { ViewerQuery } from "../gql/graphql";

/** The signed-in key and what it may see, loaded once after sign-in. */
export interface Session {
  viewer: ViewerQuery["viewer"];
  organizations: ViewerQuery["organizations"];
  canEdit: boolean;
  signOut(): void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error("useSession outside a signed-in page");
  return s;
}

/** The organisation of the current page (from /o/:slug/…), as the key sees it; undefined when it cannot see one by that slug. */
export function useOrganization() {
  const { slug = "" } = useParams();
  const { organizations } = useSession();
  return { slug, organization: organizations.find((o) => o.slug === slug) };
}

/** Normalises the `asOf` URL parameter: a date means the end of that day (UTC); an instant is kept; anything else is ignored. */
export function toInstant(raw: string | null): string | null {
  if (!raw) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(raw)) return `${raw}T23:59:59.999Z`;
  const t = Date.parse(raw);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/** The instant the whole app shows the record as of (`?asOf=`), or null for the live record. */
export function useAsOf(): string | null {
  const { search } = useLocation();
  return toInstant(new URLSearchParams(search).get("asOf"));
}

/** A path inside the current organisation that keeps the `asOf` parameter, so time travel survives navigation. */
export function useOrgPath(): (sub?: string) => string {
  const { slug } = useOrganization();
  const { search } = useLocation();
  const asOf = new URLSearchParams(search).get("asOf");
  return (sub = "") => `/o/${encodeURIComponent(slug)}${sub ? `/${sub}` : ""}${asOf ? `?asOf=${encodeURIComponent(asOf)}` : ""}`;
}

/** True when the key may change this organisation's record now: an EDITOR or ADMIN key, looking at the live record. */
export function useCanEdit(): boolean {
  const { canEdit } = useSession();
  return canEdit && useAsOf() === null;
}
