/** Recipients: built in the next commit. */
export function RecipientsPage() {
  return <h1>Recipients</h1>;
}
