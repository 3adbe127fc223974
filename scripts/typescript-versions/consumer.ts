/**
 * A consumer's program, compiled by `scripts/test/typescript-versions.test.ts` with each TypeScript
 * version in the catalog against the built packages: every provider's client created, a call, a
 * walk with `paginate`, an error guard, and a fake server. Each `@ts-expect-error` proves a type is
 * what it says (not `any`): it fails the compile when the line below it has no error.
 */
import { ApiError, isApiError, type Page } from "@clientele/core";
import { createIsNotAiClient, unwrap } from "@clientele/isnotai";
import { createMercuryClient } from "@clientele/mercury";
import { createMetacomClient } from "@clientele/metacom";
import { createSparkwiseClient, isRateLimitError } from "@clientele/sparkwise";
import { startFakeServer } from "@clientele/testing";
import { createThoughtIndustriesClient } from "@clientele/thought-industries";

export async function consume(): Promise<string[]> {
  const seen: string[] = [];

  const isnotai = createIsNotAiClient({ apiKey: "aik_v1_example", region: "eu" });
  const health = await unwrap(isnotai.GET("/health"));
  seen.push(JSON.stringify(health));
  for await (const user of isnotai.paginate("/v1/users", { params: { query: { pageSize: 50 } } })) {
    const id: string = user.userId;
    // @ts-expect-error a user id is a string
    const wrong: number = user.userId;
    seen.push(id, String(wrong));
  }
  // @ts-expect-error the query has no such parameter
  isnotai.paginate("/v1/users", { params: { query: { pageSise: 50 } } });

  const ti = createThoughtIndustriesClient({ apiKey: "key", tenant: "acme" });
  const [first] = await ti.paginate("/users").toArray({ max: 1 });
  if (first) seen.push(first.email);

  const sparkwise = createSparkwiseClient({ apiKey: "key" });
  const { succeeded, failed } = await sparkwise.upsertUsers([
    { remoteId: "ext-1", firstName: "Ann", email: "ann@example.com" },
  ]);
  seen.push(`${succeeded.length} written, ${failed.length} failed`);
  const pages: AsyncIterable<Page<unknown>> = sparkwise
    .paginate("/users", { params: { query: { pageSize: 50 } } })
    .pages();
  for await (const page of pages) seen.push(String(page.items.length));

  const metacom = createMetacomClient({ token: "token", environmentId: "env", domain: "example.com" });
  for await (const user of metacom.paginate("/users", { params: { query: { limit: 25 } } }))
    seen.push(user._id);

  const mercury = createMercuryClient({ apiKey: "key", projectId: "project" });
  for await (const user of mercury.listBotUsers({ limit: 25 })) seen.push(user.userId);

  try {
    await unwrap(isnotai.GET("/v1/users", { params: { query: { pageSize: 1 } } }));
  } catch (error) {
    if (isApiError(error)) seen.push(`${error.status}`);
    else if (isRateLimitError(error)) seen.push(String(error.retryAt));
    else if (error instanceof ApiError) seen.push(error.message);
  }
  return seen;
}

export async function fake(): Promise<number> {
  const server = await startFakeServer("sparkwise", { seed: 1 });
  const faults: number = server.ledger.faults["503"];
  await server.close();
  return faults;
}
