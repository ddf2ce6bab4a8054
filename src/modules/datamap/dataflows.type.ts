import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { graphqlEnum } from "../common/enums";
import { RecipientKind } from "../recipient/recipient.type";
import { Regime } from "../reference/reference.type";
import { FLOW_LINK_KINDS } from "../../domain/dataflows";

export const DataFlowNodeKind = graphqlEnum(
  ["DATA_CATEGORY", "CATEGORY_GROUP", "PROCESSING_ACTIVITY", "PURPOSE", "RECIPIENT", "RECIPIENT_KIND", "LOCATION", "COUNTRY"] as const,
  "DataFlowNodeKind",
  "What a node of the data flows stands for: one object, or a group of them.",
  {
    DATA_CATEGORY: "One data category.",
    CATEGORY_GROUP: "The categories under a key's first segments, e.g. user.contact.",
    PROCESSING_ACTIVITY: "One processing activity.",
    PURPOSE: "One purpose (or the activities with none recorded).",
    RECIPIENT: "One recipient.",
    RECIPIENT_KIND: "Every recipient of one kind.",
    LOCATION: "One storage location.",
    COUNTRY: "Every storage location in one country.",
  },
);

export const DataFlowLinkKind = graphqlEnum(FLOW_LINK_KINDS, "DataFlowLinkKind", "What a flow between two columns of the data flows carries.", {
  PROCESSED_IN: "Category → activity: the activities process the category.",
  SERVES: "Activity or category → purpose: processing carried out for the purpose.",
  DISCLOSED_TO: "→ recipient, or a kind of recipients: data disclosed to them.",
  STORED_IN: "→ storage location, or a country: data kept there.",
});

@InputType({ description: "Filters for dataFlows; every given one must hold." })
export class DataFlowFilter {
  @Field(() => String, { nullable: true, description: "Data-category key; matches the key and every key below it." })
  dataCategory?: string | null;
  @Field(() => String, { nullable: true, description: "Purpose key; matches the key and every key below it." })
  purpose?: string | null;
  @Field(() => Regime, { nullable: true, description: "Only activities this regime reaches." })
  regime?: string | null;
  @Field(() => RecipientKind, { nullable: true, description: "Only disclosures to recipients of this kind; activities without one drop out." })
  recipientKind?: string | null;
  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 code: only recipients and storage locations in that country; activities without one drop out." })
  country?: string | null;
}

@ObjectType({ simpleResolvers: true, description: "The filter that opens a group node: pass it back as dataFlows(filter:)." })
export class DataFlowDrill {
  @Field(() => String, { nullable: true, description: "The category group's key." })
  dataCategory?: string;
  @Field(() => String, { nullable: true, description: "The purpose's key." })
  purpose?: string;
  @Field(() => RecipientKind, { nullable: true, description: "The recipients' kind." })
  recipientKind?: string;
  @Field(() => String, { nullable: true, description: "The storage locations' country code." })
  country?: string;
}

@ObjectType({ simpleResolvers: true, description: "A node of the data flows: one object or a group of them, in one column." })
export class DataFlowNode {
  @Field(() => ID, { description: 'Stable within the answer, e.g. "category:user.contact", "activity:<global id>", "recipientKind:PROCESSOR", "country:HK".' })
  id!: string;
  @Field(() => DataFlowNodeKind, { description: "What the node stands for." })
  kind!: string;
  @Field(() => Int, { description: "0 categories, 1 activities or purposes, 2 destinations (recipients, locations, and purposes when column 1 shows activities)." })
  column!: number;
  @Field(() => String, { description: "Text to show on the node." })
  label!: string;
  @Field(() => String, { nullable: true, description: "The key, recipient kind or country code." })
  detail!: string | null;
  @Field(() => Int, { description: "How many of the matched activities are behind the node." })
  activityCount!: number;
  @Field(() => ID, { nullable: true, description: "Global id of the object when the node is one object; null for a group." })
  object!: string | null;
  @Field(() => DataFlowDrill, { nullable: true, description: "The filter that opens this group; null when the node is not a group." })
  drill!: DataFlowDrill | null;
}

@ObjectType({ simpleResolvers: true, description: "A flow between two nodes of adjacent columns." })
export class DataFlowLink {
  @Field(() => ID, { description: "Id of the node the flow leaves." })
  source!: string;
  @Field(() => ID, { description: "Id of the node the flow enters." })
  target!: string;
  @Field(() => Int, { description: "Number of activities carrying this flow." })
  value!: number;
  @Field(() => DataFlowLinkKind, { description: "What the flow carries: processing, purpose, disclosure or storage." })
  kind!: string;
}

@ObjectType({ simpleResolvers: true, description: "An organisation's data flows, aggregated so a Sankey diagram can draw them at any size." })
export class DataFlows {
  @Field(() => [DataFlowNode], { description: "Every node, by column, the busiest first." })
  nodes!: DataFlowNode[];
  @Field(() => [DataFlowLink], { description: "Every flow, each once." })
  links!: DataFlowLink[];
  @Field(() => Int, { description: "Activities that matched the filter." })
  activityCount!: number;
  @Field(() => Boolean, { description: "True when some column was grouped (purposes instead of activities, category groups, recipient kinds or countries)." })
  aggregated!: boolean;
}
