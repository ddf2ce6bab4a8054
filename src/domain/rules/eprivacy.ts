import type { Rule } from "./rule";

// ePrivacy Directive Art 5(3) and Art 13 (cookies, electronic marketing), for controllers GDPR reaches.

export const eprivacyRules: Rule[] = [];
