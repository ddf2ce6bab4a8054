import { JSONResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { graphqlEnum } from "../common/enums";

export const ChangeOperation = graphqlEnum(["CREATE", "UPDATE", "DELETE"] as const, "ChangeOperation", "What a change did to an object.", {
  CREATE: "The object was created.",
  UPDATE: "Fields or links of the object changed.",
  DELETE: "The object was deleted (archived): gone from current queries, kept in history.",
});

export const ChangeKind = graphqlEnum(["ADDED", "REMOVED", "CHANGED"] as const, "ChangeKind", "How an object differs between two instants.", {
  ADDED: "Absent at the start, present at the end.",
  REMOVED: "Present at the start, absent (deleted) at the end.",
  CHANGED: "Present at both, with different fields.",
});

@ObjectType({ simpleResolvers: true, description: "One field that changed, with its value before and after (links are lists of keys)." })
export class FieldChange {
  @Field(() => String, { description: "Field name, as in the object's version snapshot." })
  field!: string;
  @Field(() => JSONResolver, { nullable: true, description: "Value before the change; null when there was none." })
  old!: unknown;
  @Field(() => JSONResolver, { nullable: true, description: "Value after the change; null when there is none." })
  new!: unknown;
}

@ObjectType({ simpleResolvers: true, description: "One change to an object: when, by whom, what it did and which fields it changed." })
export class HistoryEntry {
  @Field(() => Int, { description: "The object's version after this change, starting at 1." })
  version!: number;
  @Field(() => Date, { description: "When the change was written." })
  at!: Date;
  @Field(() => String, { description: 'Who made it: an API key\'s name, "seed" for the seed files, "system" otherwise.' })
  actor!: string;
  @Field(() => ChangeOperation, { description: "What the change did." })
  operation!: string;
  @Field(() => [FieldChange], { description: "The fields it changed." })
  changes!: FieldChange[];
}

@ObjectType({ simpleResolvers: true, description: "An object that differs between the two instants of a diff." })
export class ObjectChange {
  @Field(() => ID, { description: "Global id of the object (resolvable with node(id:) and history(id:))." })
  id!: string;
  @Field(() => String, { description: "The object's key at the later instant it existed." })
  key!: string;
  @Field(() => String, { description: "The object's name at the later instant it existed." })
  name!: string;
  @Field(() => ChangeKind, { description: "Added, removed or changed." })
  change!: string;
  @Field(() => [FieldChange], { description: "Field-level differences." })
  changes!: FieldChange[];
}

@ObjectType({ simpleResolvers: true, description: "What changed in an organisation's record between two instants: what a compliance review reads." })
export class RecordDiff {
  @Field(() => Date, { description: "Start of the period." })
  from!: Date;
  @Field(() => Date, { description: "End of the period." })
  to!: Date;
  @Field(() => [FieldChange], { description: "Changes to the organisation's own fields." })
  organization!: FieldChange[];
  @Field(() => [ObjectChange], { description: "Processing activities added, removed or changed." })
  processingActivities!: ObjectChange[];
  @Field(() => [ObjectChange], { description: "Recipients added, removed or changed." })
  recipients!: ObjectChange[];
  @Field(() => [ObjectChange], { description: "Storage locations added, removed or changed." })
  storageLocations!: ObjectChange[];
  @Field(() => [ObjectChange], { description: "Security measures added, removed or changed." })
  securityMeasures!: ObjectChange[];
}

@ObjectType({ simpleResolvers: true, description: "One change to an object of an organisation's record, as a feed shows it." })
export class RecordChange {
  @Field(() => Date, { description: "When the change was written." })
  at!: Date;
  @Field(() => String, { description: 'Who made it: an API key\'s name, "seed" for the seed files, "system" otherwise.' })
  actor!: string;
  @Field(() => ChangeOperation, { description: "What the change did." })
  operation!: string;
  @Field(() => String, { description: "ProcessingActivity, Recipient, Location, SecurityMeasure or Organization." })
  objectType!: string;
  @Field(() => ID, { description: "Global id of the object changed." })
  object!: string;
  @Field(() => String, { description: "The object's name in the version the change wrote." })
  name!: string;
  @Field(() => [String], { description: "Names of the fields the change set, as in the object's version snapshot." })
  fields!: string[];
}

@ObjectType({ simpleResolvers: true, description: "What changed in an organisation's record since an instant." })
export class RecentChanges {
  @Field(() => Int, { description: "How many changes were written at or after the instant." })
  total!: number;
  @Field(() => [RecordChange], { description: "The newest of them first, at most `first`." })
  entries!: RecordChange[];
}
