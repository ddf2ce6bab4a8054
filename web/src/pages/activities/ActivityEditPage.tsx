import { useParams } from "react-router";
import { useOrganization } from "../../app/context";
import { useGql } from "../../api/hooks";
import { ActivityEditLoadDocument, ActivityEditOptionsDocument } from "../../gql/graphql";
import { Empty, QueryState } from "../../components/State";
import { EditGuard } from "../../forms/FormFrame";
import { ActivityForm } from "./ActivityForm";
import { activityLoaded, EMPTY_ACTIVITY } from "./ActivityFormModel";

/** Creates an activity (`activities/new`) or edits one (`activities/:id/edit`), for keys that may write. */
export function ActivityEditPage() {
  const { id } = useParams();
  const title = id ? "Edit activity" : "New activity";
  return (
    <EditGuard title={title}>
      <Loader id={id} title={title} />
    </EditGuard>
  );
}

function Loader({ id, title }: { id?: string; title: string }) {
  const { slug } = useOrganization();
  const options = useGql(ActivityEditOptionsDocument, { slug }, { staleTime: 300_000 });
  // Always read the record fresh: the form's version must be the one on the server now.
  const record = useGql(ActivityEditLoadDocument, { id: id ?? "" }, { enabled: !!id, staleTime: 0, gcTime: 0 });
  if (!id) {
    return (
      <>
        <h1>{title}</h1>
        <QueryState query={options} what="the choices for the form">
          {(o) => <ActivityForm slug={slug} initial={{ values: EMPTY_ACTIVITY, version: 0 }} options={o} />}
        </QueryState>
      </>
    );
  }
  return (
    <QueryState query={record} what="the activity">
      {(r) => {
        const loaded = activityLoaded(r);
        const node = r.node as { organization?: { slug: string } } | null;
        if (!loaded || node?.organization?.slug !== slug)
          return (
            <>
              <h1>{title}</h1>
              <Empty>No activity of this organisation has that id (it may have been deleted).</Empty>
            </>
          );
        return (
          <>
            <h1>Edit activity: {loaded.values.name}</h1>
            <QueryState query={options} what="the choices for the form">
              {(o) => <ActivityForm slug={slug} id={id} initial={loaded} options={o} />}
            </QueryState>
          </>
        );
      }}
    </QueryState>
  );
}
