import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Query, Resolver, Root, Info } from "type-graphql";
import type { Context } from "../context";
import { checkTimeBudget } from "../common/time-budget";
import { Node } from "../node/node.type";
import { resolveNode } from "../node/node.service";
import { compareWithRecord } from "./notice.service";
import { NoticeComparison, NoticeFormat, NoticeGap } from "./notice.type";

const NAME_OF: Record<string, string> = { HTML: "notice.html", MARKDOWN: "notice.md", TEXT: "notice.txt" };

@Resolver(() => NoticeGap)
export class NoticeResolver {
  @Query(() => NoticeComparison, { description: "A privacy notice (its text) compared with an organisation's live record: what each says that the other lacks, and the Art 13/14 items the notice omits. NOT_FOUND for an unknown slug; BAD_USER_INPUT for a notice that cannot be read." })
  noticeComparison(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("organization", () => String, { description: "The organisation's slug." }) organization: string,
    @Arg("notice", () => String, { description: "The notice's text: HTML, Markdown or plain text, at most 500,000 characters." }) notice: string,
    @Arg("format", () => NoticeFormat, { nullable: true, description: "How the text is written; guessed from it when left out." }) format?: string | null,
  ): NoticeComparison {
    checkTimeBudget(ctx, info);
    const { analysis, gaps, subjectIdOf } = compareWithRecord(ctx.db, ctx.principal, organization, notice, format ? NAME_OF[format] : "notice");
    return {
      organization,
      title: analysis.document.title,
      items: analysis.items,
      gaps: gaps.map((g) => ({ ...g, subjectId: subjectIdOf(g), section: g.notice?.section ?? null })),
    };
  }

  @FieldResolver(() => Node, { nullable: true, description: "The object of the record it is about (the organisation for what the notice says and the record lacks)." })
  subject(@Root() g: NoticeGap, @Ctx() ctx: Context) {
    return resolveNode(ctx, g.subjectId);
  }
}
