import { GraphQLError } from "graphql";
import type { MiddlewareFn } from "type-graphql";
import type { Context } from "../context";

// A request's time budget. The heavy fields run synchronously and cannot be cut short once started, so each one
// checks the clock before it starts: a request of many heavy fields is abandoned at the first one past the budget.

/** Milliseconds a request may run before its remaining heavy fields are refused. */
export const TIME_BUDGET_MS = 10_000;

/** Checks the budget before a field whose work grows with the record (see server/work-price.ts). */
export const TimeBudget: MiddlewareFn<Context> = ({ context, info }, next) => {
  const spent = Date.now() - context.startedAt;
  if (spent > context.timeBudgetMs) {
    const name = info.path.key === info.fieldName ? info.fieldName : `${info.fieldName} (alias ${String(info.path.key)})`;
    throw new GraphQLError(`this request has run for ${(spent / 1000).toFixed(1)} s, past its ${context.timeBudgetMs / 1000} s budget, so ${name} was not computed: ask for it in a request of its own`, {
      extensions: { code: "TIME_BUDGET_EXCEEDED", spentMs: spent, budgetMs: context.timeBudgetMs },
    });
  }
  return next();
};
