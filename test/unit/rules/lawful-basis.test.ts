import { describe, expect, it } from "vitest";
import { activity, claim, expectNone, expectOne, piplActivity, piplRecord, record, disclosure } from "./fixture";

const gdpr = (over: Parameters<typeof activity>[0]) => record({ activities: [activity(over)] });
const pipl = (over: Parameters<typeof activity>[0]) => piplRecord({ activities: [piplActivity(over)] });

describe("gdpr-art6-no-basis", () => {
  it("fires when GDPR reaches the activity and it has no Art 6 basis", () => {
    expectOne("gdpr-art6-no-basis", gdpr({ legalBases: [claim("PIPL", "13-2"), claim("GDPR", "A9-2-a")] }), "HIGH", '"Payments"', "no GDPR Art 6(1) lawful basis");
  });
  it("does not fire when the activity claims the basis under UK GDPR, whose Art 6(1) is the same text", () => {
    expectNone("gdpr-art6-no-basis", gdpr({ legalBases: [claim("UK_GDPR", "A6-1-b")] }));
  });
  it("does not fire with a GDPR lawful basis", () => {
    expectNone("gdpr-art6-no-basis", gdpr({ legalBases: [claim("GDPR", "A6-1-c")] }));
  });
  it("does not fire where only PIPL reaches", () => {
    expectNone("gdpr-art6-no-basis", pipl({ legalBases: [claim("PIPL", "13-2")] }));
  });
});

describe("gdpr-art9-no-condition", () => {
  const health = { dataCategories: ["user.health_and_medical.genetic"] };
  it("fires on special-category data (inherited from an ancestor) without an Art 9(2) condition", () => {
    expectOne("gdpr-art9-no-condition", gdpr(health), "HIGH", '"Payments"', '"user.health_and_medical.genetic"');
  });
  it("also looks at categories named only in disclosures", () => {
    expectOne("gdpr-art9-no-condition", gdpr({ disclosures: [disclosure("nobody", ["user.biometric"])] }), "HIGH", '"user.biometric"');
  });
  it("does not fire with an Art 9(2) condition", () => {
    expectNone("gdpr-art9-no-condition", gdpr({ ...health, legalBases: [claim("GDPR", "A6-1-b"), claim("GDPR", "A9-2-h")] }));
  });
  it("does not treat a PIPL-only sensitive category as special category", () => {
    expectNone("gdpr-art9-no-condition", gdpr({ dataCategories: ["user.financial.bank_account"] }));
  });
});

describe("gdpr-art10-no-basis", () => {
  const criminal = { dataCategories: ["user.criminal_history"] };
  it("fires on criminal-offence data without A10", () => {
    expectOne("gdpr-art10-no-basis", gdpr(criminal), "HIGH", '"Payments"', '"user.criminal_history"', "Art 10");
  });
  it("does not fire with A10 recorded", () => {
    expectNone("gdpr-art10-no-basis", gdpr({ ...criminal, legalBases: [claim("GDPR", "A6-1-c"), claim("GDPR", "A10")] }));
  });
});

describe("gdpr-consent-by-continued-use", () => {
  it("fires on A6-1-a obtained by continued use", () => {
    expectOne("gdpr-consent-by-continued-use", gdpr({ legalBases: [claim("GDPR", "A6-1-a", { consentMechanism: "CONTINUED_USE" })] }), "HIGH", '"Payments"', '"A6-1-a"', "continued use");
  });
  it("also covers explicit consent to special-category data (A9-2-a)", () => {
    expectOne("gdpr-consent-by-continued-use", gdpr({ legalBases: [claim("GDPR", "A6-1-b"), claim("GDPR", "A9-2-a", { consentMechanism: "CONTINUED_USE" })] }), "HIGH", '"A9-2-a"');
  });
  it("does not fire on opt-in consent", () => {
    expectNone("gdpr-consent-by-continued-use", gdpr({ legalBases: [claim("GDPR", "A6-1-a", { consentMechanism: "OPT_IN" })] }));
  });
  it("does not fire on a PIPL consent by continued use", () => {
    expectNone("gdpr-consent-by-continued-use", gdpr({ legalBases: [claim("GDPR", "A6-1-b"), claim("PIPL", "13-1", { consentMechanism: "CONTINUED_USE" })] }));
  });
});

describe("consent by continued use or opt-out beside another basis", () => {
  it("is MEDIUM, and says so, when another Art 6 basis carries the same activity", () => {
    const f = expectOne(
      "gdpr-consent-by-continued-use",
      gdpr({ legalBases: [claim("GDPR", "A6-1-a", { consentMechanism: "CONTINUED_USE" }), claim("GDPR", "A6-1-b")] }),
      "MEDIUM",
      '"A6-1-a"',
      'also claims "A6-1-b"',
      "another basis exists",
    );
    expect(f.reference).toBe("GDPR Art 4(11), Art 7");
  });
  it("stays HIGH when the only other claim is itself invalid consent", () => {
    expectOne("gdpr-consent-opt-out", gdpr({ legalBases: [claim("GDPR", "A6-1-a", { consentMechanism: "OPT_OUT" }), claim("GDPR", "A6-1-a", { consentMechanism: "CONTINUED_USE" })] }), "HIGH");
  });
  it("looks for another Art 9(2) condition, not an Art 6 basis, beside invalid explicit consent", () => {
    const special = (extra: ReturnType<typeof claim>[]) => gdpr({ legalBases: [claim("GDPR", "A6-1-b"), claim("GDPR", "A9-2-a", { consentMechanism: "OPT_OUT" }), ...extra] });
    expectOne("gdpr-consent-opt-out", special([]), "HIGH");
    expectOne("gdpr-consent-opt-out", special([claim("GDPR", "A9-2-h")]), "MEDIUM", '"A9-2-h"');
  });
});

describe("gdpr-consent-mechanism-unknown", () => {
  it("asks how consent is obtained when the record does not say", () => {
    expectOne("gdpr-consent-mechanism-unknown", gdpr({ legalBases: [claim("GDPR", "A6-1-a")] }), "LOW", '"Payments"', '"A6-1-a"', "does not say how it is obtained");
  });
  it("does not fire once the mechanism is recorded, nor for other bases", () => {
    expectNone("gdpr-consent-mechanism-unknown", gdpr({ legalBases: [claim("GDPR", "A6-1-a", { consentMechanism: "OPT_IN" })] }));
    expectNone("gdpr-consent-mechanism-unknown", gdpr({ legalBases: [claim("GDPR", "A6-1-b")] }));
  });
});

describe("gdpr-consent-opt-out", () => {
  it("fires on explicit consent (A9-2-a) obtained by opt-out", () => {
    expectOne("gdpr-consent-opt-out", gdpr({ legalBases: [claim("GDPR", "A6-1-b"), claim("GDPR", "A9-2-a", { consentMechanism: "OPT_OUT" })] }), "HIGH", '"Payments"', '"A9-2-a"', "opt-out");
  });
  it("does not fire on explicit consent", () => {
    expectNone("gdpr-consent-opt-out", gdpr({ legalBases: [claim("GDPR", "A6-1-b"), claim("GDPR", "A9-2-a", { consentMechanism: "EXPLICIT" })] }));
  });
});

describe("pipl-consent-by-continued-use", () => {
  it("fires on PIPL 13-1 obtained by continued use", () => {
    expectOne("pipl-consent-by-continued-use", pipl({ legalBases: [claim("PIPL", "13-1", { consentMechanism: "CONTINUED_USE" })] }), "HIGH", '"Payments"', '"13-1"', "continued use");
  });
  it("does not fire on explicit consent", () => {
    expectNone("pipl-consent-by-continued-use", pipl({ legalBases: [claim("PIPL", "13-1", { consentMechanism: "EXPLICIT" })] }));
  });
  it("does not fire where PIPL does not reach", () => {
    expectNone("pipl-consent-by-continued-use", gdpr({ legalBases: [claim("GDPR", "A6-1-b"), claim("PIPL", "13-1", { consentMechanism: "CONTINUED_USE" })] }));
  });
});

describe("pipl-consent-opt-out", () => {
  it("fires on a separate consent obtained by opt-out (less grave beside a basis other than consent)", () => {
    expectOne("pipl-consent-opt-out", pipl({ legalBases: [claim("PIPL", "13-2"), claim("PIPL", "39", { consentMechanism: "OPT_OUT" })] }), "MEDIUM", '"Payments"', '"39"');
  });
  it("does not fire on an explicit separate consent", () => {
    expectNone("pipl-consent-opt-out", pipl({ legalBases: [claim("PIPL", "13-2"), claim("PIPL", "39", { consentMechanism: "EXPLICIT" })] }));
  });
});

describe("gdpr-legitimate-interests-marketing", () => {
  const base = { purposes: ["marketing.advertising.first_party"], legalBases: [claim("GDPR", "A6-1-f")] };
  it("fires on marketing under legitimate interests without an assessment", () => {
    expectOne("gdpr-legitimate-interests-marketing", gdpr(base), "MEDIUM", '"Payments"', '"marketing.advertising.first_party"');
  });
  it("also matches the marketing root key itself", () => {
    expectOne("gdpr-legitimate-interests-marketing", gdpr({ ...base, purposes: ["marketing"] }), "MEDIUM");
  });
  it("does not fire once the assessment is recorded", () => {
    expectNone("gdpr-legitimate-interests-marketing", gdpr({ ...base, legalBases: [claim("GDPR", "A6-1-f", { assessment: "LIA-2025-03" })] }));
  });
  it("does not fire for other purposes or other bases", () => {
    expectNone("gdpr-legitimate-interests-marketing", gdpr({ ...base, purposes: ["marketingish", "essential.service"] }));
    expectNone("gdpr-legitimate-interests-marketing", gdpr({ ...base, legalBases: [claim("GDPR", "A6-1-a", { consentMechanism: "OPT_IN" })] }));
  });
});

describe("pipl-no-basis", () => {
  it("fires when PIPL reaches the activity and it has no PIPL basis", () => {
    const f = expectOne("pipl-no-basis", pipl({ legalBases: [claim("GDPR", "A6-1-f"), claim("PIPL", "29")] }), "HIGH", '"Payments"', "no PIPL Art 13 basis");
    expect(f.regime).toBe("PIPL");
  });
  it("does not fire with a PIPL Art 13 basis", () => {
    expectNone("pipl-no-basis", pipl({ legalBases: [claim("PIPL", "13-2")] }));
  });
  it("does not fire where PIPL does not reach", () => {
    expectNone("pipl-no-basis", gdpr({}));
  });
});
