import { GraphQLError, type GraphQLResolveInfo } from "graphql";
import type { Context } from "../context";

// A request's time budget. The heavy fields run synchronously and cannot be cut short once started, so each one
// checks the clock as it starts (first thing in its resolver, where its work begins): a request of many heavy fields
// is abandoned at the first one past the budget.

/** Milliseconds a request may run before its remaining heavy fields are refused. */
export const TIME_BUDGET_MS = 10_000;

/** Throws TIME_BUDGET_EXCEEDED, naming the field and its alias, once the request has run past its budget. */
export function checkTimeBudget(context: Context, info: GraphQLResolveInfo): void {
  const spent = Date.now() - context.startedAt;
  if (spent <= context.timeBudgetMs) return;
  const name = info.path.key === info.fieldName ? info.fieldName : `${info.fieldName} (alias ${String(info.path.key)})`;
  throw new GraphQLError(`this request has run for ${(spent / 1000).toFixed(1)} s, past its ${context.timeBudgetMs / 1000} s budget, so ${name} was not computed: ask for it in a request of its own`, {
    extensions: { code: "TIME_BUDGET_EXCEEDED", spentMs: spent, budgetMs: context.timeBudgetMs },
  });
}
