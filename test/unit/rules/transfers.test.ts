import { describe, expect, it } from "vitest";
import { analyseTransfers } from "../../../src/domain/transfers";
import type { RecordDocument } from "../../../src/domain/record";
import { disclosing, facts, identity, location, mechanism, piplActivity, piplOrganization, record, recipient } from "./fixture";

// analyseTransfers itself: which transfers exist and how each is judged.

const transfersOf = (rec: RecordDocument) => analyseTransfers(rec, facts(), identity(rec));

const cnWithEeaSubjects = piplOrganization({ subjectJurisdictions: ["EEA"] });
const gdprTo = (r: ReturnType<typeof recipient>, extra: ReturnType<typeof recipient>[] = []) =>
  transfersOf(record({ organization: cnWithEeaSubjects, activities: [disclosing([r])], recipients: [r, ...extra] })).filter((t) => t.regime === "GDPR");

describe("analyseTransfers, GDPR", () => {
  it("is UNDETERMINED to a recipient in an unknown country", () => {
    const [t, ...rest] = gdprTo(recipient({ country: null }));
    expect(rest).toEqual([]);
    expect(t).toMatchObject({ activityId: "act_payments", recipientId: "rcp_psp", fromCountry: "CN", toCountry: null, status: "UNDETERMINED", mechanism: null });
  });
  it("is NOT_COVERED to the US without a mechanism", () => {
    expect(gdprTo(recipient({ country: "US" }))).toMatchObject([{ toCountry: "US", status: "NOT_COVERED", mechanism: null }]);
  });
  it("is COVERED to the US with standard contractual clauses recorded", () => {
    expect(gdprTo(recipient({ country: "US", transferMechanisms: [mechanism("GDPR", "A46-2-c")] }))).toMatchObject([{ status: "COVERED", mechanism: "A46-2-c", mechanismKind: "TRANSFER_MECHANISM" }]);
  });
  it("is COVERED by adequacy (A45-3) to Japan", () => {
    expect(gdprTo(recipient({ country: "JP" }))).toMatchObject([{ toCountry: "JP", status: "COVERED", mechanism: "A45-3" }]);
  });
  it("is no transfer at all to Germany", () => {
    expect(gdprTo(recipient({ country: "DE" }))).toEqual([]);
  });
  it("ignores mechanisms of another regime", () => {
    expect(gdprTo(recipient({ country: "US", transferMechanisms: [mechanism("PIPL", "38-3")] }))).toMatchObject([{ status: "NOT_COVERED" }]);
  });
  it("uses the disclosure's categories, or the activity's when the disclosure names none", () => {
    const r = recipient({ country: "US" });
    const rec = record({ activities: [disclosing([r], { dataCategories: ["user.name", "user.contact.email"] })], recipients: [r] });
    expect(transfersOf(rec)[0].dataCategories).toEqual(["user.contact.email", "user.name"]);
    rec.activities[0].disclosures[0].dataCategories = ["user.device"];
    expect(transfersOf(rec)[0].dataCategories).toEqual(["user.device"]);
  });
});

describe("analyseTransfers, PIPL", () => {
  const hk = location({ key: "hk", name: "Hong Kong servers", country: "HK" });
  const piplStoring = (l: ReturnType<typeof location>) =>
    transfersOf(record({ organization: piplOrganization(), activities: [piplActivity({ storageLocations: [l.key] })], storageLocations: [l] }));
  it("is NOT_COVERED from a CN controller storing in Hong Kong", () => {
    expect(piplStoring(hk)).toMatchObject([{ regime: "PIPL", locationId: "loc_hk", toCountry: "HK", status: "NOT_COVERED" }]);
  });
  it("is COVERED with the CAC standard contract (38-3) recorded", () => {
    expect(piplStoring({ ...hk, transferMechanisms: [mechanism("PIPL", "38-3")] })).toMatchObject([{ status: "COVERED", mechanism: "38-3" }]);
  });
  it("is no transfer for storage in mainland China", () => {
    expect(piplStoring({ ...hk, country: "CN" })).toEqual([]);
  });
});

describe("analyseTransfers, sub-processors", () => {
  it("follows the sub-processor chain and sets viaRecipientId", () => {
    const proc = recipient({ key: "proc", country: "US", transferMechanisms: [mechanism("GDPR", "A46-2-c")] });
    const sub = recipient({ key: "sub", kind: "SUB_PROCESSOR", country: "IN", parent: "proc" });
    const subsub = recipient({ key: "subsub", kind: "SUB_PROCESSOR", country: "JP", parent: "sub" });
    const ts = transfersOf(record({ activities: [disclosing([proc])], recipients: [proc, sub, subsub] }));
    expect(ts.map((t) => [t.recipientId, t.viaRecipientId, t.status])).toEqual([
      ["rcp_proc", null, "COVERED"],
      ["rcp_sub", "rcp_proc", "NOT_COVERED"],
      ["rcp_subsub", "rcp_sub", "COVERED"],
    ]);
  });
  it("does not loop on a parent cycle in bad data", () => {
    const a = recipient({ key: "a", country: "US", parent: "b" });
    const b = recipient({ key: "b", country: "US", parent: "a" });
    const self = recipient({ key: "self", country: "US", parent: "self" });
    const ts = transfersOf(record({ activities: [disclosing([a, self])], recipients: [a, b, self] }));
    expect(ts.map((t) => [t.recipientId, t.viaRecipientId])).toEqual([
      ["rcp_a", null],
      ["rcp_b", "rcp_a"],
      ["rcp_self", null],
    ]);
  });
  it("skips references to recipients and locations that are not in the record", () => {
    const rec = record({ activities: [disclosing([recipient({ key: "ghost" })], { storageLocations: ["nowhere"] })] });
    expect(transfersOf(rec)).toEqual([]);
  });
});
