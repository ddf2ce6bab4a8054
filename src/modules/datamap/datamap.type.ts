import { Field, ID, ObjectType } from "type-graphql";
import { graphqlEnum } from "../common/enums";

export const DataMapNodeKind = graphqlEnum(
  ["DATA_CATEGORY", "PROCESSING_ACTIVITY", "PURPOSE", "RECIPIENT", "LOCATION"] as const,
  "DataMapNodeKind",
  "What a node of the data map stands for.",
  {
    DATA_CATEGORY: "A data category of the taxonomy; `detail` is its key.",
    PROCESSING_ACTIVITY: "A processing activity; `detail` is its key.",
    PURPOSE: "A purpose of processing; `detail` is its key.",
    RECIPIENT: "A recipient; `detail` is its kind.",
    LOCATION: "A storage location; `detail` is its country code.",
  },
);
export type DataMapNodeKind = keyof typeof DataMapNodeKind;

export const DataMapEdgeKind = graphqlEnum(
  ["PROCESSED_IN", "SERVES", "DISCLOSED_TO", "STORED_IN", "ENGAGES"] as const,
  "DataMapEdgeKind",
  "What a directed edge of the data map says about its two nodes.",
  {
    PROCESSED_IN: "Data category → activity: the activity processes the category.",
    SERVES: "Activity → purpose: the activity is carried out for the purpose.",
    DISCLOSED_TO: "Activity → recipient: the activity discloses data to the recipient.",
    STORED_IN: "Activity → storage location: the activity keeps data there.",
    ENGAGES: "Recipient → recipient: the first engages the second as a sub-processor.",
  },
);
export type DataMapEdgeKind = keyof typeof DataMapEdgeKind;

@ObjectType({ simpleResolvers: true, description: "A node of the data map: a category, activity, purpose, recipient or storage location." })
export class DataMapNode {
  @Field(() => ID, { description: "Global id of the object; resolve it with `node(id:)`." })
  id!: string;
  @Field(() => DataMapNodeKind, { description: "What the node stands for." })
  kind!: DataMapNodeKind;
  @Field(() => String, { description: "Text to show on the node." })
  label!: string;
  @Field(() => String, { nullable: true, description: "Extra text: the category key, the recipient's kind, the location's country code." })
  detail?: string | null;
}

@ObjectType({ simpleResolvers: true, description: "A directed edge of the data map." })
export class DataMapEdge {
  @Field(() => ID, { description: "Id of the node the edge leaves." })
  from!: string;
  @Field(() => ID, { description: "Id of the node the edge enters." })
  to!: string;
  @Field(() => DataMapEdgeKind, { description: "What the edge says: category processed in activity, activity serving purpose, disclosure, storage or sub-processing." })
  kind!: DataMapEdgeKind;
  @Field(() => [String], { description: "For DISCLOSED_TO: keys of the categories disclosed; empty otherwise." })
  dataCategories!: string[];
}

@ObjectType({ simpleResolvers: true, description: "An organisation's record as a graph, for diagrams: data flows from categories through activities to recipients and places." })
export class DataMap {
  @Field(() => [DataMapNode], { description: "Every node, each once." })
  nodes!: DataMapNode[];
  @Field(() => [DataMapEdge], { description: "Every edge, each once." })
  edges!: DataMapEdge[];
}

