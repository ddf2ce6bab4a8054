import { useEffect, useRef } from "react";
import type { Conflict } from "./useEditForm";

/**
 * Explains that someone saved first, who and when, and sets their new values beside the user's for each field
 * their change touched; nothing typed is dropped until the user chooses.
 */
export function ConflictPanel<V extends object>({ conflict, mine, changed, labels, show, onKeepMine, onTakeTheirs, busy }: {
  conflict: Conflict<V>;
  mine: V;
  /** The fields the user changed in the form. */
  changed: (keyof V & string)[];
  labels: Record<keyof V & string, string>;
  show(field: keyof V & string, value: unknown): string;
  onKeepMine(): void;
  onTakeTheirs(): void;
  busy: boolean;
}) {
  const { theirs, touched } = conflict;
  const box = useRef<HTMLElement>(null);
  // The save button sits at the bottom of a long form: bring the explanation into view and focus.
  useEffect(() => {
    box.current?.scrollIntoView({ block: "start" });
    box.current?.focus();
  }, [conflict]);
  const when = theirs.updatedAt ? new Date(theirs.updatedAt).toLocaleString() : "meanwhile";
  return (
    <section className="conflict" role="alert" aria-labelledby="conflict-title" tabIndex={-1} ref={box}>
      <h2 id="conflict-title">Someone else changed this record while you were editing</h2>
      <p>
        {theirs.actor ? <strong>{theirs.actor}</strong> : "Another key"} saved version {theirs.version} at {when}. Nothing was saved from your form yet, and everything you typed is still
        below.
      </p>
      {touched.length ? (
        <table className="data">
          <caption className="visually-hidden">Fields the other change touched</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Their value now</th>
              <th scope="col">Your value</th>
            </tr>
          </thead>
          <tbody>
            {touched.map((k) => (
              <tr key={k}>
                <th scope="row">{labels[k]}</th>
                <td>{show(k, theirs.values[k]) || <span className="muted">(empty)</span>}</td>
                <td>
                  {changed.includes(k) ? (
                    <>
                      <strong>Changed by you:</strong> {show(k, mine[k]) || <span className="muted">(empty)</span>}
                    </>
                  ) : (
                    <span className="muted">Not changed by you: theirs stays when you save again.</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>Their change touched nothing this form shows.</p>
      )}
      <p>
        Your changes waiting to be saved: {changed.length ? changed.map((k) => labels[k]).join(", ") : "none"}.
      </p>
      <p className="hint">Keeping yours saves only the fields you changed; the rest of their change stays.</p>
      <div className="actions">
        <button type="button" onClick={onKeepMine} disabled={busy}>
          Keep my changes and save again
        </button>
        <button type="button" className="secondary" onClick={onTakeTheirs} disabled={busy}>
          Discard mine and load theirs
        </button>
      </div>
    </section>
  );
}
