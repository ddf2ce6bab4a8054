import { useState, type FormEvent } from "react";
import { useGqlMutation } from "../../api/hooks";
import { sortErrors } from "../../forms/errors";
import { FindingsPageAcceptDocument } from "../../gql/graphql";

/** Accepting a finding: why, and until when; the API's message appears under the field it is about, and the typed text stays. */
export function AcceptForm({ id, label, onDone }: { id: string; label: string; onDone(): void }) {
  const [justification, setJustification] = useState("");
  const [until, setUntil] = useState("");
  const accept = useGqlMutation(FindingsPageAcceptDocument);
  const errors = accept.error ? sortErrors(accept.error, [["justification", "justification"], ["until", "until"]]) : null;
  const justErr = errors?.fields.justification;
  const untilErr = errors?.fields.until;
  const other = errors?.summary.length ? errors.summary.join("; ") : null;
  const base = `accept-${id.replace(/[^A-Za-z0-9_-]/g, "_")}`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // The finding shows again at the end of the chosen day (UTC), so "until 31 March" includes 31 March.
    accept.mutate({ id, justification, until: `${until}T23:59:59.999Z` }, { onSuccess: onDone });
  };
  return (
    <form className="accept-form" onSubmit={submit} aria-label={`Accept ${label}`}>
      <div className="field">
        <label htmlFor={`${base}-why`}>Justification</label>
        <textarea
          id={`${base}-why`}
          required
          maxLength={4000}
          value={justification}
          onChange={(e) => setJustification(e.target.value)}
          aria-invalid={justErr ? true : undefined}
          aria-describedby={justErr ? `${base}-why-err` : undefined}
        />
        {justErr && (
          <p className="field-error" id={`${base}-why-err`}>
            {justErr}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${base}-until`}>Accepted until</label>
        <input
          id={`${base}-until`}
          type="date"
          required
          value={until}
          onChange={(e) => setUntil(e.target.value)}
          aria-invalid={untilErr ? true : undefined}
          aria-describedby={untilErr ? `${base}-until-err` : undefined}
        />
        {untilErr && (
          <p className="field-error" id={`${base}-until-err`}>
            {untilErr}
          </p>
        )}
      </div>
      {other && (
        <p className="form-error" role="alert">
          Could not accept the finding: {other}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={accept.isPending}>
          {accept.isPending ? "Accepting…" : "Accept finding"}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
