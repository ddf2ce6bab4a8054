import "reflect-metadata";
import { isEnumType, lexicographicSortSchema, printSchema, printType, type GraphQLSchema } from "graphql";
import { buildSchemaSync } from "type-graphql";
import { DateTimeResolver } from "graphql-scalars";
import {
  DisclosureResolver,
  LegalBasisClaimResolver,
  ProcessingActivityResolver,
  RetentionResolver,
  TrackerResolver,
} from "../modules/activity/activity.resolver";
import { ProcessingActivityMutationResolver } from "../modules/activity/activity.mutation.resolver";
import { HistoryResolver } from "../modules/history/history.resolver";
import { ApiKeyResolver } from "../modules/auth/auth.resolver";
import { TransferMechanismResolver } from "../modules/compliance/mechanism.resolver";
import { FindingResolver, ReachResolver, TransferDestinationResolver, TransferResolver } from "../modules/compliance/compliance.resolver";
import { DataMapResolver } from "../modules/datamap/datamap.resolver";
import { DataFlowsResolver } from "../modules/datamap/dataflows.resolver";
import { LocationResolver } from "../modules/location/location.resolver";
import { NodeResolver } from "../modules/node/node.resolver";
import {
  OrganizationResolver,
  RightOfferedResolver,
  SecurityMeasureResolver,
  StatementResolver,
} from "../modules/organization/organization.resolver";
import { RecipientResolver } from "../modules/recipient/recipient.resolver";
import { RecipientMutationResolver } from "../modules/recipient/recipient.mutation.resolver";
import { GvlRecipientResolver } from "../modules/recipient/gvl.resolver";
import { StorageLocationMutationResolver } from "../modules/location/location.mutation.resolver";
import { OrganizationMutationResolver } from "../modules/organization/organization.mutation.resolver";
import { SecurityMeasureMutationResolver } from "../modules/organization/security-measure.mutation.resolver";
import { TaxonomyMutationResolver } from "../modules/reference/taxonomy.mutation.resolver";
import { DataCategoryResolver, LegalBasisResolver, PurposeResolver } from "../modules/reference/reference.resolver";
import { RopaResolver } from "../modules/ropa/ropa.resolver";
import { NoticeResolver } from "../modules/notice/notice.resolver";

let schema: GraphQLSchema | undefined;

/** The schema is built once per process: it holds no state, only types and resolver classes. */
export function buildGraphQLSchema(): GraphQLSchema {
  schema ??= buildSchemaSync({
    resolvers: [
      NodeResolver,
      OrganizationResolver,
      StatementResolver,
      RightOfferedResolver,
      SecurityMeasureResolver,
      ProcessingActivityResolver,
      DisclosureResolver,
      RetentionResolver,
      TrackerResolver,
      LegalBasisClaimResolver,
      RecipientResolver,
      GvlRecipientResolver,
      LocationResolver,
      DataCategoryResolver,
      PurposeResolver,
      LegalBasisResolver,
      DataMapResolver,
      DataFlowsResolver,
      ProcessingActivityMutationResolver,
      OrganizationMutationResolver,
      SecurityMeasureMutationResolver,
      RecipientMutationResolver,
      StorageLocationMutationResolver,
      TaxonomyMutationResolver,
      HistoryResolver,
      ApiKeyResolver,
      TransferMechanismResolver,
      FindingResolver,
      TransferResolver,
      TransferDestinationResolver,
      ReachResolver,
      RopaResolver,
      NoticeResolver,
    ],
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    validate: false,
    emitSchemaFile: false,
  });
  schema.getMutationType()!.description = "Change the record. Every mutation is one transaction that also writes a version snapshot and an audit entry.";
  schema.getQueryType()!.description = "Read the record of processing: organisations, their activities, recipients and storage, the taxonomies and the data map.";
  return schema;
}

/** The SDL committed as schema/schema.graphql: types, fields and arguments sorted so a change shows as a small diff. */
export function printContract(): string {
  const schema = buildGraphQLSchema();
  const sorted = lexicographicSortSchema(schema);
  let sdl = printSchema(sorted);
  // Enum values keep their declared order, which carries meaning (Severity INFO to CRITICAL, age bands youngest first).
  for (const type of Object.values(sorted.getTypeMap())) {
    if (isEnumType(type) && !type.name.startsWith("__")) sdl = sdl.replace(printType(type), printType(schema.getType(type.name)!));
  }
  return sdl + "\n";
}
