import { useState } from "react";
import { NO_ERRORS, sortErrors, type FormErrors } from "./errors";

/** A record as the form holds it: its values, the version they were read at, and who changed it last. */
export interface Loaded<V> {
  values: V;
  version: number;
  updatedAt?: string;
  actor?: string;
}

/** Someone else saved first: their record as it is now and the fields their change touched. */
export interface Conflict<V> {
  theirs: Loaded<V>;
  touched: (keyof V & string)[];
}

export interface EditFormOptions<V> {
  initial: Loaded<V>;
  /** Argument path prefix → field name, for placing the API's messages. */
  paths: [string, keyof V & string][];
  /** Writes the changed fields (all of them on create) and returns the saved object's id. */
  save(values: V, changed: (keyof V & string)[], version: number): Promise<string>;
  /** Reads the record again after a CONFLICT (edit forms only). */
  reload?(): Promise<Loaded<V>>;
  onSaved(id: string): void;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields whose value differs between two versions of the form. */
export function differing<V extends object>(a: V, b: V): (keyof V & string)[] {
  return (Object.keys(a) as (keyof V & string)[]).filter((k) => !same(a[k], b[k]));
}

/**
 * Form state for create and edit: only changed fields are sent, the API's messages land on their fields,
 * and a stale version becomes a conflict the user resolves without losing anything typed.
 */
export function useEditForm<V extends object>(opts: EditFormOptions<V>) {
  const [base, setBase] = useState(opts.initial);
  const [values, setValues] = useState(opts.initial.values);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [conflict, setConflict] = useState<Conflict<V> | null>(null);
  const [busy, setBusy] = useState(false);

  const set = <K extends keyof V>(k: K, v: V[K]) => setValues((old) => ({ ...old, [k]: v }));

  async function run(current: V, from: Loaded<V>) {
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      const id = await opts.save(current, differing(current, from.values), from.version);
      opts.onSaved(id);
    } catch (e) {
      const sorted = sortErrors(e, opts.paths);
      if (sorted.stale && opts.reload) {
        try {
          const theirs = await opts.reload();
          setConflict({ theirs, touched: differing(from.values, theirs.values) });
        } catch (again) {
          setErrors(sortErrors(again, opts.paths));
        }
      } else setErrors(sorted);
    } finally {
      setBusy(false);
    }
  }

  return {
    values,
    set,
    errors,
    conflict,
    busy,
    changed: differing(values, base.values),
    submit: () => run(values, base),
    /** Takes their record as the base, lays my changed fields over it and saves at their version. */
    keepMine() {
      if (!conflict) return;
      const mine = differing(values, base.values);
      const merged = { ...conflict.theirs.values };
      for (const k of mine) merged[k] = values[k];
      setBase(conflict.theirs);
      setValues(merged);
      setConflict(null);
      void run(merged, conflict.theirs);
    },
    /** Drops what I typed and shows their record, ready to edit again. */
    takeTheirs() {
      if (!conflict) return;
      setBase(conflict.theirs);
      setValues(conflict.theirs.values);
      setConflict(null);
      setErrors(NO_ERRORS);
    },
  };
}
