import { nextPage, PAGE_SIZES, previousPage, type ListParams } from "./listParams";

/** Previous/next page buttons (cursors kept in the URL), where the page sits, and the page size. */
export function Pager({ q, p, shown, total, pageInfo, go, setSize }: { q: URLSearchParams; p: ListParams; shown: number; total: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; go(next: URLSearchParams): void; setSize(size: number): void }) {
  const pageIndex = p.trail.length + (p.after ? 1 : 0);
  const from = pageIndex * p.size + 1;
  return (
    <nav className="pager" aria-label="Pages of activities">
      <span>
        {shown ? `Rows ${from}–${from + shown - 1} of ${total}` : ""}
      </span>
      <button type="button" className="secondary" disabled={!p.after} onClick={() => go(previousPage(q, p))}>
        Previous page
      </button>
      <button type="button" className="secondary" disabled={!pageInfo.hasNextPage || !pageInfo.endCursor} onClick={() => pageInfo.endCursor && go(nextPage(q, p, pageInfo.endCursor))}>
        Next page
      </button>
      <label htmlFor="page-size">Rows per page</label>
      <select id="page-size" value={p.size} onChange={(e) => setSize(Number(e.target.value))}>
        {PAGE_SIZES.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
    </nav>
  );
}
