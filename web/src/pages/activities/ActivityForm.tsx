import { useMemo } from "react";
import { useNavigate } from "react-router";
import { useOrgPath } from "../../app/context";
import { request } from "../../api/client";
import { useGqlMutation } from "../../api/hooks";
import { ActivityEditCreateDocument, ActivityEditLoadDocument, ActivityEditUpdateDocument, type ActivityEditOptionsQuery, type RetentionTrigger } from "../../gql/graphql";
import { ConflictPanel } from "../../forms/ConflictPanel";
import { SelectField, TextArea, TextField, words } from "../../forms/Field";
import { EditForm } from "../../forms/FormFrame";
import { MultiPick, type PickOption } from "../../forms/MultiPick";
import { useEditForm, type Loaded } from "../../forms/useEditForm";
import { ActivityFormClaims } from "./ActivityFormClaims";
import { ActivityFormDisclosures } from "./ActivityFormDisclosures";
import { ACTIVITY_LABELS, ACTIVITY_PATHS, activityChanges, activityCreate, activityLoaded, type ActivityField, type ActivityValues, type ClaimValue, type DisclosureValue } from "./ActivityFormModel";
import "../../forms/forms.css";

const TRIGGERS: RetentionTrigger[] = ["ACCOUNT_CLOSURE", "END_OF_SERVICE", "PURPOSE_FULFILLED", "LEGAL_HOLD_END", "OTHER"];

type Options = ActivityEditOptionsQuery;

/** The create and edit form of a processing activity; `id` absent means a new one. */
export function ActivityForm({ slug, id, initial, options }: { slug: string; id?: string; initial: Loaded<ActivityValues>; options: Options }) {
  const navigate = useNavigate();
  const path = useOrgPath();
  const create = useGqlMutation(ActivityEditCreateDocument);
  const update = useGqlMutation(ActivityEditUpdateDocument);
  const org = options.organization;

  const pick = useMemo(() => {
    const cat: PickOption[] = options.dataCategories.filter((c) => !c.deprecated).map((c) => ({ value: c.key, label: c.name, detail: c.key }));
    return {
      purposes: options.purposes.map((p) => ({ value: p.key, label: p.name, detail: p.key })),
      categories: cat,
      subjects: options.dataSubjectCategories.map((s) => ({ value: s.key, label: s.name })),
      locations: (org?.storageLocations ?? []).map((l) => ({ value: l.id, label: l.name, detail: [l.region, l.country.code].filter(Boolean).join(", ") })),
    };
  }, [options, org]);

  const form = useEditForm<ActivityValues>({
    initial,
    paths: ACTIVITY_PATHS,
    async save(v, changed, version) {
      if (!id) return (await create.mutateAsync({ input: activityCreate(v, slug) })).createProcessingActivity.processingActivity.id;
      const d = await update.mutateAsync({ id, expectedVersion: version, input: activityChanges(v, changed) });
      return d.updateProcessingActivity.processingActivity.id;
    },
    reload: id
      ? async () => {
          const l = activityLoaded(await request(ActivityEditLoadDocument, { id }));
          if (!l) throw new Error("The activity has been deleted meanwhile.");
          return l;
        }
      : undefined,
    onSaved: (saved) => navigate(path(`activities/${encodeURIComponent(saved)}`)),
  });
  const { values: v, set, errors: e } = form;
  const err = e.fields as Partial<Record<ActivityField, string>>;

  const nameOf = (list: PickOption[]) => (keys: unknown) => (keys as string[]).map((k) => list.find((o) => o.value === k)?.label ?? k).join(", ");
  const show = (field: ActivityField, value: unknown): string => {
    switch (field) {
      case "purposes":
        return nameOf(pick.purposes)(value);
      case "dataCategories":
        return nameOf(pick.categories)(value);
      case "dataSubjects":
        return nameOf(pick.subjects)(value);
      case "storageLocations":
        return nameOf(pick.locations)(value);
      case "legalBases":
        return (value as ClaimValue[]).map((c) => `${c.regime} ${c.code}`).join(", ");
      case "disclosures":
        return (value as DisclosureValue[]).map((d) => `${org?.recipients.find((r) => r.id === d.recipient)?.name ?? d.recipient} (${d.dataCategories.join(", ")})`).join("; ");
      default:
        return String(value ?? "");
    }
  };
  const chosenCategories = pick.categories.filter((c) => v.dataCategories.includes(c.value));

  return (
    <>
      {form.conflict && <ConflictPanel conflict={form.conflict} mine={v} changed={form.changed} labels={ACTIVITY_LABELS} show={show} onKeepMine={form.keepMine} onTakeTheirs={form.takeTheirs} busy={form.busy} />}
      <EditForm
        label={id ? "Edit the activity" : "New activity"}
        errors={e}
        busy={form.busy}
        cancelTo={id ? path(`activities/${encodeURIComponent(id)}`) : path("activities")}
        saveLabel={id ? "Save changes" : "Create activity"}
        onSubmit={form.submit}
      >
        <TextField id="f-name" label="Name" required value={v.name} onChange={(x) => set("name", x)} error={err.name} hint="At most 200 characters." />
        {id ? (
          <p className="hint">
            Key: <code>{v.key}</code>
          </p>
        ) : (
          <TextField id="f-key" label="Key" value={v.key} onChange={(x) => set("key", x)} error={err.key} hint="Kebab-case, unique in the organisation, e.g. account-management; made from the name when left empty." />
        )}
        <TextArea id="f-description" label="Description" value={v.description} onChange={(x) => set("description", x)} error={err.description} />
        <MultiPick id="f-purposes" legend="Purposes" options={pick.purposes} selected={v.purposes} onChange={(x) => set("purposes", x)} error={err.purposes} />
        <MultiPick id="f-dataCategories" legend="Data categories" options={pick.categories} selected={v.dataCategories} onChange={(x) => set("dataCategories", x)} error={err.dataCategories} />
        <MultiPick id="f-dataSubjects" legend="Data subjects" options={pick.subjects} selected={v.dataSubjects} onChange={(x) => set("dataSubjects", x)} error={err.dataSubjects} />
        <ActivityFormClaims claims={v.legalBases} bases={options.legalBases} onChange={(x) => set("legalBases", x)} error={err.legalBases} />
        <MultiPick
          id="f-storageLocations"
          legend="Storage locations"
          options={pick.locations}
          selected={v.storageLocations}
          onChange={(x) => set("storageLocations", x)}
          error={err.storageLocations}
          hint={pick.locations.length ? undefined : "The organisation has no storage locations yet."}
        />
        <fieldset>
          <legend>Retention</legend>
          <TextArea id="f-retentionDescription" label="Retention rule in words" value={v.retentionDescription} onChange={(x) => set("retentionDescription", x)} error={err.retentionDescription} />
          <div className="row-inline">
            <TextField id="f-retentionPeriod" label="Period" value={v.retentionPeriod} onChange={(x) => set("retentionPeriod", x)} error={err.retentionPeriod} hint="ISO 8601 duration: P6M is six months, P2Y two years, P30D thirty days." />
            <SelectField
              id="f-retentionTrigger"
              label="Counted from"
              value={v.retentionTrigger}
              onChange={(x) => set("retentionTrigger", x as RetentionTrigger | "")}
              options={[["", "Not stated"], ...TRIGGERS.map((t): [string, string] => [t, words(t)])]}
              error={err.retentionTrigger}
            />
          </div>
        </fieldset>
        <ActivityFormDisclosures rows={v.disclosures} recipients={org?.recipients ?? []} categories={chosenCategories} onChange={(x) => set("disclosures", x)} error={err.disclosures} />
      </EditForm>
    </>
  );
}
