/** Activities: built in the next commit. */
export function ActivitiesPage() {
  return <h1>Activities</h1>;
}
