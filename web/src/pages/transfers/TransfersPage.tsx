/** Transfers: built in the next commit. */
export function TransfersPage() {
  return <h1>Transfers</h1>;
}
