/**
 * Property: batches of any size through chunks that fail in every way (error statuses, hostile
 * `Retry-After`, resets, refusals, malformed and deeply nested bodies, bodies that fail mid-stream,
 * member failures listed by the server), with any `concurrency` (valid or not) and aborts at any
 * point: every member comes back exactly once, in `succeeded` or `failed`, as the server decided; a
 * non-idempotent chunk reaches the server at most once; bad options are refused before anything
 * is sent; an abort rejects with its reason and sends nothing more.
 */
import fc from "fast-check";
import { describe, it } from "vitest";
import { type ProviderMetadata, ValidationError, createClient, runBatch } from "../src/index.js";
import { fetchFailure } from "./fixtures.js";
import { deepJson, erroredStream } from "./property/bodies.js";
import { generated, saveFiguresAfterAll } from "./property/figures.js";
import { describeError, expectTyped, holds, outcome, watchUnhandled } from "./property/invariants.js";
import { params, timeout } from "./property/settings.js";

const KINDS = [
  "ok",
  "ok",
  "ok",
  "400",
  "409",
  "422",
  "500",
  "503",
  "429",
  "retry-after-1e400",
  "retry-after-huge",
  "reset",
  "refused",
  "malformed-200",
  "html-200",
  "deep-error",
  "errored-body",
  "failure-envelope",
] as const;
type Kind = (typeof KINDS)[number];

const world = fc.record({
  members: fc.integer({ min: 0, max: 40 }),
  max: fc.integer({ min: 1, max: 7 }),
  idempotent: fc.boolean(),
  answers: fc.array(
    fc.record({
      kind: fc.constantFrom(...KINDS),
      fail: fc.array(fc.nat({ max: 8 }), { maxLength: 3 }),
      latencyMs: fc.nat({ max: 3 }),
    }),
    { minLength: 1, maxLength: 16 },
  ),
  retries: fc.integer({ min: 0, max: 2 }),
  concurrency: fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 1, max: 6 }) },
    fc.constantFrom(0, 0.5, -1, Number.NaN, 1.5, Infinity, -Infinity),
  ),
  abortAfter: fc.option(fc.nat({ max: 10 }), { nil: undefined }),
});
type World = typeof world extends fc.Arbitrary<infer W> ? W : never;

const unhandled = watchUnhandled();
saveFiguresAfterAll();

const metaOf = (max: number): ProviderMetadata => {
  const batch = {
    items: "/users",
    max,
    key: "/id",
    failures: "/failed",
    failureKey: "/id",
    failureReason: "/error",
  };
  return {
    name: "batches",
    servers: [{ url: "https://api.example.test" }],
    securitySchemes: {},
    errors: { code: "/code", message: "/message", failure: { pointer: "/success", equals: false } },
    operations: {
      "POST /users/batch": { id: "batch", batch },
      "POST /users/batch-upsert": { id: "upsert", idempotent: true, batch },
    },
  };
};

interface Member {
  id: string;
}

/** A response for one chunk request; `failed` lists the members it reports failed (ok answers only). */
function answerFor(kind: Kind, chunk: Member[], fail: number[]): Response {
  const json = { "content-type": "application/json" };
  switch (kind) {
    case "ok": {
      const failed = fail.map((i) => chunk[i % Math.max(1, chunk.length)]?.id ?? "nobody");
      return Response.json({
        success: true,
        failed: [...failed, "unknown-id"].map((id) => ({ id, error: `bad ${id}` })),
      });
    }
    case "retry-after-1e400":
      return Response.json({ code: "E" }, { status: 429, headers: { "retry-after": "1e400" } });
    case "retry-after-huge":
      return Response.json({ code: "E" }, { status: 503, headers: { "retry-after": "9999999999999" } });
    case "malformed-200":
      return new Response('{"failed":[{"id":', { headers: json });
    case "html-200":
      return new Response("<html>maintenance</html>", { headers: { "content-type": "text/html" } });
    case "deep-error":
      return new Response(deepJson(5_000, "error-envelope"), { status: 500, headers: json });
    case "errored-body":
      return new Response(erroredStream('{"failed":['), { headers: json });
    case "failure-envelope":
      return Response.json({ success: false, code: "E", message: "refused" });
    default:
      return Response.json({ code: `E${kind}`, message: "no" }, { status: Number(kind) });
  }
}

async function play(w: World) {
  generated();
  const members: Member[] = Array.from({ length: w.members }, (_, i) => ({
    id: `m${String(i).padStart(3, "0")}`,
  }));
  const controller = new AbortController();
  const reason = new Error("caller's abort");
  let requests = 0;
  let abortedAt: number | undefined;
  let sentAfterAbort = 0;
  /** Per chunk (by its first member): how many requests reached the server, and the last answer. */
  const chunks = new Map<string, { reached: number; last: Kind; failed: Set<string> }>();
  const fetch = async (request: Request) => {
    if (controller.signal.aborted) sentAfterAbort++;
    const index = requests++;
    if (w.abortAfter === index) {
      abortedAt = index;
      controller.abort(reason);
    }
    const chunk = ((await request.clone().json()) as { users: Member[] }).users;
    const plan = w.answers[index % w.answers.length]!;
    const entry = chunks.get(chunk[0]!.id) ?? { reached: 0, last: plan.kind, failed: new Set<string>() };
    chunks.set(chunk[0]!.id, entry);
    entry.last = plan.kind;
    entry.failed = new Set(plan.kind == "ok" ? plan.fail.map((i) => chunk[i % chunk.length]!.id) : []);
    if (plan.kind != "refused") entry.reached++;
    await new Promise((resolve) => setTimeout(resolve, plan.latencyMs));
    if (plan.kind == "refused") throw fetchFailure("ECONNREFUSED");
    if (plan.kind == "reset") throw fetchFailure("ECONNRESET", "socket hang up");
    return answerFor(plan.kind, chunk, plan.fail);
  };
  const client = createClient(metaOf(w.max), {
    fetch,
    retry: { retries: w.retries, baseDelayMs: 0, maxDelayMs: 0 },
  }) as never;
  const path = w.idempotent ? "/users/batch-upsert" : "/users/batch";
  const result = await outcome(
    runBatch<{}, Member>(client, "POST", path as never, members, {
      concurrency: w.concurrency,
      signal: controller.signal,
    }),
  );
  await unhandled.expectNone();
  return { members, result, chunks, requests, reason, abortedAt, sentAfterAbort };
}

const validConcurrency = (c: number) => Number.isInteger(c) && c >= 1;

describe("batch worlds (property)", () => {
  it(
    "every member exactly once across succeeded and failed, as the server decided, or a typed refusal of a bad option before any request",
    async () => {
      await fc.assert(
        fc.asyncProperty(world, async (w) => {
          const { members, result, chunks, requests, reason, abortedAt } = await play(w);
          if (!result.ok) {
            expectTyped(result.error, reason);
            if (result.error instanceof ValidationError) {
              holds(
                result.error.field == "concurrency",
                () =>
                  `a ValidationError names ${result.error instanceof ValidationError && result.error.field}`,
              );
              holds(requests == 0, () => `${requests} requests were sent before the options were refused`);
              return;
            }
            holds(
              abortedAt !== undefined,
              () => `the batch rejected without an abort: ${describeError(result.error)}`,
            );
            return;
          }
          const { succeeded, failed } = result.value;
          const all = [...succeeded, ...failed.map((f) => f.member)];
          const times = new Map<Member, number>();
          for (const m of all) times.set(m, (times.get(m) ?? 0) + 1);
          const lost = members.filter((m) => !times.has(m));
          const twice = [...times].filter(([, n]) => n > 1).map(([m]) => m.id);
          holds(
            lost.length == 0 && twice.length == 0 && all.length == members.length,
            () =>
              `${members.length} members, concurrency ${w.concurrency}: ${succeeded.length} succeeded, ${failed.length} failed, ${lost.length} lost, ${twice.length} twice`,
          );
          const inOrder = (list: Member[]) => list.every((m, i) => i == 0 || list[i - 1]!.id < m.id);
          holds(
            inOrder(succeeded) && inOrder(failed.map((f) => f.member)),
            "each list keeps the input order",
          );
          holds(
            failed.every((f) => typeof f.reason == "string" && /\S/.test(f.reason)),
            "every failure says why",
          );
          if (!validConcurrency(w.concurrency)) return;
          const ok = new Set(succeeded.map((m) => m.id));
          for (let i = 0; i < members.length; i += w.max) {
            const chunk = members.slice(i, i + w.max);
            const seen = chunks.get(chunk[0]!.id);
            for (const m of chunk) {
              const should = seen?.last == "ok" && !seen.failed.has(m.id);
              holds(
                ok.has(m.id) == should,
                () =>
                  `${m.id} ${ok.has(m.id) ? "succeeded" : "failed"}, but its chunk's last answer was ${seen?.last ?? "never sent"}`,
              );
            }
          }
        }),
        params(300),
      );
    },
    timeout(300, 10),
  );

  it(
    "any concurrency (0, 0.5, -1, NaN, Infinity…) gives a ValidationError naming it before any request, or every member accounted for",
    async () => {
      const calm = world.map((w) => ({
        ...w,
        answers: [{ kind: "ok" as const, fail: [], latencyMs: 0 }],
        abortAfter: undefined,
      }));
      await fc.assert(
        fc.asyncProperty(calm, async (w) => {
          const { members, result, requests } = await play(w);
          if (!result.ok) {
            holds(
              result.error instanceof ValidationError && result.error.field == "concurrency" && requests == 0,
              () =>
                `concurrency ${w.concurrency}: rejected with ${describeError(result.error)} after ${requests} requests`,
            );
            return;
          }
          const { succeeded, failed } = result.value;
          holds(
            succeeded.length + failed.length == members.length,
            () =>
              `concurrency ${w.concurrency}: ${members.length} members, ${succeeded.length} succeeded, ${failed.length} failed, ${requests} requests`,
          );
        }),
        params(150),
      );
    },
    timeout(150, 5),
  );

  it(
    "a non-idempotent chunk reaches the server at most once, and nothing is sent after an abort",
    async () => {
      await fc.assert(
        fc.asyncProperty(world, async (w) => {
          const { chunks, sentAfterAbort } = await play(w);
          if (!w.idempotent)
            for (const [first, chunk] of chunks)
              holds(
                chunk.reached <= 1,
                () => `the chunk starting at ${first} reached the server ${chunk.reached} times`,
              );
          holds(sentAfterAbort == 0, () => `${sentAfterAbort} requests were sent after the abort`);
        }),
        params(300),
      );
    },
    timeout(300, 10),
  );
});
