/** Data Map: built in the next commit. */
export function DataMapPage() {
  return <h1>Data Map</h1>;
}
