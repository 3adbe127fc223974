/**
 * What the demo does: lists every user of every provider with `paginate`, upserts 450 users to
 * Sparkwise, and returns one row per provider of what happened. It imports the built packages, so
 * `scripts/demo.ts` imports it once they are built.
 */
import { type Connection, type DemoProvider, PROVIDERS, sparkwise, startFake } from "./providers.ts";
import { createProgress } from "./progress.ts";
import type { Row } from "./summary.ts";

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

async function listAll(p: DemoProvider, c: Connection): Promise<Row> {
  const row: Row = { provider: p.name, items: 0, pages: 0, retries: 0, ms: 0 };
  const started = performance.now();
  const hooks = { onRetry: () => void row.retries++ };
  for await (const page of p.pages(c, { retry: retryOptions, timeoutMs: 5_000, hooks })) {
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
  return row;
}

async function upsertDemo(c: Connection) {
  const users = Array.from({ length: 450 }, (_, i) => ({
    remoteId: i % 45 === 44 ? `invalid-demo-${i}` : `demo-${String(i).padStart(4, "0")}`,
    firstName: "Demo",
    lastName: `User ${i}`,
    email: `demo.${i}@example.com`,
    active: true,
  }));
  const before = seen(c);
  const client = sparkwise(c, { retry: retryOptions });
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
      rows.push(await listAll(p, { fake }));
      if (p.name === "sparkwise") await upsertDemo({ fake });
    } finally {
      await fake.close();
    }
  }
  return rows;
}

/** One provider against its real API, credentials from the environment; writes only when asked. */
export async function runLive(name: string, write: boolean): Promise<Row[]> {
  const p = PROVIDERS.find((x) => x.name === name);
  if (!p)
    throw new Error(`the demo has no --live ${name}; it has: ${PROVIDERS.map((x) => x.name).join(", ")}`);
  const missing = p.env.filter((v) => !process.env[v]);
  if (missing.length) throw new Error(`--live ${name} needs ${missing.join(", ")} in the environment`);
  const env = process.env as Record<string, string>;
  const rows = [await listAll(p, { env })];
  if (name === "sparkwise" && write) await upsertDemo({ env });
  else if (name === "sparkwise") console.log("(read-only: pass --write to upsert the 450 demo users)");
  return rows;
}
