import { describe, expect, it } from "vitest";
import type { RecordActivity, RecordMarketing, RecordTracker } from "../../../src/domain/record";
import { activity, claim, euRecord, euRights, expectNone, expectOne, organization } from "./fixture";

// ePrivacy Directive Art 5(3) (storing or reading on the device) and Art 13 (e-mail and SMS marketing), where GDPR reaches.

const tracker = (over: Partial<RecordTracker> = {}): RecordTracker => ({ kind: "COOKIE", name: "_ga", purpose: "ANALYTICS", consent: "OPT_IN", recipient: null, ...over });
const tracking = (trackers: RecordTracker[], over: Partial<RecordActivity> = {}) => euRecord({ activities: [activity({ trackers, ...over })] });

describe("eprivacy-tracker-no-consent", () => {
  it.each(["OPT_OUT", "BROWSER_SETTINGS", "CONTINUED_USE", "NONE"] as const)("fires on an analytics cookie set with consent %s, which is not consent", (consent) => {
    const f = expectOne("eprivacy-tracker-no-consent", tracking([tracker({ consent })]), "HIGH", '"Payments"', 'COOKIE "_ga" (analytics');
    expect(f.reference).toBe("ePrivacy Directive Art 5(3)");
    expect(f.regime).toBe("GDPR");
  });
  it("fires whatever Art 6 basis is claimed, and says the basis does not replace consent", () => {
    expectOne("eprivacy-tracker-no-consent", tracking([tracker({ kind: "PIXEL", name: "Ads", purpose: "ADVERTISING", consent: "NONE" })], { legalBases: [claim("GDPR", "A6-1-f")] }), "HIGH", '"A6-1-f"', "does not stand in");
  });
  it("asks at MEDIUM when the consent or the purpose is not recorded", () => {
    expectOne("eprivacy-tracker-no-consent", tracking([tracker({ consent: null })]), "MEDIUM", "consent not recorded", "not known");
    expectOne("eprivacy-tracker-no-consent", tracking([tracker({ purpose: null, consent: "OPT_OUT" })]), "MEDIUM", "purpose not recorded");
  });
  it("stays HIGH, and lists the unknown ones too, when some trackers have no consent and others are unknown", () => {
    expectOne("eprivacy-tracker-no-consent", tracking([tracker({ consent: "NONE" }), tracker({ name: "_fbp", consent: null })]), "HIGH", '"_ga"', '"_fbp"');
  });
  it("does not fire on strictly necessary storage, nor on opt-in consent", () => {
    expectNone("eprivacy-tracker-no-consent", tracking([tracker({ purpose: "STRICTLY_NECESSARY", consent: "NONE" }), tracker({ consent: "OPT_IN" })]));
  });
  it("does not fire where GDPR does not reach", () => {
    expectNone("eprivacy-tracker-no-consent", euRecord({ organization: organization({ country: "US", subjectJurisdictions: ["US"] }), activities: [activity({ trackers: [tracker({ consent: "NONE" })] })] }));
  });
});

const mail = (over: Partial<RecordMarketing> = {}): RecordMarketing => ({ channel: "EMAIL", audiences: ["PROSPECTS"], consentMechanism: "OPT_IN", ...over });
const marketing = (m: RecordMarketing[], rights = euRights()) => euRecord({ activities: [activity({ marketing: m })], rights });

describe("eprivacy-marketing-no-consent", () => {
  it("fires on e-mail to prospects by opt-out", () => {
    const f = expectOne("eprivacy-marketing-no-consent", marketing([mail({ consentMechanism: "OPT_OUT" })]), "HIGH", '"Payments"', "e-mail marketing to prospects by opt-out");
    expect(f.reference).toBe("ePrivacy Directive Art 13(1)");
  });
  it("asks at MEDIUM when the consent mechanism or the audience is unknown", () => {
    expectOne("eprivacy-marketing-no-consent", marketing([mail({ channel: "SMS", consentMechanism: null })]), "MEDIUM", "SMS", "how prospects consent");
    expectOne("eprivacy-marketing-no-consent", marketing([mail({ audiences: [], consentMechanism: "OPT_OUT" })]), "MEDIUM", "customers or prospects");
  });
  it("does not fire on opt-in consent, on customers (the soft opt-in), or on post", () => {
    expectNone("eprivacy-marketing-no-consent", marketing([mail()]));
    expectNone("eprivacy-marketing-no-consent", marketing([mail({ audiences: ["CUSTOMERS"], consentMechanism: null })]));
    expectNone("eprivacy-marketing-no-consent", marketing([mail({ channel: "POST", consentMechanism: "OPT_OUT" })]));
  });
});

describe("eprivacy-marketing-soft-opt-in", () => {
  const customers = mail({ audiences: ["CUSTOMERS"], consentMechanism: "OPT_OUT" });
  it("fires on the soft opt-in to customers when no marketing opt-out is recorded", () => {
    const f = expectOne("eprivacy-marketing-soft-opt-in", marketing([customers], euRights().filter((r) => r.right !== "MARKETING_OPT_OUT")), "HIGH", "soft opt-in", "no marketing opt-out");
    expect(f.reference).toBe("ePrivacy Directive Art 13(2)");
  });
  it("asks at MEDIUM when the record lists no rights at all", () => {
    expectOne("eprivacy-marketing-soft-opt-in", marketing([customers], []), "MEDIUM", "not known");
  });
  it("does not fire with an opt-out offered, or with opt-in consent", () => {
    expectNone("eprivacy-marketing-soft-opt-in", marketing([customers]));
    expectNone("eprivacy-marketing-soft-opt-in", marketing([{ ...customers, consentMechanism: "OPT_IN" }], []));
  });
});
