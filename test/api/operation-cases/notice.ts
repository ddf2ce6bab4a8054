import { expect } from "vitest";
import type { OperationCase } from "./types";

// A short notice for Leanplans written for this case: it names PayPal and no other recipient, and keeps data in Japan.
const NOTICE = [
  "# Leanplans privacy notice",
  "",
  "Shenzhen Leanplans Co., Ltd (trading as Leanplans) explains here how it uses personal data. Write to service@leanplans.com with any question.",
  "",
  "## 1. What we collect",
  "",
  "We collect your name, email address and phone number when you create an account.",
  "",
  "## 2. Who receives it",
  "",
  "We share your payment details with PayPal to process your payment.",
  "",
  "## 3. Where it is stored",
  "",
  "Your data is stored on servers in Japan.",
].join("\n");

export const cases: Record<string, OperationCase> = {
  "NoticeComparison.graphql": {
    variables: () => ({ organization: "leanplans", notice: NOTICE, format: "MARKDOWN" }),
    check: ({ noticeComparison: c }) => {
      expect(c.organization).toBe("leanplans");
      expect(c.items).toHaveLength(21);
      expect(c.items.find((i: { item: string }) => i.item === "CONTROLLER_CONTACT").present).toBe(true);
      const undisclosed = c.gaps.filter((g: { rule: string }) => g.rule === "notice-recipient-undisclosed").map((g: { subject: { name: string } }) => g.subject.name);
      expect(undisclosed).toContain("Ad networks");
      expect(undisclosed).not.toContain("PayPal");
      const japan = c.gaps.find((g: { kind: string; detail: string }) => g.kind === "NOT_RECORDED" && g.detail === "country:JP");
      expect(japan).toMatchObject({ section: "3", subject: { __typename: "Organization" }, regimes: expect.arrayContaining(["GDPR", "PIPL"]) });
      expect(japan.reference).toContain("GDPR Art 30(1)");
    },
  },
};
