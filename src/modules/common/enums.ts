import { registerEnumType } from "type-graphql";

/** Turns a closed vocabulary from src/domain into a GraphQL enum, with one description per value. */
export function graphqlEnum<T extends readonly string[]>(
  values: T,
  name: string,
  description: string,
  valueDescriptions?: { [K in T[number]]: string },
): { [K in T[number]]: K } {
  const e = Object.fromEntries(values.map((v) => [v, v])) as { [K in T[number]]: K };
  const valuesConfig = valueDescriptions
    ? Object.fromEntries(Object.entries(valueDescriptions).map(([k, d]) => [k, { description: d as string }]))
    : undefined;
  registerEnumType(e, { name, description, valuesConfig: valuesConfig as never });
  return e;
}
