import { useAsOf, useOrganization } from "../../app/context";
import { OrganizationPanel } from "./OrganizationPanel";
import { FindingsPanel } from "./FindingsPanel";
import { TransfersPanel } from "./TransfersPanel";
import { ReachPanel } from "./ReachPanel";
import { ChangesPanel } from "./ChangesPanel";
import "./overview.css";

/** The organisation at a glance: who it is, how big its record is, what is wrong, where data goes, which laws apply, what changed. */
export function OverviewPage() {
  const { slug, organization } = useOrganization();
  const asOf = useAsOf();
  return (
    <>
      <h1>{organization?.name ?? slug}: overview</h1>
      <OrganizationPanel slug={slug} asOf={asOf} />
      <div className="overview-grid">
        <FindingsPanel slug={slug} asOf={asOf} />
        <ReachPanel slug={slug} asOf={asOf} />
        <TransfersPanel slug={slug} asOf={asOf} />
        <ChangesPanel slug={slug} asOf={asOf} />
      </div>
    </>
  );
}
