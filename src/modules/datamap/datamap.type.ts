import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({ simpleResolvers: true, description: "A node of the data map: a category, activity, purpose, recipient or storage location." })
export class DataMapNode {
  @Field(() => ID, { description: "Global id of the object; resolve it with `node(id:)`." })
  id!: string;
  @Field(() => String, { description: "DATA_CATEGORY, PROCESSING_ACTIVITY, PURPOSE, RECIPIENT or LOCATION." })
  kind!: string;
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
  @Field(() => String, {
    description: "PROCESSED_IN (category → activity), SERVES (activity → purpose), DISCLOSED_TO (activity → recipient), STORED_IN (activity → location), ENGAGES (recipient → sub-processor).",
  })
  kind!: string;
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

