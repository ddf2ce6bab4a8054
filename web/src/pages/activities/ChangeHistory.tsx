import { useGql } from "../../api/hooks";
import { ActivityHistoryDocument } from "../../gql/graphql";
import { QueryState, Empty } from "../../components/State";
import { changeValue, when, words } from "./labels";

/** Field changes as old → new, the old value struck through so the direction reads without colour. */
export function FieldChanges({ changes }: { changes: readonly { field: string; old: unknown; new: unknown }[] }) {
  if (!changes.length) return <span className="muted">no field changes</span>;
  return (
    <ul className="plain-list">
      {changes.map((c) => (
        <li key={c.field}>
          <strong>{c.field}</strong>: <span className="change-old">{changeValue(c.old)}</span> → <span className="change-new">{changeValue(c.new)}</span>
        </li>
      ))}
    </ul>
  );
}

/** Every change to one object (activity or recipient), newest first: version, when, who, what. */
export function ChangeHistory({ id, headingId = "s-history" }: { id: string; headingId?: string }) {
  const history = useGql(ActivityHistoryDocument, { id });
  return (
    <section className="record-section" aria-labelledby={headingId}>
      <h2 id={headingId}>History</h2>
      <QueryState query={history} what="the history">
        {(d) =>
          d.history.length === 0 ? (
            <Empty>No change is recorded.</Empty>
          ) : (
            <table className="data history-table">
              <thead>
                <tr>
                  <th scope="col">Version</th>
                  <th scope="col">When</th>
                  <th scope="col">Who</th>
                  <th scope="col">What</th>
                  <th scope="col">Fields: old → new</th>
                </tr>
              </thead>
              <tbody>
                {d.history.map((h) => (
                  <tr key={h.version}>
                    <td>{h.version}</td>
                    <td>
                      <time dateTime={h.at}>{when(h.at)}</time>
                    </td>
                    <td>{h.actor}</td>
                    <td>{words(h.operation)}</td>
                    <td>{h.operation === "CREATE" ? <span className="muted">created with {h.changes.length} fields</span> : <FieldChanges changes={h.changes} />}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryState>
    </section>
  );
}
