/** Ids and instants that only exist once the test server has data; filled in before the cases run. */
export interface Live {
  /** A landups activity, renamed once after seeding ("Renamed for review"). */
  activityId?: string;
  /** When the seeds were loaded (landups' updatedAt before the rename). */
  seededAt?: string;
}

/** One operation file's variables and what its answer must show, against the seeds. */
export interface OperationCase {
  variables: (live: Live) => Record<string, unknown>;
  check: (data: any, live: Live) => void;
  /** A second run with other variables (e.g. as of an instant where the first is live, or the page's filters) and what it must show, given the first answer too. */
  then?: { variables: (live: Live) => Record<string, unknown>; check: (data: any, live: Live, first: any) => void };
}
