import { useOrganization } from "../../app/context";
import { useGql } from "../../api/hooks";
import { ActivityEditLoadDocument, ActivityEditOptionsDocument } from "../../gql/graphql";
import { QueryState } from "../../components/State";
import { EditRecordPage, RecordForm } from "../../forms/EditRecordPage";
import { ActivityForm } from "./ActivityForm";
import { activityLoaded, EMPTY_ACTIVITY } from "./ActivityFormModel";

/** Creates an activity (`activities/new`) or edits one (`activities/:id/edit`), for keys that may write. */
export function ActivityEditPage() {
  return <EditRecordPage noun="activity">{(id) => <Loader id={id} />}</EditRecordPage>;
}

function Loader({ id }: { id?: string }) {
  const { slug } = useOrganization();
  const options = useGql(ActivityEditOptionsDocument, { slug }, { staleTime: 300_000 });
  // Always read the record fresh: the form's version must be the one on the server now.
  const record = useGql(ActivityEditLoadDocument, { id: id ?? "" }, { enabled: !!id, staleTime: 0, gcTime: 0 });
  return (
    <RecordForm noun="activity" slug={slug} id={id} record={record} loaded={activityLoaded} empty={EMPTY_ACTIVITY}>
      {(initial) => (
        <QueryState query={options} what="the choices for the form">
          {(o) => <ActivityForm slug={slug} id={id} initial={initial} options={o} />}
        </QueryState>
      )}
    </RecordForm>
  );
}
