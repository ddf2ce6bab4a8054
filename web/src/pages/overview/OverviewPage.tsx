/** Overview: built in the next commit. */
export function OverviewPage() {
  return <h1>Overview</h1>;
}
