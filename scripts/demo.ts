/**
 * The demo: lists every user of every provider with `paginate`, then upserts 450 users to
 * Sparkwise, and prints what happened. By default against the built-in fake servers (faults on, so
 * retries happen); `--live <provider>` runs it against the real API with credentials from the
 * environment, read-only unless `--write` is given.
 *   pnpm demo
 *   ISNOTAI_API_KEY=aik_v1_… pnpm demo --live isnotai
 */
import { type Connection, type DemoProvider, PROVIDERS, sparkwise, startFake } from "./demo/providers.ts";
import { createProgress } from "./demo/progress.ts";
import { formatTable } from "./demo/table.ts";

interface Row {
  provider: string;
  items: number;
  pages: number;
  retries: number;
  faults: number;
  ms: number;
}

const progress = createProgress();
const retryOptions = { retries: 6, baseDelayMs: 20, maxDelayMs: 200 };

async function listAll(p: DemoProvider, c: Connection): Promise<Row> {
  const row: Row = { provider: p.name, items: 0, pages: 0, retries: 0, faults: 0, ms: 0 };
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
  if ("fake" in c) row.faults = c.fake.ledger.entries.filter((e) => e.fault).length;
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
  const client = sparkwise(c, { retry: retryOptions });
  const onProgress = ({ done, total, failed }: { done: number; total: number; failed: number }) =>
    progress.update(`sparkwise upsert: ${done}/${total} sent, ${failed} failed`);
  const { succeeded, failed } = await client.upsertUsers(users, { onProgress });
  progress.done(
    `sparkwise upsert: ${users.length} users → ${succeeded.length} succeeded, ${failed.length} failed`,
  );
  const reasons = new Map<string, number>();
  for (const f of failed) reasons.set(f.reason, (reasons.get(f.reason) ?? 0) + 1);
  for (const [reason, n] of reasons) console.log(`  ${n} × ${reason}`);
  if (succeeded.length + failed.length !== users.length)
    throw new Error("a batch member went unaccounted for");
}

async function runFakes() {
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

async function runLive(name: string, write: boolean) {
  const p = PROVIDERS.find((x) => x.name === name);
  if (!p) throw new Error(`unknown provider "${name}"; one of: ${PROVIDERS.map((x) => x.name).join(", ")}`);
  const missing = p.env.filter((v) => !process.env[v]);
  if (missing.length) throw new Error(`--live ${name} needs ${missing.join(", ")} in the environment`);
  const env = process.env as Record<string, string>;
  const rows = [await listAll(p, { env })];
  if (name === "sparkwise" && write) await upsertDemo({ env });
  else if (name === "sparkwise") console.log("(read-only: pass --write to upsert the 450 demo users)");
  return rows;
}

async function main(argv: string[]) {
  const live = argv.indexOf("--live");
  const started = performance.now();
  const rows = live >= 0 ? await runLive(argv[live + 1] ?? "", argv.includes("--write")) : await runFakes();
  const total = rows.reduce(
    (t, r) => ({ items: t.items + r.items, pages: t.pages + r.pages, retries: t.retries + r.retries }),
    {
      items: 0,
      pages: 0,
      retries: 0,
    },
  );
  console.log(`\n${live >= 0 ? "Live" : "Against the built-in fake servers (10% of responses faulted)"}:\n`);
  console.log(
    formatTable(
      ["provider", "items", "pages", "retries", "faults", "elapsed ms"],
      [
        ...rows.map((r) => [r.provider, r.items, r.pages, r.retries, r.faults, r.ms]),
        [
          "total",
          total.items,
          total.pages,
          total.retries,
          rows.reduce((n, r) => n + r.faults, 0),
          Math.round(performance.now() - started),
        ],
      ],
    ),
  );
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
  process.exit(1);
});
