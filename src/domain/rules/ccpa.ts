import type { Rule } from "./rule";

// California CCPA/CPRA: notice at collection, opt-outs, GPC, sensitive personal information, service-provider contracts.

export const ccpaRules: Rule[] = [];
