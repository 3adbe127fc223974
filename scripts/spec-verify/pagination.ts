/**
 * What an operation's `x-pagination` says about one page, checked against a recorded page: the items
 * are where it says, a next state is there when more is said to come, a page is no larger than asked
 * for (nor than the size the server says it used), a total is not smaller than the page.
 */
import type { RecordedExchange } from "@clientele/core/record";
import type { Finding, Shape } from "./finding.ts";
import { type Operation, at, join } from "./spec.ts";

type Pointers = string | readonly string[];
const list = (p: Pointers | undefined): readonly string[] =>
  p === undefined ? [] : typeof p == "string" ? [p] : p;

/** The first pointer that resolves, its index and value. */
function pick(body: unknown, pointers: Pointers | undefined) {
  const all = list(pointers);
  for (const [i, p] of all.entries()) {
    const value = at(body, p);
    if (value !== undefined) return { i, pointer: p, value, alternatives: all.length };
  }
  return undefined;
}

const queryNumber = (exchange: RecordedExchange, name: string | undefined) => {
  const raw = name === undefined ? undefined : exchange.query[name];
  const n = typeof raw == "string" ? Number(raw) : NaN;
  return Number.isFinite(n) ? n : undefined;
};

export function checkPage(
  op: Operation,
  exchange: RecordedExchange,
): { findings: Finding[]; shapes: Shape[] } {
  const meta = op.node["x-pagination"] as Record<string, any> | undefined;
  const findings: Finding[] = [];
  const shapes: Shape[] = [];
  if (!meta || exchange.status < 200 || exchange.status > 299 || exchange.body === undefined)
    return { findings, shapes };
  const base = join(op.pointer, "x-pagination");
  const found = (field: string, message: string) =>
    findings.push({ kind: "pagination", location: join(base, field), message });
  const { body } = exchange;

  const items = pick(body, meta.items);
  if (!items || !Array.isArray(items.value)) {
    found("items", `no array of items at ${list(meta.items).join(" or ")}`);
    return { findings, shapes };
  }
  if (items.i > 0)
    shapes.push({
      location: join(base, "items"),
      message: `items found at the alternative ${items.pointer}`,
    });
  const count = items.value.length;
  const hasMore = pick(body, meta.hasMore)?.value;
  if (meta.hasMore !== undefined && hasMore !== undefined && typeof hasMore != "boolean")
    found("hasMore", `hasMore is not a boolean`);

  // a next state where more is said to come
  if (hasMore === true) {
    const cursor = pick(body, meta.nextCursor)?.value;
    const query = pick(body, meta.nextQuery)?.value;
    if (meta.style == "cursor" && !cursor && !(meta.pageParam && pick(body, meta.currentPage)))
      found("nextCursor", "hasMore is true but there is no next cursor");
    if (meta.style == "next-query" && !query)
      found("nextQuery", "hasMore is true but there is no next query");
  }
  if (meta.style == "cursor" && hasMore === false && pick(body, meta.nextCursor)?.value)
    found("nextCursor", "a next cursor on a page that says no more is to come");

  // page sizes
  const asked = queryNumber(exchange, meta.sizeParam);
  const used = pick(body, meta.sizeUsed)?.value;
  if (asked !== undefined && typeof used != "number" && count > asked)
    found("sizeParam", "a page larger than the size asked for");
  if (typeof used == "number" && count > used)
    found("sizeUsed", "a page larger than the size the server says it used");
  if (typeof meta.windowMax == "number" && count > meta.windowMax)
    found("windowMax", `a page larger than windowMax (${meta.windowMax})`);

  // totals
  const total = pick(body, meta.total)?.value;
  if (meta.total !== undefined && total !== undefined && !(typeof total == "number" && total >= 0))
    found("total", "the total is not a count");
  const offset = queryNumber(exchange, meta.offsetParam) ?? 0;
  if (typeof total == "number" && offset + count > total)
    found("total", "more items than the total says there are");
  const totalPages = pick(body, meta.totalPages)?.value;
  const page = queryNumber(exchange, meta.pageParam) ?? meta.firstPage ?? 0;
  if (typeof totalPages == "number" && count > 0 && page - (meta.firstPage ?? 0) >= totalPages)
    found("totalPages", "items on a page past totalPages");

  // keyset: an inclusive page starts with its key item
  const key = meta.keyParam === undefined ? undefined : exchange.query[meta.keyParam];
  if (meta.style == "keyset" && typeof key == "string" && count > 0 && meta.keyField) {
    const first = at(items.value[0], meta.keyField);
    if (meta.inclusive === true && first !== key)
      found("inclusive", `inclusive, but the page does not start with the ${meta.keyParam} item`);
    if (meta.inclusive === false && first === key)
      found("inclusive", `exclusive, but the page starts with the ${meta.keyParam} item`);
  }

  // window: newest first
  if (meta.style == "window" && meta.windowField) {
    const times = items.value.map((item) => epochMs(at(item, meta.windowField)));
    if (times.some((t, i) => i > 0 && t > times[i - 1]!)) found("windowField", "items are not newest first");
  }
  return { findings, shapes };
}

const epochMs = (value: unknown) =>
  typeof value == "number" ? value : /^\d+$/.test(String(value)) ? Number(value) : Date.parse(String(value));
