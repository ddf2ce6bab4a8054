import type { ReactNode } from "react";

// Labelled inputs that carry the API's message for them: `.field-error` linked by aria-describedby, aria-invalid set.

/** The aria attributes that tie an input to its hint and its error. */
export function described(id: string, error?: string, hint?: ReactNode) {
  const ids = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return { id, "aria-invalid": error ? (true as const) : undefined, "aria-describedby": ids || undefined };
}

export function Hint({ id, children }: { id: string; children?: ReactNode }) {
  return children ? (
    <p className="hint" id={`${id}-hint`}>
      {children}
    </p>
  ) : null;
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p className="field-error" id={`${id}-error`}>
      {error}
    </p>
  ) : null;
}

interface Common {
  id: string;
  label: string;
  error?: string;
  hint?: ReactNode;
  required?: boolean;
}

export function TextField({ id, label, error, hint, required, value, onChange, type = "text", ...rest }: Common & { value: string; onChange(v: string): void; type?: string; placeholder?: string; autoComplete?: string }) {
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required && <span className="muted"> (required)</span>}
      </label>
      <input type={type} value={value} onChange={(e) => onChange(e.target.value)} aria-required={required || undefined} {...rest} {...described(id, error, hint)} />
      <Hint id={id}>{hint}</Hint>
      <FieldError id={id} error={error} />
    </div>
  );
}

export function TextArea({ id, label, error, hint, value, onChange }: Common & { value: string; onChange(v: string): void }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea rows={4} value={value} onChange={(e) => onChange(e.target.value)} {...described(id, error, hint)} />
      <Hint id={id}>{hint}</Hint>
      <FieldError id={id} error={error} />
    </div>
  );
}

/** A single choice; `options` are [value, label] pairs, an empty value meaning "not recorded". */
export function SelectField({ id, label, error, hint, required, value, onChange, options }: Common & { value: string; onChange(v: string): void; options: [string, string][] }) {
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required && <span className="muted"> (required)</span>}
      </label>
      <select value={value} onChange={(e) => onChange(e.target.value)} aria-required={required || undefined} {...described(id, error, hint)}>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
      <Hint id={id}>{hint}</Hint>
      <FieldError id={id} error={error} />
    </div>
  );
}

/** Enum values as words: SUB_PROCESSOR → "sub processor". */
export const words = (v: string) => v.replace(/_/g, " ").toLowerCase();
