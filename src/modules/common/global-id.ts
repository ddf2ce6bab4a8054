/** Global ids are opaque: base64url of "Type:rowId". Clients must not parse them. */
export function toGlobalId(type: string, rowId: number | string): string {
  return Buffer.from(`${type}:${rowId}`, "utf8").toString("base64url");
}

/** Returns null for anything that is not an id this server issued, so lookups answer null rather than fail. */
export function fromGlobalId(id: string): { type: string; rowId: string } | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(id)) return null;
  const text = Buffer.from(id, "base64url").toString("utf8");
  const m = /^([A-Za-z]+):(.+)$/.exec(text);
  return m ? { type: m[1], rowId: m[2] } : null;
}

export function numericRowId(id: string, type: string): number | null {
  const g = fromGlobalId(id);
  if (!g || g.type !== type || !/^[1-9][0-9]{0,15}$/.test(g.rowId)) return null;
  return Number(g.rowId);
}
