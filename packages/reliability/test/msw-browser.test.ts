/**
 * The msw handlers of @clientele/testing in a browser, as a browser test runner would use them: a
 * page registers msw's service worker (`setupWorker`) with a fake's handlers, and a client bundled
 * into the page walks the fake through faults with no socket and no fake server at all.
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundle, launchChromium } from "./support/browser";
import { count, countFaults } from "./support/tally";

const ENTRY = `
import { setupWorker } from "msw/browser";
import { createFakeHandlers } from "@clientele/testing/msw";
import { createSparkwiseClient } from "@clientele/sparkwise";

export async function walk(script: string[]) {
  const fake = createFakeHandlers("sparkwise", { seed: 5, users: 230, faults: script as never, retryAfterSeconds: 0 });
  const worker = setupWorker(...fake.handlers);
  await worker.start({ quiet: true, onUnhandledRequest: "error", serviceWorker: { url: "/mockServiceWorker.js" } });
  try {
    let retries = 0;
    const client = createSparkwiseClient({
      ...fake.auth,
      baseUrl: fake.url,
      retry: { retries: 8, baseDelayMs: 1, maxDelayMs: 5 },
      hooks: { onRetry: () => void retries++ },
    });
    const ids: string[] = [];
    for await (const user of client.paginate("/users", { params: { query: { pageSize: 20 } } }, { concurrency: 1 }))
      ids.push(user.remoteId!);
    const expected = fake.state.users.map((u) => u.remoteId);
    const faults = fake.ledger.entries.filter((e) => e.fault).map((e) => e.fault + " " + e.status);
    return { ids, expected, retries, faults, byKind: { ...fake.ledger.faults }, requests: fake.ledger.entries.length };
  } finally {
    worker.stop();
    await fake.close();
  }
}
`;

const SCRIPT = [
  "503",
  "ok",
  "reset",
  "ok",
  "html-200",
  "ok",
  "429",
  "ok",
  "truncated",
  "ok",
  "slow-body",
  "ok",
  "502",
];

/** Serves the page, its bundle and msw's service worker script on 127.0.0.1 (a secure context). */
async function servePage(script: string) {
  const worker = readFileSync(createRequire(import.meta.url).resolve("msw/mockServiceWorker.js"), "utf8");
  const files: Record<string, [string, string]> = {
    "/": ["text/html", '<!doctype html><meta charset="utf-8"><script src="/app.js"></script>'],
    "/app.js": ["text/javascript", script],
    "/mockServiceWorker.js": ["text/javascript", worker],
  };
  const server = createServer((req, res) => {
    const file = files[req.url ?? ""];
    if (file) res.writeHead(200, { "content-type": file[0] }).end(file[1]);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe("@clientele/testing/msw in Chromium, behind msw's service worker", () => {
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let served: Awaited<ReturnType<typeof servePage>>;

  beforeAll(async () => {
    served = await servePage(await bundle(ENTRY, "app"));
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it("answers a bundled client from the page, faults included, every user once", async () => {
    const page = await browser.context.newPage();
    await page.goto(served.url);
    const run = (script: string[]) =>
      (window as unknown as { app: { walk(s: string[]): unknown } }).app.walk(script);
    const result = (await page.evaluate(run, SCRIPT)) as {
      ids: string[];
      expected: string[];
      retries: number;
      faults: string[];
      byKind: Record<string, number>;
      requests: number;
    };
    expect(result.ids).toEqual(result.expected);
    expect(result.ids).toHaveLength(230);
    // each fault as a socket would give it: the status sent (a reset sends its head, then fails the body)
    expect(result.faults).toEqual([
      "503 503",
      "reset 200",
      "html-200 200",
      "429 429",
      "truncated 200",
      "slow-body 200",
      "502 502",
    ]);
    expect(result.retries).toBe(6);
    count("itemsChecked", result.ids.length);
    count("requests", result.requests);
    count("retries", result.retries);
    countFaults(result.byKind);
  });
});
