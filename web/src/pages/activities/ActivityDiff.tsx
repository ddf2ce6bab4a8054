import { useState, type FormEvent } from "react";
import { useGql } from "../../api/hooks";
import { ActivityChangesDiffDocument } from "../../gql/graphql";
import { QueryState } from "../../components/State";
import { FieldChanges } from "./ChangeHistory";
import { when, words } from "./labels";

const day = (iso: string) => iso.slice(0, 10);
const today = () => new Date().toISOString().slice(0, 10);

/** The instants of a date range: from the start of the first day (never before the activity existed) to the end of the last, or now. */
export function diffRange(from: string, to: string, createdAt: string | null): { from: string; to: string | null } {
  const start = `${from}T00:00:00.000Z`;
  const end = to >= today() ? null : `${to}T23:59:59.999Z`;
  return { from: createdAt && createdAt > start ? createdAt : start, to: end };
}

/** What changed in one activity between two dates, from the record's own diff (recordDiff) narrowed to this activity by the server. */
export function ActivityDiff({ slug, id, createdAt }: { slug: string; id: string; createdAt: string | null }) {
  const [fromDay, setFromDay] = useState(createdAt ? day(createdAt) : today());
  const [toDay, setToDay] = useState(today());
  const [range, setRange] = useState(() => diffRange(fromDay, toDay, createdAt));
  const diff = useGql(ActivityChangesDiffDocument, { organization: slug, from: range.from, to: range.to, object: id });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setRange(diffRange(fromDay, toDay, createdAt));
  };
  return (
    <section className="record-section" aria-labelledby="s-diff">
      <h2 id="s-diff">Changes between two dates</h2>
      <form className="diff-dates" onSubmit={submit} aria-label="Dates to compare">
        <div>
          <label htmlFor="diff-from">From</label>
          <input id="diff-from" type="date" value={fromDay} max={toDay} onChange={(e) => setFromDay(e.target.value)} />
        </div>
        <div>
          <label htmlFor="diff-to">To</label>
          <input id="diff-to" type="date" value={toDay} min={fromDay} onChange={(e) => setToDay(e.target.value)} />
        </div>
        <button type="submit">Compare</button>
      </form>
      <p className="hint">
        A day counts from its start (UTC); a range starting before the activity existed counts from its creation
        {createdAt ? ` (${when(createdAt)})` : ""}. An end date of today means now.
      </p>
      <QueryState query={diff} what="the changes">
        {(d) => {
          const mine = d.recordDiff?.processingActivities.find((c) => c.id === id);
          const period = d.recordDiff ? `${when(d.recordDiff.from)} to ${when(d.recordDiff.to)}` : "";
          if (!mine) return <p aria-live="polite">No change to this activity from {period}.</p>;
          return (
            <div aria-live="polite">
              <p>
                From {period} the activity was <strong>{words(mine.change)}</strong>:
              </p>
              <FieldChanges changes={mine.changes} />
            </div>
          );
        }}
      </QueryState>
    </section>
  );
}
