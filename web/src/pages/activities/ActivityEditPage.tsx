/** Activity Edit: built in the next commit. */
export function ActivityEditPage() {
  return <h1>Activity Edit</h1>;
}
