import { Link } from "react-router";
import { useSession } from "./context";
import { Empty } from "../components/State";

/** The organisations this key may see; one of them opens its overview. */
export function Home() {
  const { organizations } = useSession();
  return (
    <main id="main" className="page">
      <h1>Organisations</h1>
      {organizations.length === 0 ? (
        <Empty>This key may see no organisation.</Empty>
      ) : (
        <ul className="cards">
          {organizations.map((o) => (
            <li key={o.id} className="card">
              <Link to={`/o/${encodeURIComponent(o.slug)}`}>
                <strong>{o.name}</strong>
              </Link>
              <span className="muted"> {o.country ? o.country.name : "country not recorded"}</span>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
