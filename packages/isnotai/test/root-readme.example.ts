/**
 * The quickstart of the repository's README, type-checked (by `pnpm typecheck`) but not run: it
 * talks to the real API. A root test checks that the README's block stands here verbatim.
 */
declare const process: { env: Record<string, string | undefined> };

export async function quickstart() {
  // README (root): quickstart
  const { createIsNotAiClient, unwrap } = await import("@clientele/isnotai");

  const client = createIsNotAiClient({ apiKey: process.env.ISNOTAI_API_KEY!, region: "eu" });

  // openapi-fetch's own surface, typed from the spec
  const { data, error, response } = await client.GET("/v1/users", { params: { query: { pageSize: 100 } } });

  // or the data, with a typed error thrown otherwise
  const health = await unwrap(client.GET("/health"));

  // every item of every page, typed, fetched lazily; retries, deadlines and resumable positions included
  for await (const user of client.paginate("/v1/users", { params: { query: { search: "ann" } } })) {
    console.log(user.userId, user.riskLevel);
  }
  return { data, error, response, health };
}
