/** Who is calling, and what they may see and do. */
export const ROLES = ["VIEWER", "EDITOR", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

export interface Principal {
  /** The key's name; recorded as the actor of changes. */
  name: string;
  role: Role;
  /** Organisation row ids the key is limited to; null means every organisation. */
  organizationIds: number[] | null;
}

export function canSee(p: Principal, organizationId: number): boolean {
  return p.organizationIds === null || p.organizationIds.includes(organizationId);
}

export function canEdit(p: Principal, organizationId: number): boolean {
  return p.role !== "VIEWER" && canSee(p, organizationId);
}

/** Shared reference data (taxonomy) and keys belong to no organisation: only unscoped keys may change them. */
export function canEditShared(p: Principal): boolean {
  return p.role !== "VIEWER" && p.organizationIds === null;
}

export function isAdmin(p: Principal): boolean {
  return p.role === "ADMIN" && p.organizationIds === null;
}

/** The organisations a key may see, narrowed to the requested ones. */
export function visibleOf(p: Principal, requested: number[] | undefined): number[] | undefined {
  if (p.organizationIds === null) return requested;
  return requested === undefined ? p.organizationIds : requested.filter((id) => p.organizationIds!.includes(id));
}
