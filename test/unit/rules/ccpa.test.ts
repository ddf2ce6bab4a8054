import { describe, expect, it } from "vitest";
import type { RecordActivity, RecordDisclosure, RecordDocument, RecordRecipient } from "../../../src/domain/record";
import { activity, ccpaOrganization, ccpaRecord, claim, disclosure, expectNone, expectOne, organization, piplRight, record, recipient, run } from "./fixture";

// The CCPA rules of ccpa.ts: one test that fires and one that stays quiet per rule, and the edges.

const ca = (over: Partial<RecordActivity> = {}, rest: Partial<RecordDocument> = {}) => ccpaRecord({ activities: [activity(over)], ...rest });
const broker = recipient({ key: "broker", name: "Data Broker", kind: "THIRD_PARTY", role: "INDEPENDENT_CONTROLLER", country: "US", dpa: { status: "SIGNED" } });
const sold = (r: RecordRecipient, over: Partial<RecordDisclosure> = {}): RecordDisclosure => ({ ...disclosure(r), sale: true, sharing: false, ...over });
const selling = (over: Partial<RecordActivity> = {}, rest: Partial<RecordDocument> = {}) => ca({ noRecipients: false, disclosures: [sold(broker)], ...over }, { recipients: [broker], ...rest });

describe("the clean CCPA record", () => {
  it("has no findings, even when it sells with the opt-out offered", () => {
    expect(run(ccpaRecord())).toEqual([]);
    expect(run(selling())).toEqual([]);
  });
});

describe("ccpa-notice-at-collection", () => {
  it("fires on an activity with no retention period", () => {
    expectOne("ccpa-notice-at-collection", ca({ retention: null }), "MEDIUM", '"Payments"', "no retention period", "§1798.100(a)");
  });
  it("prompts when whether a disclosure is a sale or sharing is unknown", () => {
    expectOne("ccpa-notice-at-collection", ca({ noRecipients: false, disclosures: [disclosure(broker)] }, { recipients: [broker] }), "LOW", '"Data Broker"', "sales or sharing");
  });
  it("does not ask about disclosures to a contracted service provider", () => {
    const psp = recipient({ role: "PROCESSOR", country: "US" });
    expectNone("ccpa-notice-at-collection", ca({ noRecipients: false, disclosures: [disclosure(psp)] }, { recipients: [psp] }));
  });
  it("does not fire where CCPA does not reach (below the thresholds, or no Californians)", () => {
    expectNone("ccpa-notice-at-collection", ccpaRecord({ organization: ccpaOrganization({ annualRevenueUsd: 1_000_000, sellingRevenuePercent: 0 }), activities: [activity({ retention: null })] }));
    expectNone("ccpa-notice-at-collection", record({ activities: [activity({ retention: null })] }));
  });
});

describe("ccpa-sale-no-opt-out", () => {
  it("fires on a sale with no opt-out right", () => {
    const f = expectOne("ccpa-sale-no-opt-out", selling({}, { rights: [] }), "HIGH", '"Payments"', "sells", '"Data Broker"', "§1798.120");
    expect(f.regime).toBe("CCPA");
  });
  it("fires on sharing when the opt-out is offered only outside California", () => {
    expectOne("ccpa-sale-no-opt-out", selling({ disclosures: [sold(broker, { sale: false, sharing: true })] }, { rights: [piplRight("OPT_OUT_OF_SALE_OR_SHARING", ["US-VA"])] }), "HIGH", "shares");
  });
  it("does not fire once the opt-out is offered, nor without a sale", () => {
    expectNone("ccpa-sale-no-opt-out", selling({}, { rights: [piplRight("OPT_OUT_OF_SALE_OR_SHARING", ["US"])] }));
    expectNone("ccpa-sale-no-opt-out", selling({ disclosures: [sold(broker, { sale: false })] }, { rights: [] }));
  });
});

describe("ccpa-gpc-not-honoured", () => {
  it("fires on a business that sells and ignores GPC", () => {
    const rec = selling({}, { organization: ccpaOrganization({ globalPrivacyControl: "IGNORED" }) });
    const f = expectOne("ccpa-gpc-not-honoured", rec, "HIGH", '"Sunset Inc"', "ignores Global Privacy Control");
    expect(f.reference).toBe("CCPA Regs §7025(b)");
  });
  it("prompts when the record does not say", () => {
    expectOne("ccpa-gpc-not-honoured", selling({}, { organization: ccpaOrganization() }), "MEDIUM", "does not say");
  });
  it("does not fire without a sale or share", () => {
    expectNone("ccpa-gpc-not-honoured", ccpaRecord({ organization: ccpaOrganization({ globalPrivacyControl: "IGNORED" }) }));
  });
});

describe("ccpa-sensitive-no-limit", () => {
  const bank = { dataCategories: ["user.financial.bank_account"] };
  it("fires on sensitive personal information used for marketing with no right to limit", () => {
    expectOne("ccpa-sensitive-no-limit", ca({ ...bank, purposes: ["essential.service.payment_processing", "marketing.advertising.profiling"] }, { rights: [] }), "MEDIUM", '"user.financial.bank_account"', '"marketing.advertising.profiling"');
  });
  it("fires on sensitive personal information sold", () => {
    expectOne("ccpa-sensitive-no-limit", selling(bank, { rights: [piplRight("OPT_OUT_OF_SALE_OR_SHARING")] }), "MEDIUM", "in sales or sharing");
  });
  it("does not fire when its use is only essential, nor with the right to limit", () => {
    expectNone("ccpa-sensitive-no-limit", ca(bank, { rights: [] }));
    expectNone("ccpa-sensitive-no-limit", ca({ ...bank, purposes: ["essential.fraud_detection", "analytics.reporting"] }, { rights: [] }));
    expectNone("ccpa-sensitive-no-limit", ca({ ...bank, purposes: ["marketing"] }));
  });
});

describe("ccpa-service-provider-no-contract", () => {
  const vendor = recipient({ key: "vendor", name: "Analytics Vendor", role: "PROCESSOR", country: "US", dpa: { status: "NONE" } });
  const to = (r: RecordRecipient) => ca({ noRecipients: false, disclosures: [{ ...disclosure(r), sale: false, sharing: false }] }, { recipients: [r] });
  it("fires on a service provider with no contract", () => {
    expectOne("ccpa-service-provider-no-contract", to(vendor), "HIGH", 'Service provider "Analytics Vendor"', "third party", "sale");
  });
  it("prompts when the contract is unknown", () => {
    expectOne("ccpa-service-provider-no-contract", to({ ...vendor, dpa: { ...vendor.dpa, status: "UNKNOWN" } }), "MEDIUM", "does not say");
  });
  it("does not fire on a contracted service provider, nor on its own sub-service provider", () => {
    const signed = { ...vendor, dpa: { ...vendor.dpa, status: "SIGNED" as const } };
    expectNone("ccpa-service-provider-no-contract", to(signed));
    const sub = recipient({ key: "sub", name: "Sub Vendor", kind: "SUB_PROCESSOR", parent: "vendor", country: "US", dpa: { status: "NONE" } });
    expectNone("ccpa-service-provider-no-contract", ca({ noRecipients: false, disclosures: [{ ...disclosure(signed), sale: false, sharing: false }] }, { recipients: [signed, sub] }));
  });
});

describe("ccpa-third-party-no-contract", () => {
  it("fires on a buyer with no contract", () => {
    expectOne("ccpa-third-party-no-contract", selling({ disclosures: [sold({ ...broker, dpa: { ...broker.dpa, status: "NONE" } })] }, { recipients: [{ ...broker, dpa: { ...broker.dpa, status: "NONE" } }] }), "MEDIUM", 'Third party "Data Broker"');
  });
  it("does not fire on a buyer under contract, nor on a recipient that buys nothing", () => {
    expectNone("ccpa-third-party-no-contract", selling());
    const none = { ...broker, dpa: { ...broker.dpa, status: "NONE" as const } };
    expectNone("ccpa-third-party-no-contract", ca({ noRecipients: false, disclosures: [{ ...disclosure(none), sale: false, sharing: false }] }, { recipients: [none] }));
  });
});

describe("ccpa-minor-sale-no-opt-in", () => {
  it("fires on selling data of consumers under 16 without their opt-in", () => {
    expectOne("ccpa-minor-sale-no-opt-in", selling({ ageBands: ["AGE_14_TO_15", "ADULT"] }), "HIGH", '"AGE_14_TO_15"', "the consumer", "§1798.120(c)");
  });
  it("asks for a parent's opt-in under 13", () => {
    expectOne("ccpa-minor-sale-no-opt-in", selling({ ageBands: ["UNDER_13"], legalBases: [claim("CCPA", "MINOR_OPT_IN", { consentMechanism: "OPT_IN" })] }), "HIGH", '"UNDER_13"', "a parent or guardian");
  });
  it("does not count an opt-out as an opt-in", () => {
    expectOne("ccpa-minor-sale-no-opt-in", selling({ ageBands: ["AGE_13"], legalBases: [claim("CCPA", "MINOR_OPT_IN", { consentMechanism: "OPT_OUT" })] }), "HIGH");
  });
  it("does not fire with the opt-ins recorded, for adults only, or when ages are unknown", () => {
    const optIns = [claim("CCPA", "MINOR_OPT_IN", { consentMechanism: "OPT_IN" }), claim("CCPA", "PARENT_OPT_IN", { consentMechanism: "EXPLICIT" })];
    expectNone("ccpa-minor-sale-no-opt-in", selling({ ageBands: ["UNDER_13", "AGE_13", "AGE_14_TO_15"], legalBases: optIns }));
    expectNone("ccpa-minor-sale-no-opt-in", selling({ ageBands: ["AGE_16_TO_17", "ADULT"] }));
    expectNone("ccpa-minor-sale-no-opt-in", selling({ ageBands: [] }));
  });
  it("does not fire where CCPA does not reach", () => {
    expectNone("ccpa-minor-sale-no-opt-in", record({ organization: organization(), activities: [activity({ ageBands: ["UNDER_13"], noRecipients: false, disclosures: [sold(broker)] })], recipients: [broker] }));
  });
});
