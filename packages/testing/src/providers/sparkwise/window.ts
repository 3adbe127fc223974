import type { RouteContext } from "../../provider";
import { json, type FakeResponse } from "../../response";
import { failure } from "./envelope";
import type { SparkwiseAuth, SparkwiseState } from "./types";

type Ctx = RouteContext<SparkwiseState, SparkwiseAuth>;
type Window = { from: number; to: number };

/** RFC 3339 date-time, the spec's `format: date-time`: a date, a time and an offset (`Z` or ±hh:mm). */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

/**
 * The half-open window `[from, to)` of the query: either bound may be absent; a present one must be
 * an RFC 3339 date-time, and `to` must be strictly later than `from` (the documented rule).
 */
export function readWindow(ctx: Ctx): Window | FakeResponse {
  const window = { from: -Infinity, to: Infinity };
  for (const name of ["from", "to"] as const) {
    const raw = ctx.query.get(name);
    if (raw === null || raw === "") continue;
    const ms = Date.parse(raw);
    if (!DATE_TIME.test(raw) || Number.isNaN(ms))
      return failure(400, `'${name}' must be an ISO 8601 date-time, got '${raw}'`);
    window[name] = ms;
  }
  if (window.from >= window.to) return failure(400, "'to' must be later than 'from'");
  return window;
}

const within = (window: Window, at: string | undefined) => {
  const ms = Date.parse(at ?? "");
  return ms >= window.from && ms < window.to;
};

/** `GET /clusters`: the clusters created in the window, `{success, data: {items, total}}` (no `error`). */
export function listClusters(ctx: Ctx): FakeResponse {
  const window = readWindow(ctx);
  if ("status" in window) return window;
  const items = ctx.state.clusters.filter((r) => within(window, r.createdAt)).map((r) => r.cluster);
  return json(200, { success: true, data: { items, total: items.length } });
}

/** `GET /completions`: the completions of sessions held in the window, as a bare array. */
export function listCompletions(ctx: Ctx): FakeResponse {
  const window = readWindow(ctx);
  if ("status" in window) return window;
  return json(
    200,
    ctx.state.completions.filter((c) => within(window, c.sessionScheduledStartAt)),
  );
}
