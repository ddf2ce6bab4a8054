import { ArgsType, Field, Int, ObjectType } from "type-graphql";
import { badInput } from "./errors";

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ObjectType({ simpleResolvers: true, description: "Where a page sits in its list (Relay cursor connections)." })
export class PageInfo {
  @Field(() => Boolean, { description: "True when more items follow this page." })
  hasNextPage!: boolean;
  @Field(() => Boolean, { description: "True when items precede this page." })
  hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true, description: "Cursor of the first item of the page." })
  startCursor?: string | null;
  @Field(() => String, { nullable: true, description: "Cursor of the last item; pass it as `after` for the next page." })
  endCursor?: string | null;
}

const cursorOf = (rowId: number) => Buffer.from(`cursor:${rowId}`, "utf8").toString("base64url");

/** Reads `first`/`after` into a keyset window: rows with id > afterId, limit + 1 to learn whether more follow. */
export function pageWindow(first: number | null | undefined, after: string | null | undefined): { afterId: number; limit: number } {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) throw badInput("first", first, `a whole number from 0 to ${MAX_PAGE_SIZE}`);
  let afterId = 0;
  if (after !== null && after !== undefined) {
    const m = /^cursor:([0-9]{1,15})$/.exec(Buffer.from(after, "base64url").toString("utf8"));
    if (!m) throw badInput("after", after, "a cursor returned by an earlier page");
    afterId = Number(m[1]);
  }
  return { afterId, limit: size };
}

/** Builds edges and pageInfo from rows fetched with `limit + 1`; a counting function runs only if `totalCount` is asked for. */
export function toConnection<T extends { rowId: number }>(rows: T[], window: { afterId: number; limit: number }, count: number | (() => number)) {
  const page = rows.slice(0, window.limit);
  const edges = page.map((node) => ({ cursor: cursorOf(node.rowId), node }));
  let total = typeof count === "number" ? count : undefined;
  return {
    edges,
    // A getter, so a dashboard page that does not ask for the count does not pay for a count over the whole list.
    get totalCount(): number {
      return (total ??= (count as () => number)());
    },
    pageInfo: {
      hasNextPage: rows.length > window.limit,
      hasPreviousPage: window.afterId > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 0 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` })
  first?: number | null;
  @Field(() => String, { nullable: true, description: "Cursor after which the page starts." })
  after?: string | null;
}

/** A page of a list already loaded whole (live or as of an instant), with the same keyset cursors as the SQL-backed connections. */
export function connectionOfList<T extends { rowId: number }>(items: readonly T[], args: PageArgs) {
  const window = pageWindow(args.first, args.after);
  const rows = [...items].sort((a, b) => a.rowId - b.rowId).filter((x) => x.rowId > window.afterId);
  return toConnection(rows.slice(0, window.limit + 1), window, items.length);
}

/** Declares `<Name>Edge` and `<Name>Connection` object types for a node class; `whats` is the plural, given since English plurals do not follow a rule. */
export function connectionTypes<T>(name: string, nodeType: new () => T, what: string, whats: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true, description: `One ${what} in a page, with its cursor.` })
  class Edge {
    @Field(() => String, { description: "Opaque cursor of this item." })
    cursor!: string;
    @Field(() => nodeType, { description: `The ${what}.` })
    node!: T;
  }
  @ObjectType(`${name}Connection`, { simpleResolvers: true, description: `A page of ${whats} (Relay cursor connection).` })
  class Connection {
    @Field(() => [Edge], { description: "The items of this page." })
    edges!: Edge[];
    @Field(() => PageInfo, { description: "Where this page sits in the list." })
    pageInfo!: PageInfo;
    @Field(() => Int, { description: "Number of items matching the query across all pages." })
    totalCount!: number;
  }
  return { Edge, Connection };
}
