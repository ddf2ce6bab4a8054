/** Activity: built in the next commit. */
export function ActivityPage() {
  return <h1>Activity</h1>;
}
