/** Recipient Edit: built in the next commit. */
export function RecipientEditPage() {
  return <h1>Recipient Edit</h1>;
}
