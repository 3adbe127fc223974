import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundle, launchChromium, servePage } from "./support/browser";
import { expectExactlyOnce } from "./support/checks";
import { startIsnotai, startSparkwise } from "./support/subjects";
import { count } from "./support/tally";

/** What the page runs: the clients as an application bundles them, and a few steps to drive them. */
const ENTRY = `
import { createSparkwiseClient, isApiError, isNetworkError } from "@clientele/sparkwise";
import { createIsNotAiClient } from "@clientele/isnotai";

const retry = { retries: 8, baseDelayMs: 1, maxDelayMs: 20 };

export async function sparkwiseIds(baseUrl: string, apiKey: string, concurrency: number) {
  let retries = 0;
  const client = createSparkwiseClient({ apiKey, baseUrl, retry, timeoutMs: 2000, hooks: { onRetry: () => void retries++ } });
  const ids: string[] = [];
  for await (const user of client.paginate("/users", { params: { query: { pageSize: 50 } } }, { concurrency }))
    ids.push(user.remoteId!);
  return { ids, retries };
}

export async function isnotaiIds(baseUrl: string, apiKey: string) {
  let retries = 0;
  const client = createIsNotAiClient({ apiKey, baseUrl, retry, timeoutMs: 2000, hooks: { onRetry: () => void retries++ } });
  const ids: string[] = [];
  for await (const user of client.paginate("/v1/users", { params: { query: { pageSize: 40 } } })) ids.push(user.userId);
  return { ids, retries };
}

export async function failure(baseUrl: string, apiKey: string) {
  const client = createSparkwiseClient({ apiKey, baseUrl, retry: false });
  try {
    await client.paginate("/users").toArray();
    return { name: "none" };
  } catch (error) {
    const e = error as Error & { status?: number };
    return { name: e.name, status: e.status, api: isApiError(e), network: isNetworkError(e), text: String(e) + e.stack };
  }
}
`;

describe("a client in headless Chromium", () => {
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Awaited<ReturnType<typeof browser.context.newPage>>;
  let server: Awaited<ReturnType<typeof servePage>>;

  beforeAll(async () => {
    server = await servePage(await bundle(ENTRY, "app"));
    browser = await launchChromium();
    page = await browser.context.newPage();
    await page.goto(server.url);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("paginates through faults, CORS preflights included, every user once and in order", async () => {
    const kinds = ["429", "500", "503", "504", "html-200", "truncated", "reset", "slow-body"] as const;
    const fake = await startSparkwise({ items: 1_000, seed: 3, faults: { rate: 0.2, kinds: [...kinds] } });
    for (const concurrency of [4, 1]) {
      const { ids, retries } = await page.evaluate(
        ([url, key, c]) => (window as any).app.sparkwiseIds(url, key, c),
        [fake.server.url, fake.secrets[0]!, concurrency] as const,
      );
      count("retries", retries);
      expectExactlyOnce(ids, fake.ids());
    }
    expect(fake.server.ledger.count((e) => e.fault !== undefined)).toBeGreaterThan(0);
    // the browser asked before sending the key across origins, and the fake allowed it
    expect(fake.server.ledger.count((e) => e.method === "OPTIONS")).toBeGreaterThan(0);

    const isnotai = await startIsnotai({ items: 300, seed: 4, faults: { rate: 0.2, kinds: [...kinds] } });
    const walked = await page.evaluate(([url, key]) => (window as any).app.isnotaiIds(url, key), [
      isnotai.server.url,
      isnotai.secrets[0]!,
    ] as const);
    count("retries", walked.retries);
    expectExactlyOnce(walked.ids, isnotai.ids());
  });

  it("turns a refused key, an HTML page and a redirect into typed errors, never quoting the key", async () => {
    const fake = await startSparkwise({ items: 10 });
    const run = (faults: Parameters<typeof fake.server.setFaults>[0], key = fake.secrets[0]!) => {
      fake.server.setFaults(faults);
      return page.evaluate(([url, k]) => (window as any).app.failure(url, k), [
        fake.server.url,
        key,
      ] as const);
    };
    const wrongKey = `swk_wrong_${"k".repeat(24)}`;
    const refused = await run(undefined, wrongKey);
    expect(refused).toMatchObject({ name: "ApiError", status: 401, api: true });
    expect(refused.text).not.toContain(wrongKey);
    expect(await run(["html-200"])).toMatchObject({ name: "MalformedResponseError", status: 200 });
    // a browser hides a redirect's target (opaqueredirect): core cannot strip the key, so it stops
    const redirected = await run(["redirect-cross-origin"]);
    expect(redirected).toMatchObject({ name: "NetworkError", network: true });
    expect(fake.server.requests.filter((e) => String(e.headers.host).startsWith("localhost"))).toEqual([]);
    for (const r of [refused, redirected]) expect(r.text).not.toContain(fake.secrets[0]!);
  });
});
