import { Field, ObjectType } from "type-graphql";
import { GAP_KINDS } from "../../domain/notice/compare";
import { TRANSPARENCY_ITEMS } from "../../domain/notice/document";
import { ITEM_LABELS } from "../../domain/notice/notice-rules";
import { Severity } from "../compliance/compliance.type";
import { graphqlEnum } from "../common/enums";
import { Regime } from "../reference/reference.type";

export const TransparencyItem = graphqlEnum(TRANSPARENCY_ITEMS, "TransparencyItem", "An item of information GDPR Arts 13 and 14 require a privacy notice to give.", ITEM_LABELS);

export const NoticeGapKind = graphqlEnum(GAP_KINDS, "NoticeGapKind", "Which way a notice and the record disagree.", {
  NOT_RECORDED: "The notice says it; the record of processing does not hold it.",
  NOT_DISCLOSED: "The record holds it; the notice never tells people.",
  OMITTED: "The law requires the notice to give it and the notice does not.",
});

export const NoticeFormat = graphqlEnum(["HTML", "MARKDOWN", "TEXT"] as const, "NoticeFormat", "How a notice's text is written.", {
  HTML: "A web page (scripts, styles and navigation are dropped, never run).",
  MARKDOWN: "Markdown.",
  TEXT: "Plain text, headings found from numbering and short title lines.",
});

@ObjectType({ simpleResolvers: true, description: "Where a notice gives an item: its section and the sentence, an exact substring of the notice." })
export class NoticeEvidence {
  @Field(() => String, { description: 'The section\'s id: the notice\'s own numbering ("2.1"), "preamble", or "s<n>" for unnumbered sections.' })
  section!: string;
  @Field(() => String, { description: "The sentence, exactly as the notice writes it." })
  quote!: string;
}

@ObjectType({ simpleResolvers: true, description: "One GDPR Art 13/14 item and whether the notice gives it." })
export class NoticeItem {
  @Field(() => TransparencyItem, { description: "The item." })
  item!: string;
  @Field(() => Boolean, { description: "True when the notice gives it (a stated denial, such as 'we make no automated decisions', gives it too)." })
  present!: boolean;
  @Field(() => [NoticeEvidence], { description: "Every place the notice gives it; empty when absent." })
  evidence!: NoticeEvidence[];
}

@ObjectType({ simpleResolvers: true, description: "One disagreement between a notice and the record, with the articles it rests on under the laws that reach the organisation." })
export class NoticeGap {
  subjectId!: string;
  @Field(() => NoticeGapKind, { description: "Which way notice and record disagree." })
  kind!: string;
  @Field(() => String, { description: 'Id of the rule (docs/notice-analysis.md), e.g. "notice-recipient-undisclosed".' })
  rule!: string;
  @Field(() => Severity, { description: "How much it matters." })
  severity!: string;
  @Field(() => [Regime], { description: "The regimes reaching the organisation under which it is judged." })
  regimes!: string[];
  @Field(() => String, { description: 'The articles it rests on, e.g. "GDPR Art 13(1)(e), Art 14(1)(e)".' })
  reference!: string;
  @Field(() => String, { description: "What disagrees, naming the object or the notice's words." })
  message!: string;
  @Field(() => String, { description: "What to do about it." })
  remediation!: string;
  @Field(() => String, { description: 'What the gap is about within its subject: a category or purpose key, a country, an item; "" when the subject says it all.' })
  detail!: string;
  @Field(() => String, { nullable: true, description: "The notice's section that says it, for what the notice says; null for what it never says." })
  section!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "A privacy notice compared with an organisation's live record." })
export class NoticeComparison {
  @Field(() => String, { description: "The organisation's slug." })
  organization!: string;
  @Field(() => String, { description: "The notice's title as read." })
  title!: string;
  @Field(() => [NoticeItem], { description: "All 21 Art 13/14 items, in the articles' order, each present or not." })
  items!: NoticeItem[];
  @Field(() => [NoticeGap], { description: "The gaps: not disclosed, not recorded, omitted items; empty when notice and record agree." })
  gaps!: NoticeGap[];
}
