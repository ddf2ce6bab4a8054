import { Field, Int, ObjectType } from "type-graphql";
import { graphqlEnum } from "../common/enums";
import { DPA_STATUSES, RECIPIENT_KINDS, RECIPIENT_ROLES } from "../../domain/regimes";
import { Node } from "../node/node.type";
import type { FromSource } from "../common/source";

export const RecipientKind = graphqlEnum(RECIPIENT_KINDS, "RecipientKind", "The role a recipient plays towards the organisation.", {
  PROCESSOR: "Processes data on the organisation's behalf (GDPR Art 28).",
  SUB_PROCESSOR: "Engaged by a processor (GDPR Art 28(2), (4)).",
  INDEPENDENT_CONTROLLER: "Decides its own purposes for the data it receives.",
  JOINT_CONTROLLER: "Decides purposes and means together with the organisation (GDPR Art 26).",
  AFFILIATE: "A company of the same group.",
  PUBLIC_AUTHORITY: "A government body, regulator, court or police.",
  ACQUIRER: "A party to a merger, acquisition or sale of the business.",
  CONTRACTOR: "A contractor engaged for a business purpose (CCPA §1798.140(j)).",
  AGENT: "An agent acting for the organisation.",
  THIRD_PARTY: "Anyone else who receives the data.",
});
export const RecipientRole = graphqlEnum(RECIPIENT_ROLES, "RecipientRole", "Who a recipient is in law towards the organisation, which decides the duties that apply to a disclosure.", {
  PROCESSOR: "Processes data only on the organisation's instructions (GDPR Art 28; an entrusted party under PIPL Art 21).",
  INDEPENDENT_CONTROLLER: "Decides its own purposes and means for the data it receives (GDPR Art 4(7); PIPL Art 23).",
  JOINT_CONTROLLER: "Decides purposes and means together with the organisation (GDPR Art 26; PIPL Art 20).",
  PUBLIC_AUTHORITY: "A public body receiving data in an inquiry or under a legal duty (GDPR Art 4(9)).",
  ACQUIRER: "Receives the data with the business in a merger, acquisition or sale (PIPL Art 22).",
});
export const DpaStatus = graphqlEnum(DPA_STATUSES, "DpaStatus", "State of the data-processing agreement (GDPR Art 28(3)) with a recipient.", {
  UNKNOWN: "Nothing is recorded.",
  NONE: "Known to have no agreement.",
  CLAIMED: "A notice says agreements exist, but none is on record.",
  SIGNED: "A signed agreement is on record.",
});

@ObjectType({ simpleResolvers: true, description: "The data-processing agreement with a recipient." })
export class Dpa {
  @Field(() => DpaStatus, { description: "Whether an agreement exists." })
  status!: string;
  @Field(() => String, { nullable: true, description: "Date signed (YYYY-MM-DD)." })
  date?: string | null;
  @Field(() => String, { nullable: true, description: "Link to the agreement." })
  url?: string | null;
}

@ObjectType({ implements: Node, simpleResolvers: true, description: "A recipient of personal data: a named company or a category of recipients." })
export class Recipient extends Node implements FromSource {
  __typename = "Recipient";
  rowId!: number;
  organizationId!: number;
  countryCode!: string | null;
  parentId!: number | null;
  source?: FromSource["source"];
  @Field(() => String, { description: "Key, unique within the organisation." })
  key!: string;
  @Field(() => String, { description: "Company name, or the name of the category (e.g. Ad networks)." })
  name!: string;
  @Field(() => RecipientKind, { description: "Role towards the organisation." })
  kind!: string;
  @Field(() => RecipientRole, { nullable: true, description: "Role in law towards the organisation; null while the record does not say." })
  role!: string | null;
  @Field(() => String, { nullable: true, description: 'Kind of business, e.g. "Ad network", "Payment processor".' })
  category?: string | null;
  @Field(() => Boolean, { description: "True for a named company; false for a category of recipients." })
  named!: boolean;
  @Field(() => Dpa, { description: "Data-processing agreement." })
  dpa!: Dpa;
  @Field(() => String, { nullable: true, description: "What the recipient does with the data." })
  description?: string | null;
  // Optional only for views built elsewhere (point-in-time answers) that may not fill it yet; current rows always do.
  @Field(() => Int, { description: "Version of the recipient, starting at 1; give it as expectedVersion when changing it." })
  version!: number;
  @Field(() => Date, { description: "When the recipient last changed." })
  updatedAt!: Date;
}
