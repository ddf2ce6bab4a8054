import { describe, expect, it } from "vitest";
import type { RecordActivity, RecordDisclosure, RecordDocument, RecordRecipient } from "../../src/domain/record";
import { activity, ccpaOrganization, ccpaRecord, claim, disclosure, expectNone, expectOne, piplRight, recipient, run } from "../unit/rules/fixture";

// CCPA scenarios: each a minimal record of a California business asking one legal question, with the finding
// the statute or the CPPA regulations call for and the findings they must not produce.

const adNetwork = recipient({ key: "ads", name: "Ad Network", kind: "THIRD_PARTY", role: "INDEPENDENT_CONTROLLER", country: "US", dpa: { status: "SIGNED" } });
const to = (r: RecordRecipient, over: Partial<RecordDisclosure> = {}): RecordDisclosure => ({ ...disclosure(r), sale: false, sharing: false, ...over });
const business = (over: Partial<RecordActivity> = {}, rest: Partial<RecordDocument> = {}) => ccpaRecord({ activities: [activity(over)], ...rest });
const disclosingTo = (d: RecordDisclosure, r: RecordRecipient, over: Partial<RecordActivity> = {}, rest: Partial<RecordDocument> = {}) =>
  business({ noRecipients: false, disclosures: [d], ...over }, { recipients: [r], ...rest });
const noRights = { rights: [] };

describe("CCPA scenarios", () => {
  it("a California business selling data with no opt-out gets the CCPA finding", () => {
    const rec = disclosingTo(to(adNetwork, { sale: true }), adNetwork, {}, noRights);
    const f = expectOne("ccpa-sale-no-opt-out", rec, "HIGH", '"Ad Network"');
    expect(f.regime).toBe("CCPA");
    expect(f.reference).toBe("CCPA §1798.120(a), §1798.135(a)");
  });

  it("does sharing for cross-context behavioural advertising, with no money paid, also need the opt-out?", () => {
    expectOne("ccpa-sale-no-opt-out", disclosingTo(to(adNetwork, { sharing: true }), adNetwork, {}, noRights), "HIGH", "shares");
  });

  it("does a business that offers the opt-out and honours GPC get an opt-out finding for selling?", () => {
    const rec = disclosingTo(to(adNetwork, { sale: true }), adNetwork);
    expectNone("ccpa-sale-no-opt-out", rec);
    expectNone("ccpa-gpc-not-honoured", rec);
  });

  it("does an organisation below every CCPA threshold get CCPA duty findings for selling?", () => {
    const small = ccpaOrganization({ annualRevenueUsd: 2_000_000, sellingRevenuePercent: 10 });
    const rec = ccpaRecord({ organization: small, rights: [], recipients: [adNetwork], activities: [activity({ individualsPerYear: "UNDER_10K", noRecipients: false, disclosures: [to(adNetwork, { sale: true })] })] });
    expect(run(rec).filter((f) => f.regime === "CCPA")).toEqual([]);
  });

  it("may a business that sells ignore Global Privacy Control signals (Regs §7025)?", () => {
    const rec = disclosingTo(to(adNetwork, { sale: true }), adNetwork, {}, { organization: ccpaOrganization({ globalPrivacyControl: "IGNORED" }) });
    const f = expectOne("ccpa-gpc-not-honoured", rec, "HIGH");
    expect(f.reference).toBe("CCPA Regs §7025(b)");
  });

  it("is a record silent on GPC a breach, or a question, for a business that shares?", () => {
    const rec = disclosingTo(to(adNetwork, { sharing: true }), adNetwork, {}, { organization: ccpaOrganization() });
    expectOne("ccpa-gpc-not-honoured", rec, "MEDIUM", "does not say");
  });

  it("does using precise geolocation for targeted advertising require the right to limit (§1798.121)?", () => {
    const rec = business({ dataCategories: ["user.location.precise"], purposes: ["marketing.advertising.first_party.targeted"] }, { rights: [piplRight("OPT_OUT_OF_SALE_OR_SHARING")] });
    const f = expectOne("ccpa-sensitive-no-limit", rec, "MEDIUM", '"user.location.precise"');
    expect(f.reference).toBe("CCPA §1798.121(a); CCPA Regs §7027");
  });

  it("does using a bank account number only to process payments require the right to limit?", () => {
    expectNone("ccpa-sensitive-no-limit", business({ dataCategories: ["user.financial.bank_account"], purposes: ["essential.service.payment_processing"] }, noRights));
  });

  it("is a vendor processing data without a contract a service provider (§1798.140(ag))?", () => {
    const vendor = recipient({ key: "vendor", name: "Email Vendor", role: "PROCESSOR", country: "US", dpa: { status: "NONE" } });
    const f = expectOne("ccpa-service-provider-no-contract", disclosingTo(to(vendor), vendor), "HIGH", "third party");
    expect(f.reference).toBe("CCPA §1798.100(d), §1798.140(ag)");
  });

  it("may a business sell the data of consumers aged 14 and 15 without their opt-in (§1798.120(c))?", () => {
    const rec = disclosingTo(to(adNetwork, { sale: true }), adNetwork, { ageBands: ["AGE_14_TO_15"] });
    const f = expectOne("ccpa-minor-sale-no-opt-in", rec, "HIGH", "the consumer");
    expect(f.reference).toBe("CCPA §1798.120(c)");
  });

  it("is a child's own opt-in enough to sell the data of consumers under 13?", () => {
    const rec = disclosingTo(to(adNetwork, { sharing: true }), adNetwork, { ageBands: ["UNDER_13"], legalBases: [claim("CCPA", "MINOR_OPT_IN", { consentMechanism: "OPT_IN" })] });
    expectOne("ccpa-minor-sale-no-opt-in", rec, "HIGH", "a parent or guardian");
  });

  it("does a business that does not know its consumers' ages get a minors finding for selling?", () => {
    expectNone("ccpa-minor-sale-no-opt-in", disclosingTo(to(adNetwork, { sale: true }), adNetwork, { ageBands: [] }));
  });

  it("must the notice at collection say how long each category is kept (§1798.100(a)(3))?", () => {
    const f = expectOne("ccpa-notice-at-collection", business({ retention: null }), "MEDIUM", "no retention period");
    expect(f.reference).toBe("CCPA §1798.100(a)");
  });

  it("is a disclosure to an ad network not known to be a sale a sale, or a question for the notice at collection?", () => {
    const rec = disclosingTo(to(adNetwork, { sale: null, sharing: null }), adNetwork, {}, noRights);
    expectOne("ccpa-notice-at-collection", rec, "LOW", "sales or sharing");
    expectNone("ccpa-sale-no-opt-out", rec);
    expectNone("ccpa-gpc-not-honoured", rec);
  });

  it("does a business that sells to a third party without a contract breach §1798.100(d)?", () => {
    const buyer = { ...adNetwork, dpa: { ...adNetwork.dpa, status: "NONE" as const } };
    expectOne("ccpa-third-party-no-contract", disclosingTo(to(buyer, { sale: true }), buyer), "MEDIUM", '"Ad Network"');
  });

  it("does a complete CCPA record get any CCPA finding?", () => {
    expect(run(ccpaRecord()).filter((f) => f.regime === "CCPA")).toEqual([]);
  });
});
