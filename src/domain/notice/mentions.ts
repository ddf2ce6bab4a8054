import type { RecipientKind } from "../regimes";
import type { RecipientRole } from "../record-index";

// What the phrase finders report: a phrase of a notice that names a data category, a purpose or a recipient,
// where it is (section and offset, so the draft can group mentions by section and sentence) and whether it is denied.

export interface Mention {
  section: string;
  /** Offset of `quote` in the section's text. */
  at: number;
  /** The phrase as the notice writes it: an exact substring of the section's text. */
  quote: string;
  /** True when the sentence denies it: "we never collect your location". */
  negated: boolean;
}

/** A data category: `key` of seeds/reference/data-categories.yaml. */
export interface CategoryMention extends Mention {
  key: string;
}

/** A purpose: `key` of seeds/reference/purposes.yaml. */
export interface PurposeMention extends Mention {
  key: string;
}

/** A recipient, named ("PayPal", "Google Analytics") or a category of them ("ad networks", "affiliates"). */
export interface RecipientMention extends Mention {
  /** A kebab-case key for the draft record, the same for every mention of the same recipient: "paypal", "ad-networks". */
  key: string;
  /** The recipient's name as a record would write it: "PayPal", "Ad networks". */
  name: string;
  named: boolean;
  kind: RecipientKind;
  /** Only where the phrase itself says it (a "processor", "public authority"); null otherwise. */
  role: RecipientRole | null;
  /** What kind of service, in words: "Payment provider", "Ad network". */
  category: string;
}
