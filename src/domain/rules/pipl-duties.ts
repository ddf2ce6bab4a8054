import type { Rule } from "./rule";

// PIPL duties: notice, re-consent, entrusted processing, provision to other handlers, automated decisions, impact assessments.

export const piplDutyRules: Rule[] = [];
