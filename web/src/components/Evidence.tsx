/** Where a fact comes from: the notice section, and whether the notice states it or a reviewer inferred it. */
export interface EvidenceLike {
  document: string;
  documentUrl?: string | null;
  section: string;
  basis: string;
  note?: string | null;
}

export function Evidence({ items }: { items: readonly EvidenceLike[] }) {
  if (!items.length) return <span className="evidence">no source recorded</span>;
  return (
    <span className="evidence">
      {items.map((e, i) => (
        <span key={i} title={e.note ?? undefined}>
          {i > 0 && "; "}
          {e.documentUrl ? <a href={e.documentUrl}>{e.document}</a> : e.document} § {e.section} ({e.basis === "STATED" ? "stated" : "inferred"})
        </span>
      ))}
    </span>
  );
}
