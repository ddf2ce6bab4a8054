import { useEffect, useRef, type FormEvent, type ReactNode } from "react";
import { Link } from "react-router";
import { useCanEdit, useSession } from "../app/context";
import type { FormErrors } from "./errors";

/** Edit pages show no form to keys that may not write, nor while the app shows the past. */
export function EditGuard({ title, children }: { title: string; children: ReactNode }) {
  const { canEdit } = useSession();
  const allowed = useCanEdit();
  if (allowed) return <>{children}</>;
  return (
    <>
      <h1>{title}</h1>
      <p className="state" role="note">
        {canEdit ? "Editing is off while you look at the past. Choose “Now” to edit the live record." : "This key may not change the record: it can only read."}
      </p>
    </>
  );
}

/** The messages that name no field of the form, read out at once. */
export function ErrorSummary({ errors }: { errors: FormErrors }) {
  const fieldCount = Object.keys(errors.fields).length;
  const box = useRef<HTMLDivElement>(null);
  // Saving starts at the bottom of the form: show the refusal where the form begins.
  useEffect(() => box.current?.scrollIntoView({ block: "start" }), [errors]);
  if (!errors.summary.length && !fieldCount) return null;
  return (
    <div className="state state-error" role="alert" ref={box}>
      <strong>Not saved.</strong>
      {fieldCount > 0 && ` The server refused ${fieldCount === 1 ? "one field" : `${fieldCount} fields`}; the message is next to ${fieldCount === 1 ? "it" : "each"}.`}
      {errors.summary.length > 0 && (
        <ul>
          {errors.summary.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The form element with its summary on top and save/cancel below; native validation is off so the API's own messages show. */
export function EditForm({ label, errors, busy, cancelTo, saveLabel, onSubmit, children }: { label: string; errors: FormErrors; busy: boolean; cancelTo: string; saveLabel: string; onSubmit(): void; children: ReactNode }) {
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <form className="edit-form" aria-label={label} noValidate onSubmit={submit}>
      <ErrorSummary errors={errors} />
      {children}
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? "Saving…" : saveLabel}
        </button>
        <Link className="button secondary" to={cancelTo}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
