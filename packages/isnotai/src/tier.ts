/** The plan tiers the server reports; new ones may appear. */
export type IsNotAiTier = "free" | "pro" | "enterprise" | (string & {});

/** The response header that carries the tier. */
const TIER_HEADER = "x-isnotai-tier";

/**
 * The plan tier the server reports in `x-isnotai-tier`, from a raw `Response`, a call's result
 * (`{ data, error, response }`) or a page of `paginate(…).pages()`. Undefined where the server
 * sends none: on the 401 of a refused key and on the edge's 429s.
 * @example
 * const result = await client.GET("/v1/integration");
 * tierOf(result); // "pro"
 */
export function tierOf(source: Response | { readonly response: Response }): IsNotAiTier | undefined {
  const response = source instanceof Response ? source : source.response;
  return response.headers.get(TIER_HEADER) ?? undefined;
}
