import { art30Rules } from "./art30";
import { ccpaRules } from "./ccpa";
import { eprivacyRules } from "./eprivacy";
import { gdprDutyRules } from "./gdpr-duties";
import { lawfulBasisRules } from "./lawful-basis";
import { pdpoRules } from "./pdpo";
import { piplRules } from "./pipl";
import { piplDutyRules } from "./pipl-duties";
import { piplTransferRules } from "./pipl-transfers";
import { reachRules } from "./reach";
import { recipientRules } from "./recipients";
import { retentionRules } from "./retention";
import type { Rule } from "./rule";
import { transferRules } from "./transfers";
import { ukRules } from "./uk";
import { ukTransferRules } from "./uk-transfers";

/** Every rule, in the order of the rule table. Ids are stable: accepted findings refer to them. */
export const RULES: Rule[] = [
  ...reachRules,
  ...art30Rules,
  ...lawfulBasisRules,
  ...gdprDutyRules,
  ...eprivacyRules,
  ...ukRules,
  ...piplRules,
  ...piplDutyRules,
  ...piplTransferRules,
  ...transferRules,
  ...ukTransferRules,
  ...recipientRules,
  ...pdpoRules,
  ...ccpaRules,
  ...retentionRules,
];
