import { useNavigate } from "react-router";
import { useOrgPath } from "../../app/context";
import { request } from "../../api/client";
import { useGqlMutation } from "../../api/hooks";
import { RecipientEditCreateDocument, RecipientEditLoadDocument, RecipientEditUpdateDocument, type DpaStatus, type RecipientEditOptionsQuery, type RecipientKind, type RecipientRole } from "../../gql/graphql";
import { ConflictPanel } from "../../forms/ConflictPanel";
import { described, FieldError, Hint, SelectField, TextArea, TextField, words } from "../../forms/Field";
import { EditForm } from "../../forms/FormFrame";
import { useEditForm, type Loaded } from "../../forms/useEditForm";
import { DPA, KINDS, RECIPIENT_LABELS, RECIPIENT_PATHS, recipientChanges, recipientCreate, recipientLoaded, ROLES, type RecipientField, type RecipientValues } from "./RecipientFormModel";
import "../../forms/forms.css";

type Others = NonNullable<RecipientEditOptionsQuery["organization"]>["recipients"];

/** The create and edit form of a recipient; `id` absent means a new one. */
export function RecipientForm({ slug, id, initial, others }: { slug: string; id?: string; initial: Loaded<RecipientValues>; others: Others }) {
  const navigate = useNavigate();
  const path = useOrgPath();
  const create = useGqlMutation(RecipientEditCreateDocument);
  const update = useGqlMutation(RecipientEditUpdateDocument);
  const form = useEditForm<RecipientValues>({
    initial,
    paths: RECIPIENT_PATHS,
    async save(v, changed, version) {
      if (!id) return (await create.mutateAsync({ input: recipientCreate(v, slug) })).createRecipient.recipient.id;
      return (await update.mutateAsync({ id, expectedVersion: version, input: recipientChanges(v, changed) })).updateRecipient.recipient.id;
    },
    reload: id
      ? async () => {
          const l = recipientLoaded(await request(RecipientEditLoadDocument, { id }));
          if (!l) throw new Error("The recipient has been deleted meanwhile.");
          return l;
        }
      : undefined,
    onSaved: (saved) => navigate(path(`recipients/${encodeURIComponent(saved)}`)),
  });
  const { values: v, set, errors: e } = form;
  const err = e.fields as Partial<Record<RecipientField, string>>;
  const nameOf = (rid: string) => others.find((r) => r.id === rid)?.name ?? rid;
  const show = (field: RecipientField, value: unknown): string => {
    if (field === "parent") return value ? nameOf(String(value)) : "";
    if (field === "named") return value ? "yes" : "no (a category of recipients)";
    if (field === "kind" || field === "role" || field === "dpaStatus") return value ? words(String(value)) : "";
    return String(value ?? "");
  };
  // A recipient cannot engage itself; the API refuses longer cycles with its own message.
  const parents = others.filter((r) => r.id !== id);

  return (
    <>
      {form.conflict && <ConflictPanel conflict={form.conflict} mine={v} changed={form.changed} labels={RECIPIENT_LABELS} show={show} onKeepMine={form.keepMine} onTakeTheirs={form.takeTheirs} busy={form.busy} />}
      <EditForm
        label={id ? "Edit the recipient" : "New recipient"}
        errors={e}
        busy={form.busy}
        cancelTo={id ? path(`recipients/${encodeURIComponent(id)}`) : path("recipients")}
        saveLabel={id ? "Save changes" : "Create recipient"}
        onSubmit={form.submit}
      >
        <TextField id="f-name" label="Name" required value={v.name} onChange={(x) => set("name", x)} error={err.name} hint="The company, or the category of recipients (e.g. Ad networks)." />
        {id ? (
          <p className="hint">
            Key: <code>{v.key}</code>
          </p>
        ) : (
          <TextField id="f-key" label="Key" value={v.key} onChange={(x) => set("key", x)} error={err.key} hint="Kebab-case, unique in the organisation; made from the name when left empty." />
        )}
        <div className="field">
          <label>
            <input type="checkbox" checked={v.named} onChange={(x) => set("named", x.target.checked)} {...described("f-named", err.named, "hint")} /> A named company
          </label>
          <Hint id="f-named">Untick for a category of recipients rather than one company.</Hint>
          <FieldError id="f-named" error={err.named} />
        </div>
        <div className="row-inline">
          <SelectField id="f-kind" label="Kind" required value={v.kind} onChange={(x) => set("kind", x as RecipientKind)} options={[["", "Choose…"], ...KINDS.map((k): [string, string] => [k, words(k)])]} error={err.kind} />
          <SelectField id="f-role" label="Role in law" value={v.role} onChange={(x) => set("role", x as RecipientRole | "")} options={[["", "Not known"], ...ROLES.map((k): [string, string] => [k, words(k)])]} error={err.role} />
        </div>
        <TextField id="f-category" label="Category" value={v.category} onChange={(x) => set("category", x)} error={err.category} hint="Kind of business, e.g. Payment processor." />
        <TextField id="f-country" label="Country" value={v.country} onChange={(x) => set("country", x)} error={err.country} hint="ISO 3166-1 alpha-2 code in capitals, e.g. US or HK; empty when not known." />
        <fieldset>
          <legend>Data-processing agreement</legend>
          <div className="row-inline">
            <SelectField id="f-dpaStatus" label="Status" value={v.dpaStatus} onChange={(x) => set("dpaStatus", x as DpaStatus)} options={DPA.map((d): [string, string] => [d, words(d)])} error={err.dpaStatus} />
            <TextField id="f-dpaDate" label="Signed on" type="date" value={v.dpaDate} onChange={(x) => set("dpaDate", x)} error={err.dpaDate} />
          </div>
          <TextField id="f-dpaUrl" label="Link to the agreement" type="url" value={v.dpaUrl} onChange={(x) => set("dpaUrl", x)} error={err.dpaUrl} hint="An http(s) address." />
        </fieldset>
        <SelectField
          id="f-parent"
          label="Sub-processor of"
          value={v.parent}
          onChange={(x) => set("parent", x)}
          options={[["", "Nobody: engaged directly"], ...parents.map((r): [string, string] => [r.id, r.name])]}
          error={err.parent}
        />
        <TextArea id="f-description" label="Description" value={v.description} onChange={(x) => set("description", x)} error={err.description} hint="What the recipient does with the data." />
      </EditForm>
    </>
  );
}
