import type { ReactNode } from "react";
import { useParams } from "react-router";
import type { ApiError } from "../api/client";
import { Empty, QueryState } from "../components/State";
import { EditGuard } from "./FormFrame";
import type { Loaded } from "./useEditForm";

/** A create-or-edit page (`…/new`, `…/:id/edit`): nothing but the guard for keys that may not write; the page's own part only when they may. */
export function EditRecordPage({ noun, children }: { noun: string; children: (id: string | undefined) => ReactNode }) {
  const { id } = useParams();
  return <EditGuard title={id ? `Edit ${noun}` : `New ${noun}`}>{children(id)}</EditGuard>;
}

type Query<T> = { isPending: boolean; error: ApiError | null; data: T | undefined };

/**
 * The heading and the form, with the values it starts from: empty for a new record; for an edit the freshly read record,
 * or "not found" when the id is no record of this organisation's (any more).
 */
export function RecordForm<T extends { node?: unknown }, V extends { name: string }>(props: {
  noun: string;
  slug: string;
  id?: string;
  record: Query<T>;
  loaded: (data: T) => Loaded<V> | null;
  empty: V;
  children: (initial: Loaded<V>) => ReactNode;
}) {
  const { noun, slug, id, record, loaded, empty, children } = props;
  if (!id) {
    return (
      <>
        <h1>New {noun}</h1>
        {children({ values: empty, version: 0 })}
      </>
    );
  }
  return (
    <QueryState query={record} what={`the ${noun}`}>
      {(r) => {
        const l = loaded(r);
        const node = r.node as { organization?: { slug: string } } | null;
        if (!l || node?.organization?.slug !== slug)
          return (
            <>
              <h1>Edit {noun}</h1>
              <Empty>No {noun} of this organisation has that id (it may have been deleted).</Empty>
            </>
          );
        return (
          <>
            <h1>
              Edit {noun}: {l.values.name}
            </h1>
            {children(l)}
          </>
        );
      }}
    </QueryState>
  );
}
