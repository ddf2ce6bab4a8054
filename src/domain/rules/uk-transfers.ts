import type { Rule } from "./rule";

// UK GDPR Chapter V: restricted transfers, UK adequacy regulations, the IDTA and the Addendum.

export const ukTransferRules: Rule[] = [];
