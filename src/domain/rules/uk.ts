import type { Rule } from "./rule";

// UK GDPR: the GDPR duties with UK citations, and PECR.

export const ukRules: Rule[] = [];
