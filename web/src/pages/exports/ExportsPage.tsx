/** Exports: built in the next commit. */
export function ExportsPage() {
  return <h1>Exports</h1>;
}
