import type { Rule } from "./rule";

// GDPR duties beyond Art 30: children (Art 8), joint controllers (Art 26), notice content (Art 13/14), breaches (Art 33/34), DPIA (Art 35).

export const gdprDutyRules: Rule[] = [];
