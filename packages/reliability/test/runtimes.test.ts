/**
 * The runtime matrix: Node 20, 22 and 24, Bun, Deno, workerd and Chromium, each from the npm
 * registry, load the built packages as they resolve them and drive every client against its fake
 * (in this Node process, on 127.0.0.1) through faults. Each runtime reports what it saw; the checks
 * are made here, against the fakes' own records. The README's "Runtimes" table is written from the
 * run, and a runtime that fails fails it.
 */
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundle, launchChromium, servePage } from "./support/browser";
import { expectNoSecrets } from "./support/canary";
import { expectExactlyOnce } from "./support/checks";
import { binaryOf, workerdVersion } from "./support/runtimes/binaries";
import { bundleWorker, compilePrograms, SUITE } from "./support/runtimes/compile";
import { MATRIX_FAULTS, signedWebhook, startRunFakes, type RunFakes } from "./support/runtimes/fakes";
import type { Plan, Report } from "./support/runtimes/probe/plan";
import { runProgram } from "./support/runtimes/program";
import { writeRuntimesTable, type RuntimeRow } from "./support/runtimes/readme";
import { FORMATS, PROGRAMS, type Format } from "./support/runtimes/rows";
import { startWorkerd } from "./support/runtimes/workerd";
import { count } from "./support/tally";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const PACKAGES = ["core", "isnotai", "thought-industries", "sparkwise", "metacom", "mercury"];

/** Runs at once: a runtime waits on sockets and timers most of the time, Chromium is the heavy one. */
const PARALLEL = 4;

/** One run of the scenario: a runtime, in one way of loading the packages, against its own five fakes. */
interface Run {
  readonly id: string;
  execute(fakes: RunFakes): Promise<Executed>;
}

/** What a run brings back: the runtime's report, and for workerd its webhook receiver's answers. */
interface Executed {
  readonly report: Report;
  /** The statuses of the signed POSTs: valid, tampered body, stale signature. */
  readonly receiver?: readonly number[];
}

/** A run's result, settled: what it brought back with the fakes it ran against, or why there is none. */
type Outcome = (Executed & { fakes: RunFakes }) | { failure: Error };

/** The runs started so far (a filtered run, `-t Deno`, starts only its own), each settled once done. */
const outcomes = new Map<string, Promise<Outcome>>();
const table = new Map<string, RuntimeRow>();
let programs: { esm: string; cjs: string };
let worker: string;
let page: string;

/** When the matrix started, was built and finished, for its closing line. */
const clock = { start: performance.now(), built: 0, done: 0 };

beforeAll(async () => {
  clock.start = performance.now();
  // the packages as they would be published: every runtime loads dist/, never src/
  await promisify(execFile)(
    `${ROOT}node_modules/.bin/turbo`,
    ["run", "build", "--filter=@clientele/reliability^...", "--output-logs=errors-only"],
    { cwd: ROOT },
  );
  [programs, worker, page] = await Promise.all([
    compilePrograms(),
    bundleWorker(),
    bundle('export { run } from "./test/support/runtimes/probe/page.ts";', "probe"),
  ]);
  clock.built = performance.now();
}, 240_000);

afterAll(async () => {
  // no runtime outlives the file: a run whose test failed early may still be going
  await Promise.all(outcomes.values());
  clock.done = performance.now();
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  if (clock.built && outcomes.size)
    process.stdout.write(
      `\nRuntime matrix: ${outcomes.size} runs, ${PARALLEL} at a time: build and compile ${s(clock.built - clock.start)}, ` +
        `runs ${s(clock.done - clock.built)}, in all ${s(clock.done - clock.start)}\n`,
    );
  // only a complete run rewrites the table (a filtered one, `-t bun`, leaves it alone)
  if (ROWS.every((row) => table.has(row))) await writeRuntimesTable(ROWS.map((row) => table.get(row)!));
});

const programRun = (runtime: (typeof PROGRAMS)[number], format: Format): Run => ({
  id: `${runtime.id} ${format}`,
  execute: async ({ plan }) => ({
    report: await runProgram([binaryOf(runtime.id), ...runtime.args], programs[format], plan, SUITE),
  }),
});

const workerdRun: Run = {
  id: "workerd",
  async execute({ plan }) {
    const secret = plan.webhook.secret;
    const server = await startWorkerd(worker, { WEBHOOK_SECRET: secret, WORKERD_VERSION: workerdVersion() });
    try {
      const response = await fetch(`${server.url}/scenario`, { method: "POST", body: JSON.stringify(plan) });
      const report = (await response.json()) as Report & { fatal?: string };
      if (report.fatal) throw new Error(`the Worker failed: ${report.fatal}`);
      return { report, receiver: await postWebhooks(server.url, secret) };
    } finally {
      await server.close();
    }
  },
};

/** Real signed POSTs to the Worker's webhook receiver: a valid one, a tampered body, a stale signature. */
async function postWebhooks(url: string, secret: string): Promise<number[]> {
  const valid = signedWebhook(secret);
  const post = (body: string, header: string) =>
    fetch(`${url}/webhook`, { method: "POST", body, headers: { "x-hub-signature": header } }).then(
      (r) => r.status,
    );
  const stale = valid.header.replace(/^t=(\d+)/, (_, t: string) => `t=${Number(t) - 3_600}`);
  return [
    await post(valid.body, valid.header),
    await post(valid.tamperedBody, valid.header),
    await post(valid.body, stale),
  ];
}

const chromiumRun: Run = {
  id: "chromium",
  async execute({ plan }) {
    const served = await servePage(page);
    const browser = await launchChromium();
    try {
      const tab = await browser.context.newPage();
      await tab.goto(served.url);
      const run = (p: Plan) =>
        (window as unknown as { probe: { run(p: Plan): Promise<Report> } }).probe.run(p);
      return { report: (await tab.evaluate(run, plan)) as Report };
    } finally {
      await browser.close();
      await served.close();
    }
  },
};

const RUNS: Run[] = [
  ...PROGRAMS.flatMap((runtime) => FORMATS.map((format) => programRun(runtime, format))),
  workerdRun,
  chromiumRun,
];
/** The README's rows, in order. */
const ROWS = [...PROGRAMS.map((p) => p.label), "workerd (Cloudflare Workers)", "Chromium"];

/** Free places for runs: at most `PARALLEL` at once. */
let free = PARALLEL;
const waiting: (() => void)[] = [];

async function inSlot<T>(task: () => Promise<T>): Promise<T> {
  if (free > 0) free--;
  else await new Promise<void>((resolve) => waiting.push(resolve));
  try {
    return await task();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else free++;
  }
}

/**
 * Starts a run (once), in a free place, against fresh fakes seeded by its position in `RUNS`;
 * resolves with its outcome, never rejects.
 */
function start(id: string): Promise<Outcome> {
  let outcome = outcomes.get(id);
  if (!outcome) {
    const index = RUNS.findIndex((run) => run.id === id);
    outcome = inSlot(async (): Promise<Outcome> => {
      try {
        const fakes = await startRunFakes(index + 1);
        return { ...(await RUNS[index]!.execute(fakes)), fakes };
      } catch (failure) {
        return { failure: failure as Error };
      }
    });
    outcomes.set(id, outcome);
  }
  return outcome;
}

/** What a run brought back, or its failure thrown. */
async function reportOf(id: string): Promise<Executed & { fakes: RunFakes }> {
  const outcome = await start(id);
  if ("failure" in outcome) throw outcome.failure;
  return outcome;
}

/** What a report must show, checked against the fakes; returns the numbers the README states. */
function expectProven({ report, fakes }: { report: Report; fakes: RunFakes }) {
  let items = 0;
  let searched = 0;
  expect(report.providers.map((p) => p.name)).toEqual([...fakes.fakes.keys()]);
  for (const provider of report.providers) {
    const { fake, secrets } = fakes.fakes.get(provider.name)!;
    const { ledger } = fake.server;
    // every item once, in the fake's order, through faults; every fault but a slow body cost one retry
    expectExactlyOnce(provider.ids, fake.ids());
    const retried = ledger.count((e) => e.fault !== undefined && e.fault !== "slow-body");
    expect(provider.retries, `${provider.name}: retries`).toBe(retried);
    count("retries", provider.retries);
    // the refused key: a typed 4xx, and no credential in any way of printing it
    expect(provider.error, provider.name).toMatchObject({
      name: "ApiError",
      status: 401,
      typed: [true, true],
    });
    expectNoSecrets(provider.error.texts as [string, string][], secrets);
    items += provider.ids.length;
    searched += provider.error.texts.length;
    // every kind of fault reached this client (the script holds each once)
    expect(
      Object.entries(ledger.faults)
        .filter(([, n]) => n > 0)
        .map(([kind]) => kind)
        .sort(),
      provider.name,
    ).toEqual([...MATRIX_FAULTS].sort());
  }
  expect(report.webhook, "verifyWebhookSignature: valid, tampered body, wrong key").toEqual([
    true,
    false,
    false,
  ]);
  return { items, searched };
}

/** The README's cells for a run that passed every check. */
function proof({ items, searched }: { items: number; searched: number }, receiver = "") {
  const n = (value: number) => value.toLocaleString("en-US");
  return {
    listed: `${n(items)} of ${n(items)}, every fault retried`,
    refused: `\`ApiError\` 401; no credential in ${n(searched)} serialisations`,
    webhook: `valid accepted; tampered body, wrong key refused${receiver}`,
  };
}

/** Runs `check`; records the row as proven (with the version the runtime reported), or as failed. */
async function recorded(
  runtime: string,
  loads: string,
  check: () => Promise<{ version: string } & ReturnType<typeof proof>>,
): Promise<void> {
  try {
    table.set(runtime, { runtime, loads, ...(await check()) });
  } catch (error) {
    const reason = String((error as Error).message)
      .split("\n")[0]!
      .slice(0, 160);
    table.set(runtime, {
      runtime,
      loads,
      version: "?",
      listed: `**failed**: ${reason}`,
      refused: "",
      webhook: "",
    });
    throw error;
  }
}

const versionOf = (report: Report) => report.runtime.split(" ")[1]!;

describe.each(PROGRAMS.map((runtime) => [runtime.label, runtime.id, runtime] as const))(
  "%s, from the npm package %s",
  (_label, _id, runtime) => {
    it.concurrent(
      "loads the built packages from ESM and CommonJS, and each client walks, fails typed and verifies",
      async () => {
        const loads = "ESM (`import`) and CommonJS (`require`), resolved by the runtime from `node_modules`";
        await recorded(runtime.label, loads, async () => {
          let proven = { items: 0, searched: 0 };
          let version = "";
          for (const format of FORMATS) void start(`${runtime.id} ${format}`); // both at once
          for (const format of FORMATS) {
            const result = await reportOf(`${runtime.id} ${format}`);
            const name = runtime.id.startsWith("node-") ? `node ${runtime.id.slice(5)}.` : `${runtime.id} `;
            expect(result.report.runtime.startsWith(name), `${result.report.runtime} is ${name}…`).toBe(true);
            version = versionOf(result.report);
            // the runtime's own resolver found each package's build for the format: dist/index.js or .cjs
            const file = format === "esm" ? "index.js" : "index.cjs";
            expect(result.report.resolved).toEqual(
              Object.fromEntries(
                PACKAGES.map((p) => [`@clientele/${p}`, `${ROOT}packages/${p}/dist/${file}`]),
              ),
            );
            proven = expectProven(result);
          }
          return { version, ...proof(proven) };
        });
      },
      120_000,
    );
  },
);

describe("workerd, from the npm package workerd", () => {
  it.concurrent(
    "runs every client in a Worker bundled as for Cloudflare, and verifies real signed webhook POSTs",
    async () => {
      const loads =
        "one ES module bundle, as wrangler builds it (`workerd` condition), no Node compatibility flag";
      await recorded("workerd (Cloudflare Workers)", loads, async () => {
        const result = await reportOf("workerd");
        const version = workerdVersion();
        expect(result.report.runtime).toBe(`workerd ${version}`);
        const proven = expectProven(result);
        // the receiver: 204 for Mercury's signature, 401 for a tampered body and for an hour-old one
        expect(result.receiver).toEqual([204, 401, 401]);
        return {
          version,
          ...proof(proven, "; a Worker receiving signed POSTs answers 204, and 401 when tampered or stale"),
        };
      });
    },
    120_000,
  );
});

describe("Chromium", () => {
  it.concurrent(
    "runs every client bundled into a page, CORS preflights included",
    async () => {
      await recorded(
        "Chromium",
        "one bundle in a page, calling the fakes across origins (CORS)",
        async () => {
          const result = await reportOf("chromium");
          const proven = expectProven(result);
          for (const { fake } of result.fakes.fakes.values())
            expect(fake.server.ledger.count((e) => e.method === "OPTIONS")).toBeGreaterThan(0);
          return { version: versionOf(result.report), ...proof(proven) };
        },
      );
    },
    120_000,
  );
});
