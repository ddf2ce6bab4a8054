import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useEffect, useMemo, useState } from "react";
import { BrowserRouter, Route, Routes } from "react-router";
import { useGql } from "../api/hooks";
import { whenUnauthenticated } from "../api/client";
import { clearToken, readToken } from "../api/session";
import { ViewerDocument } from "../gql/graphql";
import { ErrorBox, Loading } from "../components/State";
import { SessionContext, type Session } from "./context";
import { Home } from "./Home";
import { OrgLayout, TopBar } from "./Layout";
import { SignIn } from "./SignIn";
import { OverviewPage } from "../pages/overview/OverviewPage";
import { DataMapPage } from "../pages/datamap/DataMapPage";
import { ActivitiesPage } from "../pages/activities/ActivitiesPage";
import { ActivityPage } from "../pages/activities/ActivityPage";
import { ActivityEditPage } from "../pages/activities/ActivityEditPage";
import { RecipientsPage } from "../pages/recipients/RecipientsPage";
import { RecipientPage } from "../pages/recipients/RecipientPage";
import { RecipientEditPage } from "../pages/recipients/RecipientEditPage";
import { TransfersPage } from "../pages/transfers/TransfersPage";
import { FindingsPage } from "../pages/findings/FindingsPage";
import { ExportsPage } from "../pages/exports/ExportsPage";

/** Every page by URL, so a colleague can open the same view from a link. */
function Pages() {
  return (
    <Routes>
      <Route path="/" element={<Home />} />
      <Route path="/o/:slug" element={<OrgLayout />}>
        <Route index element={<OverviewPage />} />
        <Route path="map" element={<DataMapPage />} />
        <Route path="activities" element={<ActivitiesPage />} />
        <Route path="activities/new" element={<ActivityEditPage />} />
        <Route path="activities/:id" element={<ActivityPage />} />
        <Route path="activities/:id/edit" element={<ActivityEditPage />} />
        <Route path="recipients" element={<RecipientsPage />} />
        <Route path="recipients/new" element={<RecipientEditPage />} />
        <Route path="recipients/:id" element={<RecipientPage />} />
        <Route path="recipients/:id/edit" element={<RecipientEditPage />} />
        <Route path="transfers" element={<TransfersPage />} />
        <Route path="findings" element={<FindingsPage />} />
        <Route path="exports" element={<ExportsPage />} />
      </Route>
      <Route
        path="*"
        element={
          <main id="main" className="page">
            <h1>Page not found</h1>
            <p>
              There is no page at this address. <a href="/">Back to the organisations</a>.
            </p>
          </main>
        }
      />
    </Routes>
  );
}

/** Loads who the key is; a refused key goes back to sign-in with the reason. */
function SignedIn({ onSignOut }: { onSignOut(reason?: string): void }) {
  const viewer = useGql(ViewerDocument, {}, { staleTime: Infinity, retry: false });
  const session = useMemo<Session | null>(
    () => (viewer.data ? { viewer: viewer.data.viewer, organizations: viewer.data.organizations, canEdit: viewer.data.viewer.role !== "VIEWER", signOut: () => onSignOut() } : null),
    [viewer.data, onSignOut],
  );
  if (viewer.error) {
    if (viewer.error.status === 401) {
      onSignOut(viewer.error.message);
      return null;
    }
    return (
      <main id="main" className="page">
        <ErrorBox error={viewer.error} what="your key" />
      </main>
    );
  }
  if (!session) {
    return (
      <main id="main" className="page">
        <Loading what="your key" />
      </main>
    );
  }
  return (
    <SessionContext.Provider value={session}>
      <TopBar />
      <Pages />
    </SessionContext.Provider>
  );
}

export function App() {
  const client = useMemo(() => new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false, retry: 1, staleTime: 30_000 } } }), []);
  const [token, setToken] = useState(readToken());
  const [message, setMessage] = useState<string | undefined>();
  const signOut = useMemo(
    () => (reason?: string) => {
      clearToken();
      client.clear();
      setMessage(reason ? `That key was refused: ${reason}.` : undefined);
      setToken(null);
    },
    [client],
  );
  useEffect(() => whenUnauthenticated(() => signOut("the server no longer accepts it")), [signOut]);
  return (
    <QueryClientProvider client={client}>
      <BrowserRouter>
        {token ? (
          <SignedIn key={token} onSignOut={signOut} />
        ) : (
          <SignIn
            message={message}
            onSignedIn={() => {
              setMessage(undefined);
              setToken(readToken());
            }}
          />
        )}
      </BrowserRouter>
    </QueryClientProvider>
  );
}
