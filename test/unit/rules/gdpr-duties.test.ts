import { describe, expect, it } from "vitest";
import type { RecordActivity, RecordTracker } from "../../../src/domain/record";
import { activity, claim, disclosing, euBreachStatement, euRecord, euRights, expectNone, expectOne, measure, organization, record, recipient } from "./fixture";

// GDPR duties beyond Art 30: Art 8, 22, 26, 13/14, 33/34 and 35.

const one = (over: Partial<RecordActivity>, rest: Parameters<typeof euRecord>[0] = {}) => euRecord({ activities: [activity(over)], ...rest });
const without = (...drop: string[]) => euRights().filter((r) => !drop.includes(r.right));
const consent = [claim("GDPR", "A6-1-a", { consentMechanism: "OPT_IN" })];
const tracker = (over: Partial<RecordTracker> = {}): RecordTracker => ({ kind: "PIXEL", name: "Ads pixel", purpose: "ADVERTISING", consent: "OPT_IN", recipient: null, ...over });

describe("gdpr-art8-parental-consent", () => {
  const kids = (parentalConsent: boolean | null, ageBands: RecordActivity["ageBands"] = ["UNDER_13"], legalBases = consent) =>
    euRecord({ organization: organization({ parentalConsent }), activities: [activity({ ageBands, legalBases })] });
  it("fires when consent of children under 13 is relied on and the organisation does not obtain a parent's", () => {
    const f = expectOne("gdpr-art8-parental-consent", kids(false), "HIGH", '"Payments"', "under 13", "does not obtain");
    expect(f.reference).toBe("GDPR Art 8(1)");
  });
  it("is MEDIUM for children of 13 to 15 only, since member states may set the age as low as 13", () => {
    expectOne("gdpr-art8-parental-consent", kids(false, ["AGE_14_TO_15"]), "MEDIUM", "aged 14 to 15", "depends on the member state");
  });
  it("asks at MEDIUM when the record does not say whether parental consent is obtained", () => {
    expectOne("gdpr-art8-parental-consent", kids(null), "MEDIUM", "does not say whether");
  });
  it("does not fire with parental consent, on another basis, or for people of 16 and over", () => {
    expectNone("gdpr-art8-parental-consent", kids(true));
    expectNone("gdpr-art8-parental-consent", kids(false, ["UNDER_13"], [claim("GDPR", "A6-1-b")]));
    expectNone("gdpr-art8-parental-consent", kids(false, ["AGE_16_TO_17", "ADULT"]));
  });
});

describe("gdpr-art22-safeguards", () => {
  const decides = (rights = without("AUTOMATED_DECISION")) => one({ automatedDecisions: "SIGNIFICANT_EFFECT" }, { rights });
  it("fires on significant automated decisions with no right to human intervention recorded", () => {
    expectOne("gdpr-art22-safeguards", decides(), "HIGH", '"Payments"', "human intervention");
  });
  it("counts a right offered only elsewhere as not offered in the EEA", () => {
    expectOne("gdpr-art22-safeguards", decides([...without("AUTOMATED_DECISION"), { right: "AUTOMATED_DECISION", jurisdictions: ["CN"], description: null, evidence: [] }]), "HIGH");
  });
  it("asks at MEDIUM when the record lists no rights at all", () => {
    expectOne("gdpr-art22-safeguards", decides([]), "MEDIUM", "not known");
  });
  it("does not fire with the right recorded or for mere personalisation", () => {
    expectNone("gdpr-art22-safeguards", decides(euRights()));
    expectNone("gdpr-art22-safeguards", one({ automatedDecisions: "PERSONALISATION" }, { rights: without("AUTOMATED_DECISION") }));
  });
});

describe("gdpr-art22-no-exception", () => {
  const on = (legalBases: ReturnType<typeof claim>[]) => one({ automatedDecisions: "SIGNIFICANT_EFFECT", legalBases });
  it("fires when the decisions rest on legitimate interests, none of the Art 22(2) exceptions", () => {
    expectOne("gdpr-art22-no-exception", on([claim("GDPR", "A6-1-f")]), "HIGH", '"A6-1-f"');
  });
  it("is MEDIUM on consent that is not recorded as explicit", () => {
    expectOne("gdpr-art22-no-exception", on(consent), "MEDIUM", "not recorded as explicit");
  });
  it("does not fire on contract, law or explicit consent", () => {
    expectNone("gdpr-art22-no-exception", on([claim("GDPR", "A6-1-b")]));
    expectNone("gdpr-art22-no-exception", on([claim("GDPR", "A6-1-a", { consentMechanism: "EXPLICIT" })]));
  });
});

describe("gdpr-art22-special-category", () => {
  const health = (bases: ReturnType<typeof claim>[]) => one({ automatedDecisions: "SIGNIFICANT_EFFECT", dataCategories: ["user.health_and_medical"], legalBases: [claim("GDPR", "A6-1-b"), ...bases] });
  it("fires on significant automated decisions over health data without Art 9(2)(a) or (g)", () => {
    expectOne("gdpr-art22-special-category", health([claim("GDPR", "A9-2-h")]), "HIGH", '"user.health_and_medical"');
  });
  it("does not fire with explicit consent", () => {
    expectNone("gdpr-art22-special-category", health([claim("GDPR", "A9-2-a", { consentMechanism: "EXPLICIT" })]));
  });
});

describe("gdpr-art26-no-arrangement", () => {
  const partner = (dpa: "NONE" | "UNKNOWN" | "CLAIMED" | "SIGNED", over: Parameters<typeof recipient>[0] = {}) => {
    const r = recipient({ key: "partner", name: "Co-brand Ltd", kind: "THIRD_PARTY", role: "JOINT_CONTROLLER", dpa: { status: dpa }, ...over });
    return euRecord({ activities: [disclosing([r])], recipients: [r] });
  };
  it("fires on a joint controller with no arrangement", () => {
    const f = expectOne("gdpr-art26-no-arrangement", partner("NONE"), "HIGH", 'Joint controller "Co-brand Ltd"', "no arrangement");
    expect(f.subjectType).toBe("Recipient");
  });
  it("asks at MEDIUM when the arrangement's status is unknown, and at LOW when only claimed", () => {
    expectOne("gdpr-art26-no-arrangement", partner("UNKNOWN"), "MEDIUM", "does not say");
    expectOne("gdpr-art26-no-arrangement", partner("CLAIMED"), "LOW", "not been verified");
  });
  it("takes the kind when the role is not recorded", () => {
    expectOne("gdpr-art26-no-arrangement", partner("NONE", { role: null, kind: "JOINT_CONTROLLER" }), "HIGH");
  });
  it("does not fire on a signed arrangement nor on other roles", () => {
    expectNone("gdpr-art26-no-arrangement", partner("SIGNED"));
    expectNone("gdpr-art26-no-arrangement", partner("NONE", { role: "INDEPENDENT_CONTROLLER" }));
  });
});

describe("gdpr-art26-adtech-role-unknown", () => {
  const adtech = (over: Parameters<typeof recipient>[0] = {}, t: Partial<RecordTracker> = {}) => {
    const r = recipient({ key: "adnet", name: "AdNet", kind: "THIRD_PARTY", role: null, ...over });
    return euRecord({ activities: [activity({ trackers: [tracker({ recipient: "adnet", ...t })] })], recipients: [r] });
  };
  it("asks for the role of a third party whose advertising pixel collects data (Fashion ID)", () => {
    expectOne("gdpr-art26-adtech-role-unknown", adtech(), "MEDIUM", 'Recipient "AdNet"', 'PIXEL "Ads pixel"', "joint controller", "C-40/17");
  });
  it("does not fire once the role is recorded, nor for a tracker not used for advertising", () => {
    expectNone("gdpr-art26-adtech-role-unknown", adtech({ role: "JOINT_CONTROLLER", dpa: { status: "SIGNED" } }));
    expectNone("gdpr-art26-adtech-role-unknown", adtech({}, { purpose: "ANALYTICS" }));
  });
});

describe("gdpr-art13-contact", () => {
  it("lists the contact details people must be given and the record lacks", () => {
    const org = organization({ contactEmail: null, postalAddress: null, dpo: { name: "Dana", email: null, country: null } });
    expectOne("gdpr-art13-contact", euRecord({ organization: org }), "MEDIUM", 'Organisation "Acme"', "the controller's contact details", "the data protection officer's contact details", "GDPR Art 13(1)(a)-(b)");
  });
  it("does not fire when the contact details are recorded", () => {
    expectNone("gdpr-art13-contact", euRecord());
  });
});

describe("gdpr-art13-rights-unknown", () => {
  it("asks for the rights people are told of when the record lists none", () => {
    expectOne("gdpr-art13-rights-unknown", euRecord({ rights: [] }), "LOW", "records no rights", "not known");
  });
  it("does not fire once rights are recorded", () => {
    expectNone("gdpr-art13-rights-unknown", euRecord());
  });
});

describe("gdpr-art13-rights", () => {
  it("names the Art 13(2)(b) rights missing from those recorded", () => {
    expectOne("gdpr-art13-rights", euRecord({ rights: without("ERASURE", "PORTABILITY") }), "MEDIUM", "erasure, data portability", "GDPR Art 13(2)(b)");
  });
  it("asks for objection only where Art 6(1)(e) or (f) or marketing is relied on, and portability only for consent or contract", () => {
    expectNone("gdpr-art13-rights", one({ legalBases: [claim("GDPR", "A6-1-c")] }, { rights: without("OBJECTION", "PORTABILITY") }));
    expectOne("gdpr-art13-rights", one({ legalBases: [claim("GDPR", "A6-1-f")] }, { rights: without("OBJECTION") }), "MEDIUM", "objection");
  });
  it("does not count rights offered only to people elsewhere", () => {
    const californian = euRights().map((r) => ({ ...r, jurisdictions: ["US-CA"] }));
    expectOne("gdpr-art13-rights", euRecord({ rights: californian }), "MEDIUM", "access");
  });
  it("does not fire on a complete list nor on an empty one (that is unknown)", () => {
    expectNone("gdpr-art13-rights", euRecord());
    expectNone("gdpr-art13-rights", euRecord({ rights: [] }));
  });
});

describe("gdpr-art13-withdraw-consent", () => {
  it("fires where consent is relied on and withdrawal is not among the rights", () => {
    expectOne("gdpr-art13-withdraw-consent", one({ legalBases: consent }, { rights: without("WITHDRAW_CONSENT") }), "MEDIUM", '"Payments"', "withdrawing consent");
  });
  it("does not fire where no activity relies on consent", () => {
    expectNone("gdpr-art13-withdraw-consent", euRecord({ rights: without("WITHDRAW_CONSENT") }));
  });
});

describe("gdpr-art13-complaint", () => {
  it("fires when the right to complain to a supervisory authority is not recorded", () => {
    const f = expectOne("gdpr-art13-complaint", euRecord({ rights: without("COMPLAINT") }), "MEDIUM", "complaint with a supervisory authority", "GDPR Art 13(2)(d)");
    expect(f.message).not.toContain("Art 14");
  });
  it("cites Art 14(2)(e) where the data comes from third parties", () => {
    expectOne("gdpr-art13-complaint", one({ sources: ["THIRD_PARTY"] }, { rights: without("COMPLAINT") }), "MEDIUM", "GDPR Art 14(2)(e)");
  });
  it("does not fire when the right is recorded", () => {
    expectNone("gdpr-art13-complaint", euRecord());
  });
});

describe("gdpr-art14-source", () => {
  it("fires when data comes from third parties and no statement tells people the source", () => {
    expectOne("gdpr-art14-source", one({ sources: ["THIRD_PARTY"] }), "LOW", '"Payments"', "third parties");
  });
  it("does not fire with a statement on sources, or with no third-party source", () => {
    expectNone("gdpr-art14-source", one({ sources: ["THIRD_PARTY"] }, { statements: [euBreachStatement(), { topic: "THIRD_PARTY_SOURCES", summary: "Data brokers.", evidence: [] }] }));
    expectNone("gdpr-art14-source", euRecord());
  });
});

describe("gdpr-art33-breach-procedure", () => {
  const china = "Incidents are reported promptly under China's National Cybersecurity Incident Emergency Response Plan.";
  it("asks at LOW when no breach procedure is recorded", () => {
    expectOne("gdpr-art33-breach-procedure", euRecord({ statements: [] }), "LOW", "records no personal-data breach procedure", "72 hours");
  });
  it("says at MEDIUM that EU notification is not recorded when the only plan reports to another country", () => {
    expectOne("gdpr-art33-breach-procedure", euRecord({ statements: [euBreachStatement(china)] }), "MEDIUM", "another country", '"China"', "supervisory authority within 72 hours");
  });
  it("reads an incident-management measure as a procedure, and its text too", () => {
    const plan = measure({ key: "ir", name: "Incident emergency plan", dpvIri: "https://w3id.org/dpv#IncidentManagementProcedures", description: "Reporting under China's national plan." });
    expectOne("gdpr-art33-breach-procedure", euRecord({ statements: [], securityMeasures: [measure(), plan] }), "MEDIUM", '"China"');
    expectNone("gdpr-art33-breach-procedure", euRecord({ statements: [], securityMeasures: [measure(), { ...plan, description: null }] }));
  });
  it("does not fire on a procedure that notifies the supervisory authority, even beside a foreign plan", () => {
    expectNone("gdpr-art33-breach-procedure", euRecord());
    expectNone("gdpr-art33-breach-procedure", euRecord({ statements: [euBreachStatement(china), euBreachStatement()] }));
  });
  it("does not fire where GDPR reaches nothing", () => {
    expectNone("gdpr-art33-breach-procedure", record({ organization: organization({ country: "CN", subjectJurisdictions: ["CN"] }) }));
  });
});

describe("gdpr-art35-dpia", () => {
  it("is HIGH for large-scale special-category data, which Art 35(3)(b) names", () => {
    const f = expectOne("gdpr-art35-dpia", one({ dataCategories: ["user.health_and_medical"], sensitiveIndividualsPerYear: "OVER_1M" }), "HIGH", '"Payments"', "Art 35(3)(b)");
    expect(f.reference).toBe("GDPR Art 35(1), (3)");
  });
  it("is HIGH for profiling with significant automated decisions (Art 35(3)(a))", () => {
    expectOne("gdpr-art35-dpia", one({ purposes: ["personalize.content.profiling"], automatedDecisions: "SIGNIFICANT_EFFECT" }), "HIGH", "Art 35(3)(a)");
  });
  it("fires at MEDIUM on two WP248 criteria, naming them", () => {
    expectOne("gdpr-art35-dpia", one({ trackers: [tracker()], ageBands: ["AGE_13"] }), "MEDIUM", "meets 2", "systematic monitoring", "vulnerable people (children aged 13)");
  });
  it("asks at LOW for the volume when one criterion is met and large scale would make two", () => {
    expectOne("gdpr-art35-dpia", one({ dataCategories: ["user.health_and_medical"] }), "LOW", "does not say how many people");
  });
  it("does not fire with an impact assessment recorded, nor on one criterion at small scale", () => {
    expectNone("gdpr-art35-dpia", one({ trackers: [tracker()], ageBands: ["AGE_13"], impactAssessment: "DPIA-7" }));
    expectNone("gdpr-art35-dpia", one({ dataCategories: ["user.health_and_medical"], individualsPerYear: "UNDER_10K" }));
    expectNone("gdpr-art35-dpia", one({ purposes: ["marketing.advertising.first_party.contextual"], individualsPerYear: "UNDER_10K" }));
  });
});
