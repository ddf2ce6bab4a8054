import { useState } from "react";
import { download } from "../../api/client";
import { useAsOf, useOrganization } from "../../app/context";
import { exportPath, FORMATS, type ExportFormat } from "./formats";
import "./exports.css";

type Outcome = { ok: true; text: string } | { ok: false; text: string };

/** Downloads of the record and its findings, as they stand now or as of the instant shown. */
export function ExportsPage() {
  const { slug, organization } = useOrganization();
  const asOf = useAsOf();
  const [processor, setProcessor] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const get = async (f: ExportFormat) => {
    if (busy) return;
    setBusy(f.format);
    setOutcome(null);
    try {
      const name = await download(exportPath(slug, f, asOf, processor));
      setOutcome({ ok: true, text: `Downloaded ${name}` });
    } catch (e) {
      setOutcome({ ok: false, text: `Could not download the ${f.label}: ${(e as Error).message}` });
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      <h1>Exports{organization ? `: ${organization.name}` : ""}</h1>
      <p className="hint">
        {asOf ? `Every file shows the record as it stood on ${asOf.slice(0, 10)}.` : "Every file shows the record as it stands now."} Files are made on the
        server with your key.
      </p>
      <div className="filters">
        <div className="check">
          <label>
            <input type="checkbox" checked={processor} onChange={(e) => setProcessor(e.target.checked)} /> Processor’s record (Art 30(2)) for the reports
          </label>
        </div>
      </div>
      <p role="status" className={outcome?.ok ? "export-ok" : undefined}>
        {outcome?.ok ? outcome.text : busy ? "Preparing the file…" : ""}
      </p>
      {outcome && !outcome.ok && (
        <p role="alert" className="state state-error">
          {outcome.text}
        </p>
      )}
      <ul className="exports">
        {FORMATS.map((f) => (
          <li key={f.format} className="card">
            <button type="button" onClick={() => get(f)} aria-disabled={busy !== null} aria-describedby={`export-${f.format}`}>
              Download {f.label}
            </button>
            <p id={`export-${f.format}`}>
              {f.purpose}
              {f.report && processor && <span className="muted"> As the processor’s record.</span>}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
