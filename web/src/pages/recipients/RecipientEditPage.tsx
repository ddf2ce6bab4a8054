import { useParams } from "react-router";
import { useOrganization } from "../../app/context";
import { useGql } from "../../api/hooks";
import { RecipientEditLoadDocument, RecipientEditOptionsDocument } from "../../gql/graphql";
import { Empty, QueryState } from "../../components/State";
import { EditGuard } from "../../forms/FormFrame";
import { RecipientForm } from "./RecipientForm";
import { EMPTY_RECIPIENT, recipientLoaded } from "./RecipientFormModel";

/** Creates a recipient (`recipients/new`) or edits one (`recipients/:id/edit`), for keys that may write. */
export function RecipientEditPage() {
  const { id } = useParams();
  const title = id ? "Edit recipient" : "New recipient";
  return (
    <EditGuard title={title}>
      <Loader id={id} title={title} />
    </EditGuard>
  );
}

function Loader({ id, title }: { id?: string; title: string }) {
  const { slug } = useOrganization();
  const options = useGql(RecipientEditOptionsDocument, { slug });
  // Always read the record fresh: the form's version must be the one on the server now.
  const record = useGql(RecipientEditLoadDocument, { id: id ?? "" }, { enabled: !!id, staleTime: 0, gcTime: 0 });
  const form = (initial: Parameters<typeof RecipientForm>[0]["initial"]) => (
    <QueryState query={options} what="the organisation's recipients">
      {(o) => <RecipientForm slug={slug} id={id} initial={initial} others={o.organization?.recipients ?? []} />}
    </QueryState>
  );
  if (!id) {
    return (
      <>
        <h1>{title}</h1>
        {form({ values: EMPTY_RECIPIENT, version: 0 })}
      </>
    );
  }
  return (
    <QueryState query={record} what="the recipient">
      {(r) => {
        const loaded = recipientLoaded(r);
        const node = r.node as { organization?: { slug: string } } | null;
        if (!loaded || node?.organization?.slug !== slug)
          return (
            <>
              <h1>{title}</h1>
              <Empty>No recipient of this organisation has that id (it may have been deleted).</Empty>
            </>
          );
        return (
          <>
            <h1>Edit recipient: {loaded.values.name}</h1>
            {form(loaded)}
          </>
        );
      }}
    </QueryState>
  );
}
