import { GraphQLError } from "graphql";
import type { Db } from "../../db/connection";
import type { NoticeAnalysis } from "../../domain/notice/analysis";
import { compareNotice, type NoticeGap } from "../../domain/notice/compare";
import type { Principal } from "../../domain/principal";
import { analyzeWithMentions } from "../../io/notice/analyze";
import { NoticeError } from "../../io/notice/errors";
import { unknownOrganization } from "../common/errors";
import { referenceFacts } from "../compliance/reference-facts";
import { organizationIdOf, readRecord } from "../record/record.read";

// A notice compared with an organisation's live record: for `datamap notice compare` and the noticeComparison query.

/** The longest notice accepted (characters): long notices run to about 100,000; five times that is no notice. */
export const NOTICE_MAX_CHARACTERS = 500_000;

export interface NoticeComparison {
  analysis: NoticeAnalysis;
  gaps: NoticeGap[];
  /** The global id of the object a gap is about. */
  subjectIdOf(gap: NoticeGap): string;
}

/** Bad notices are BAD_USER_INPUT naming `path`; an organisation the caller may not see is NOT_FOUND, as one that does not exist. */
export function compareWithRecord(db: Db, principal: Principal, slug: string, notice: string | Buffer, name: string, path = "notice"): NoticeComparison {
  if (notice.length > NOTICE_MAX_CHARACTERS) {
    throw new GraphQLError(`${path}: the notice has ${notice.length.toLocaleString("en")} characters; at most ${NOTICE_MAX_CHARACTERS.toLocaleString("en")} are accepted`, { extensions: { code: "BAD_USER_INPUT", argumentPath: path } });
  }
  const id = organizationIdOf(db, principal, slug, false);
  const read = id === null ? null : readRecord(db, id, null);
  if (!read) throw unknownOrganization(slug);
  let result: ReturnType<typeof analyzeWithMentions>;
  try {
    result = analyzeWithMentions(notice, name);
  } catch (err) {
    if (err instanceof NoticeError) throw new GraphQLError(`${path}: ${err.problem}`, { extensions: { code: "BAD_USER_INPUT", argumentPath: path } });
    throw err;
  }
  const ids = read.identity;
  const byType = { ProcessingActivity: ids.activities, Recipient: ids.recipients, Location: ids.storageLocations };
  return {
    analysis: result.analysis,
    gaps: compareNotice(result.analysis, read.document, referenceFacts(db), result.mentions),
    subjectIdOf: (g) => (g.subject.type === "Organization" ? ids.organization : (byType[g.subject.type].get(g.subject.key) ?? ids.organization)),
  };
}
