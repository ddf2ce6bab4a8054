/** Findings: built in the next commit. */
export function FindingsPage() {
  return <h1>Findings</h1>;
}
