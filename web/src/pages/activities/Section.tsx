import type { ReactNode } from "react";

/** A titled part of the record page; `article` names the Art 30(1) point it answers, when it answers one. */
export function Section({ id, title, article, children }: { id: string; title: string; article?: string; children: ReactNode }) {
  return (
    <section className="record-section" aria-labelledby={id}>
      <h2 id={id}>
        {title}
        {article && <span className="muted"> · {article}</span>}
      </h2>
      {children}
    </section>
  );
}

/** A list of names, or a word saying the record has none. */
export function Names({ items, none = "none recorded" }: { items: string[]; none?: string }) {
  if (!items.length) return <span className="muted">{none}</span>;
  return <>{items.join(", ")}</>;
}
