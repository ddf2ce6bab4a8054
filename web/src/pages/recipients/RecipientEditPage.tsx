import { useOrganization } from "../../app/context";
import { useGql } from "../../api/hooks";
import { RecipientEditLoadDocument, RecipientEditOptionsDocument } from "../../gql/graphql";
import { QueryState } from "../../components/State";
import { EditRecordPage, RecordForm } from "../../forms/EditRecordPage";
import { RecipientForm } from "./RecipientForm";
import { EMPTY_RECIPIENT, recipientLoaded } from "./RecipientFormModel";

/** Creates a recipient (`recipients/new`) or edits one (`recipients/:id/edit`), for keys that may write. */
export function RecipientEditPage() {
  return <EditRecordPage noun="recipient">{(id) => <Loader id={id} />}</EditRecordPage>;
}

function Loader({ id }: { id?: string }) {
  const { slug } = useOrganization();
  const options = useGql(RecipientEditOptionsDocument, { slug });
  // Always read the record fresh: the form's version must be the one on the server now.
  const record = useGql(RecipientEditLoadDocument, { id: id ?? "" }, { enabled: !!id, staleTime: 0, gcTime: 0 });
  return (
    <RecordForm noun="recipient" slug={slug} id={id} record={record} loaded={recipientLoaded} empty={EMPTY_RECIPIENT}>
      {(initial) => (
        <QueryState query={options} what="the organisation's recipients">
          {(o) => <RecipientForm slug={slug} id={id} initial={initial} others={o.organization?.recipients ?? []} />}
        </QueryState>
      )}
    </RecordForm>
  );
}
