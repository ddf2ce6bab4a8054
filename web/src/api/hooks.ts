import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from "@tanstack/react-query";
import type { TypedDocumentString } from "../gql/graphql";
import { request, type ApiError } from "./client";

/** A query from schema/operations/, cached by operation and variables; `enabled: false` waits. */
export function useGql<TData, TVariables>(
  doc: TypedDocumentString<TData, TVariables>,
  variables: TVariables,
  opts: Omit<UseQueryOptions<TData, ApiError>, "queryKey" | "queryFn"> = {},
) {
  return useQuery<TData, ApiError>({
    queryKey: [doc.toString(), variables],
    queryFn: () => request(doc, variables),
    ...opts,
  });
}

/** A mutation; every cached query is refreshed after it succeeds, since any write can change findings, maps and counts. */
export function useGqlMutation<TData, TVariables>(doc: TypedDocumentString<TData, TVariables>) {
  const client = useQueryClient();
  return useMutation<TData, ApiError, TVariables>({
    mutationFn: (variables) => request(doc, variables),
    onSuccess: () => client.invalidateQueries(),
  });
}
