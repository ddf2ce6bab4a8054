import fs from "node:fs";
import path from "node:path";

// The explorer is GraphiQL served from our own node_modules: no CDN, so it works offline.
const ASSETS: Record<string, { pkg: string; file: string; type: string }> = {
  "react.js": { pkg: "react", file: "umd/react.production.min.js", type: "text/javascript" },
  "react-dom.js": { pkg: "react-dom", file: "umd/react-dom.production.min.js", type: "text/javascript" },
  "graphiql.js": { pkg: "graphiql", file: "graphiql.min.js", type: "text/javascript" },
  "graphiql.css": { pkg: "graphiql", file: "graphiql.min.css", type: "text/css" },
  "start.js": { pkg: "", file: "", type: "text/javascript" },
};

export const EXPLORER_PREFIX = "/graphql/explorer/";

// The token arrives once in the URL fragment (never sent to the server), then lives in this tab's session storage.
const START = `const match = /token=([^&]+)/.exec(location.hash);
if (match) { sessionStorage.setItem("datamap-token", decodeURIComponent(match[1])); history.replaceState(null, "", location.pathname); }
const token = sessionStorage.getItem("datamap-token");
const headers = token ? { Authorization: "Bearer " + token } : {};
const root = ReactDOM.createRoot(document.getElementById("graphiql"));
root.render(React.createElement(GraphiQL, {
  fetcher: GraphiQL.createFetcher({ url: "/graphql", headers }),
  defaultHeaders: token ? "" : JSON.stringify({ Authorization: "Bearer <your datamap token>" }, null, 2),
  defaultQuery: "# Try: the organisations in the register, with where their data is stored.\\n{\\n  organizations {\\n    slug\\n    name\\n    storageLocations { name country { code name } euAdequacy }\\n  }\\n}\\n",
}));
`;

export function explorerPage(): string {
  const p = EXPLORER_PREFIX;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>datamap explorer</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${p}graphiql.css">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">Loading the datamap explorer…</div>
<script src="${p}react.js"></script>
<script src="${p}react-dom.js"></script>
<script src="${p}graphiql.js"></script>
<script src="${p}start.js"></script>
</body>
</html>
`;
}

const cache = new Map<string, Buffer>();

/** Returns an explorer asset by name, or null for anything else (no path is ever built from the request). */
export function explorerAsset(name: string): { body: Buffer; type: string } | null {
  const asset = Object.prototype.hasOwnProperty.call(ASSETS, name) ? ASSETS[name] : undefined;
  if (!asset) return null;
  if (name === "start.js") return { body: Buffer.from(START), type: asset.type };
  let body = cache.get(name);
  if (!body) {
    const pkgDir = path.dirname(require.resolve(`${asset.pkg}/package.json`));
    body = fs.readFileSync(path.join(pkgDir, asset.file));
    cache.set(name, body);
  }
  return { body, type: asset.type };
}
