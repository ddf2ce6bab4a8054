// The API key lives in this tab's session storage only: it arrives by paste or once in the URL fragment (#token=), never in a query string.
const KEY = "datamap-token";

export function readToken(): string | null {
  return sessionStorage.getItem(KEY);
}

export function saveToken(token: string): void {
  sessionStorage.setItem(KEY, token.trim());
}

export function clearToken(): void {
  sessionStorage.removeItem(KEY);
}

/** Takes a token from `#token=…` (the link the first start prints), stores it and removes it from the address bar. */
export function takeTokenFromFragment(): void {
  const m = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (!m) return;
  saveToken(decodeURIComponent(m[1]));
  history.replaceState(history.state, "", location.pathname + location.search);
}
