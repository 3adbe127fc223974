/**
 * What the demo does: lists every user of every provider with `paginate`, upserts 450 users to
 * Sparkwise, and returns one row per provider of what happened. It imports the built packages, so
 * `scripts/demo.ts` imports it once they are built.
 */
import { writeFileSync } from "node:fs";
import { relative } from "node:path";
import { type PersonalMode, type RecordedExchange, recordExchanges } from "@clientele/core/record";
import { ROOT, credentialPrefixes, specPath } from "../lib/providers.ts";
import { formatReport } from "../spec-verify/report.ts";
import { verifyExchanges } from "../spec-verify.ts";
import {
  type Connection,
  type DemoClient,
  type DemoProvider,
  PROVIDERS,
  sparkwise,
  startFake,
} from "./providers.ts";
import { createProgress } from "./progress.ts";
import type { Row } from "./summary.ts";
import { type FirstItems, walkReads } from "./walk.ts";

const progress = createProgress();
const retryOptions = { retries: 6, baseDelayMs: 20, maxDelayMs: 200 };

/** What a fake's ledger saw since `from` (an earlier `seen`), as the summary reports it. */
function seen(c: Connection, from = { requests: 0, faults: {} as Readonly<Record<string, number>> }) {
  if (!("fake" in c)) return undefined;
  const { ledger } = c.fake;
  const faults = Object.fromEntries(
    Object.entries(ledger.faults)
      .map(([kind, n]) => [kind, n - (from.faults[kind] ?? 0)] as const)
      .filter(([, n]) => n > 0),
  );
  return { requests: ledger.entries.length - from.requests, faults };
}

interface ListOptions {
  /** Another server than the provider's (a proxy, a fake). */
  baseUrl?: string;
  /** Called with the client before the first request (to add the recorder). */
  use?: (client: DemoClient) => void;
  /** Collects the first user, whose fields the rest of a live walk needs. */
  first?: FirstItems;
}

async function listAll(p: DemoProvider, c: Connection, { baseUrl, use, first }: ListOptions = {}) {
  const row: Row = { provider: p.name, items: 0, pages: 0, retries: 0, ms: 0 };
  const started = performance.now();
  const hooks = { onRetry: () => void row.retries++ };
  const client = p.client(c, {
    retry: retryOptions,
    timeoutMs: 5_000,
    hooks,
    ...(baseUrl ? { baseUrl } : {}),
  });
  use?.(client);
  for await (const page of p.pages(client)) {
    if (first && !first.has(p.usersPath) && page.items[0]) first.set(p.usersPath, page.items[0] as object);
    row.items += page.items.length;
    row.pages++;
    progress.update(
      `${p.name}: ${row.items.toLocaleString("en-US")} users, ${row.pages} pages, ${row.retries} retries`,
    );
  }
  row.ms = Math.round(performance.now() - started);
  row.seen = seen(c);
  progress.done(
    `${p.name}: ${row.items.toLocaleString("en-US")} users in ${row.pages} pages (${row.retries} retries) in ${row.ms} ms`,
  );
  return { row, client };
}

async function upsertDemo(c: Connection, baseUrl?: string) {
  const users = Array.from({ length: 450 }, (_, i) => ({
    remoteId: i % 45 === 44 ? `invalid-demo-${i}` : `demo-${String(i).padStart(4, "0")}`,
    firstName: "Demo",
    lastName: `User ${i}`,
    email: `demo.${i}@example.com`,
    active: true,
  }));
  const before = seen(c);
  const client = sparkwise(c, { retry: retryOptions, ...(baseUrl ? { baseUrl } : {}) });
  const onProgress = ({ done, total, failed }: { done: number; total: number; failed: number }) =>
    progress.update(`sparkwise upsert: ${done}/${total} sent, ${failed} failed`);
  const { succeeded, failed } = await client.upsertUsers(users, { onProgress });
  const during = before && seen(c, before);
  const faults = during ? Object.values(during.faults).reduce((a, b) => a + b, 0) : 0;
  progress.done(
    `sparkwise upsert: ${users.length} users → ${succeeded.length} succeeded, ${failed.length} failed` +
      (during ? ` (${during.requests} requests, ${faults} faulted)` : ""),
  );
  const reasons = new Map<string, number>();
  for (const f of failed) reasons.set(f.reason, (reasons.get(f.reason) ?? 0) + 1);
  for (const [reason, n] of reasons) console.log(`  ${n} × ${reason}`);
  if (succeeded.length + failed.length !== users.length)
    throw new Error("a batch member went unaccounted for");
}

/** Every provider against its fake, each fake seeded so that a run repeats the last. */
export async function runFakes(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const [i, p] of PROVIDERS.entries()) {
    const fake = await startFake(p, 7 + i);
    try {
      rows.push((await listAll(p, { fake })).row);
      if (p.name === "sparkwise") await upsertDemo({ fake });
    } finally {
      await fake.close();
    }
  }
  return rows;
}

export interface LiveOptions {
  /** Sparkwise only: also upsert the 450 demo users. */
  write?: boolean;
  /** Write the walk's exchanges to this file (NDJSON). */
  record?: string;
  /** Check the walk's exchanges against the spec. */
  verify?: boolean;
  /** Personal fields in the recording. @default "hash" */
  personal?: PersonalMode;
  /** Send the walk to another server (a proxy, a fake). */
  baseUrl?: string;
  /** Where the credentials are read from. @default process.env */
  env?: Record<string, string | undefined>;
}

export interface LiveResult {
  rows: Row[];
  /** The drift report's findings (0 without `verify`). */
  findings: number;
  exchanges: RecordedExchange[];
  /** The drift report's lines, printed last. */
  report: string[];
}

/**
 * One provider against its real API (or `baseUrl`), credentials from the environment: the users,
 * then every other GET the spec documents; writes only when asked; recorded and verified on request.
 */
export async function runLive(name: string, options: LiveOptions = {}): Promise<LiveResult> {
  const p = PROVIDERS.find((x) => x.name === name);
  if (!p)
    throw new Error(`the demo has no --live ${name}; it has: ${PROVIDERS.map((x) => x.name).join(", ")}`);
  const source = options.env ?? process.env;
  const missing = p.env.filter((v) => !source[v]);
  if (missing.length)
    throw new Error(
      `--live ${name} needs ${missing.join(", ")} in the environment (see the provider's README)`,
    );
  const env = Object.fromEntries(p.env.map((v) => [v, source[v]!]));
  const exchanges: RecordedExchange[] = [];
  const recorder =
    options.record !== undefined || options.verify
      ? recordExchanges((e) => void exchanges.push(e), {
          personal: options.personal,
          secrets: Object.values(env),
          credentialPrefixes: credentialPrefixes(p.name),
        })
      : undefined;
  const first: FirstItems = new Map();
  const use = (client: DemoClient) => recorder && client.use(recorder);
  const { row, client } = await listAll(p, { env }, { baseUrl: options.baseUrl, use, first });
  for (const step of await walkReads(p.name, client, first, { skip: p.usersPath }))
    console.log(
      `  ${step.template}: ${step.error ?? (step.status ? `${step.status}` : `${step.pages} page${step.pages == 1 ? "" : "s"}`)}`,
    );
  if (name === "sparkwise" && options.write) await upsertDemo({ env }, options.baseUrl);
  else if (name === "sparkwise") console.log("(read-only: pass --write to upsert the 450 demo users)");
  await recorder?.flush();
  if (options.record !== undefined) {
    writeFileSync(options.record, exchanges.map((e) => `${JSON.stringify(e)}\n`).join(""));
    console.log(
      `Recorded ${exchanges.length} exchanges to ${options.record} (personal fields: ${options.personal ?? "hash"})`,
    );
  }
  const report: string[] = [];
  let findings = 0;
  if (options.verify) {
    const file = specPath(p.name);
    const verified = verifyExchanges(file, exchanges, relative(ROOT, file));
    findings = verified.groups.length;
    report.push("Drift report (the walk's traffic against the spec):", ...formatReport(verified));
    if (findings)
      report.push("", `To fold the traffic into the spec: pnpm spec:verify ${p.name} <recording> --write`);
  }
  return { rows: [row], findings, exchanges, report };
}
