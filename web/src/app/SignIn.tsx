import { useState, type FormEvent } from "react";
import { saveToken } from "../api/session";

/** Asks for an API key; it is kept in this tab's session storage only. */
export function SignIn({ message, onSignedIn }: { message?: string; onSignedIn(): void }) {
  const [token, setToken] = useState("");
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!token.trim()) return;
    saveToken(token);
    onSignedIn();
  };
  return (
    <main id="main" className="signin">
      <h1>datamap</h1>
      <p>The record of processing, its data map and what the law finds missing.</p>
      <form onSubmit={submit} aria-describedby="signin-help">
        <label htmlFor="token">API key</label>
        <input id="token" name="token" type="password" autoComplete="off" value={token} onChange={(e) => setToken(e.target.value)} placeholder="dmk_…" required />
        <button type="submit">Sign in</button>
        <p id="signin-help" className="hint">
          Paste a key made with <code>datamap keys create</code>, or open the link the server printed when it first started. The key stays in this browser tab and is forgotten when
          you close it.
        </p>
        {message && (
          <p className="form-error" role="alert">
            {message}
          </p>
        )}
      </form>
    </main>
  );
}
