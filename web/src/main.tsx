import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { takeTokenFromFragment } from "./api/session";
import { App } from "./app/App";
import "./styles.css";

takeTokenFromFragment();
createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
