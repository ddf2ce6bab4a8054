import { art30Rules } from "./art30";
import { lawfulBasisRules } from "./lawful-basis";
import { piplRules } from "./pipl";
import { reachRules } from "./reach";
import { recipientRules } from "./recipients";
import { retentionRules } from "./retention";
import type { Rule } from "./rule";
import { transferRules } from "./transfers";

/** Every rule, in the order of the rule table. Ids are stable: accepted findings refer to them. */
export const RULES: Rule[] = [...reachRules, ...art30Rules, ...lawfulBasisRules, ...piplRules, ...transferRules, ...recipientRules, ...retentionRules];
