import { describe, expect, it } from "vitest";
import { ancestorKeys, isTaxonomyKey, isWithin, parentKey } from "../../src/domain/taxonomy";

describe("parentKey", () => {
  it("drops the last segment", () => {
    expect(parentKey("user.financial.bank_account")).toBe("user.financial");
    expect(parentKey("user.financial")).toBe("user");
  });

  it("gives null for a root key", () => {
    expect(parentKey("user")).toBeNull();
    expect(parentKey("system")).toBeNull();
  });
});

describe("ancestorKeys", () => {
  it("lists every proper ancestor, nearest last", () => {
    expect(ancestorKeys("user.contact.address.billing")).toEqual(["user", "user.contact", "user.contact.address"]);
    expect(ancestorKeys("a.b.c")).toEqual(["a", "a.b"]);
  });

  it("is empty for a root key and never includes the key itself", () => {
    expect(ancestorKeys("user")).toEqual([]);
    expect(ancestorKeys("user.name")).toEqual(["user"]);
  });

  it("agrees with repeated parentKey", () => {
    const key = "essential.service.operations.support";
    const chain: string[] = [];
    for (let p = parentKey(key); p; p = parentKey(p)) chain.unshift(p);
    expect(ancestorKeys(key)).toEqual(chain);
  });
});

describe("isWithin", () => {
  it("holds for the key itself and its descendants", () => {
    expect(isWithin("user.financial", "user.financial")).toBe(true);
    expect(isWithin("user.financial.bank_account", "user.financial")).toBe(true);
    expect(isWithin("user.financial.bank_account", "user")).toBe(true);
  });

  it("does not hold for ancestors or siblings", () => {
    expect(isWithin("user", "user.financial")).toBe(false);
    expect(isWithin("user.contact.email", "user.financial")).toBe(false);
  });

  it("matches whole segments only: user.financial is not within user.fin", () => {
    expect(isWithin("user.financial", "user.fin")).toBe(false);
    expect(isWithin("user.financial.bank_account", "user.fin")).toBe(false);
    expect(isWithin("user.contactless", "user.contact")).toBe(false);
  });

  it("treats underscores literally, not as wildcards", () => {
    expect(isWithin("user.device.cookie_id", "user.device.cookie")).toBe(false);
    expect(isWithin("user.device.cookie", "user.device.cookie_id")).toBe(false);
    expect(isWithin("user.bank_account", "user.bank")).toBe(false);
    expect(isWithin("user.bankXaccount", "user.bank_account")).toBe(false);
    expect(isWithin("user.bank_account.iban", "user.bank_account")).toBe(true);
  });
});

describe("isTaxonomyKey", () => {
  it("accepts dotted lower-case keys with digits and underscores", () => {
    for (const k of ["user", "user.contact.email", "user.device.ip_address", "user.financial.credit_card", "a1.b2_c"]) expect(isTaxonomyKey(k), k).toBe(true);
  });

  it("rejects upper case, empty segments, trailing dots, hyphens and other shapes", () => {
    for (const k of ["User", "user.Contact", "user..x", "user.", ".user", "user-x", "user.x-y", "", "1user", "user._x", "user x", "user.contact.email "]) {
      expect(isTaxonomyKey(k), JSON.stringify(k)).toBe(false);
    }
  });
});
