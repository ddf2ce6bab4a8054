/** Recipient: built in the next commit. */
export function RecipientPage() {
  return <h1>Recipient</h1>;
}
