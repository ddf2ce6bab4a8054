import type { Rule } from "./rule";

// Hong Kong PDPO: the data protection principles (DPP1-DPP6) and processor contracts.

export const pdpoRules: Rule[] = [];
