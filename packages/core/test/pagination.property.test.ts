/**
 * Property: every pagination style core has, against honest servers that clamp and vary their page
 * sizes, report stale totals, send empty pages with more to come, grow or shrink mid-walk, fault
 * (500, 503, 429, resets, truncated bodies), walked item by item, page by page or collected, with
 * concurrency, prefetch, early breaks and aborts, each resumed from the saved position after a
 * JSON round trip: every item exactly once, in order; every failure typed; nothing unhandled.
 */
import fc from "fast-check";
import { describe, it } from "vitest";
import { type Paginator, createClient } from "../src/index.js";
import type { LooseClient } from "./fixtures.js";
import { generated, saveFiguresAfterAll } from "./property/figures.js";
import { describeError, expectTyped, holds, watchUnhandled } from "./property/invariants.js";
import {
  type Held,
  type PageWorld,
  SIZE_PARAM,
  STYLES,
  pageMeta,
  pageServer,
  pageWorld,
} from "./property/page-worlds.js";
import { params, timeout } from "./property/settings.js";

const unhandled = watchUnhandled();
saveFiguresAfterAll();

/** The query a walk starts with: the size asked for, and the keyset's start. */
function firstQuery(w: PageWorld, server: ReturnType<typeof pageServer>): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  if (w.ask !== undefined && SIZE_PARAM[w.style]) query[SIZE_PARAM[w.style]] = w.ask;
  if (w.style == "keyset" && w.startAt !== undefined && w.startAt < w.count)
    query.startId = server.required()[w.startAt]!.userId;
  return query;
}

/**
 * Walks a world to its end: each session walks until it ends, fails, or the caller stops it (a
 * break or an abort); the next session resumes from the position, saved as JSON. Returns the
 * items delivered, in order, and every error met.
 */
async function walkWorld(w: PageWorld) {
  generated();
  const server = pageServer(w);
  const client = createClient(pageMeta, {
    fetch: server.fetch,
    retry: { retries: w.retries, baseDelayMs: 0, maxDelayMs: 0 },
  }) as unknown as LooseClient;
  const path = `/${w.style}`;
  const query = firstQuery(w, server);
  const delivered: Held[] = [];
  const errors: string[] = [];
  const stops = [...w.stops].sort((a, b) => a.after - b.after);
  let saved: string | undefined;
  let ended = false;
  const sessions = stops.length + w.faults.length + 2;
  for (let session = 0; session < sessions && !ended; session++) {
    const stop = stops.find((s) => s.after > delivered.length);
    const controller = new AbortController();
    const reason = new Error(`caller's abort ${session}`);
    const resume = saved === undefined ? undefined : JSON.parse(saved);
    const pager: Paginator<Held> = client.paginate(
      path,
      { params: { query: { ...query } }, signal: controller.signal },
      { concurrency: w.concurrency, prefetch: w.prefetch, ...(resume !== undefined && { resume }) },
    );
    const halt = () => {
      if (!stop || delivered.length < stop.after) return false;
      stops.splice(stops.indexOf(stop), 1);
      if (stop.how == "abort") controller.abort(reason);
      return stop.how == "break";
    };
    try {
      if (w.mode == "items") {
        let broke = false;
        for await (const item of pager) {
          delivered.push(item);
          if (halt()) {
            broke = true;
            break;
          }
        }
        ended = !broke;
      } else if (w.mode == "pages") {
        let broke = false;
        for await (const page of pager.pages()) {
          delivered.push(...page.items);
          if (halt()) {
            broke = true;
            break;
          }
        }
        ended = !broke;
      } else {
        const max = stop ? stop.after - delivered.length : undefined;
        const got = await pager.toArray(max === undefined ? {} : { max });
        delivered.push(...got);
        if (stop) stops.splice(stops.indexOf(stop), 1);
        ended = max === undefined || got.length < max;
      }
    } catch (error) {
      expectTyped(error, reason);
      errors.push(describeError(error));
    }
    const position = pager.position;
    holds(
      position === null || (typeof position == "object" && JSON.stringify(position) !== undefined),
      "the position is plain data",
    );
    if (position === null) ended = true;
    else saved = JSON.stringify(position);
  }
  return { server, delivered, errors, ended };
}

const ids = (items: readonly Held[]) => items.map((i) => i.id);

describe("pagination worlds (property)", () => {
  it.each(STYLES)(
    "%s: every item exactly once, in order, or a typed error and a position that resumes to exactly once",
    async (style) => {
      await fc.assert(
        fc.asyncProperty(pageWorld([style]), async (w) => {
          const { server, delivered, errors, ended } = await walkWorld(w);
          await unhandled.expectNone();
          holds(ended, () => `the walk did not end after every resume; errors: ${errors.join("; ")}`);
          const seen = new Set<string>();
          const dupes = delivered.filter((i) => seen.size == seen.add(i.id).size);
          holds(
            dupes.length == 0,
            () => `delivered twice: ${ids(dupes).join(", ")} (errors: ${errors.join("; ")})`,
          );
          const allowed = server.allowed();
          const alien = delivered.filter((i) => !i || !allowed.has(i.id));
          holds(
            alien.length == 0,
            () => `delivered what the server never held: ${JSON.stringify(alien.slice(0, 3))}`,
          );
          const required = server
            .required()
            .filter(
              (i) =>
                w.style != "keyset" ||
                w.startAt === undefined ||
                w.startAt >= w.count ||
                i.rank >= 1000 + w.startAt,
            );
          const lost = required.filter((i) => !seen.has(i.id));
          holds(
            lost.length == 0,
            () =>
              `lost ${lost.length} of ${required.length}: ${ids(lost).slice(0, 6).join(", ")} (delivered ${delivered.length}; errors: ${errors.join("; ") || "none"})`,
          );
          const ranks = delivered.map((i) => i.rank);
          holds(
            ranks.every((r, i) => i == 0 || ranks[i - 1]! < r),
            () => `out of order: ${ids(delivered).join(", ")}`,
          );
        }),
        params(120),
      );
    },
    timeout(120, 20),
  );
});
