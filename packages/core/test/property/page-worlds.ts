import fc from "fast-check";
import {
  type ProviderMetadata,
  cursorPagination,
  keysetPagination,
  linkPagination,
  nextQueryPagination,
  offsetPagination,
  pagePagination,
  windowPagination,
} from "../../src/index.js";
import { fetchFailure } from "../fixtures.js";

export const STYLES = ["cursor", "page", "page1", "offset", "keyset", "next", "link", "window"] as const;
export type Style = (typeof STYLES)[number];

const WINDOW_MAX = 5;

/** One operation per pagination style core has, described as the providers' specs describe theirs. */
export const pageMeta = {
  name: "worlds",
  servers: [{ url: "https://api.example.test" }],
  securitySchemes: {},
  errors: { code: "/code", message: "/message" },
  operations: {
    "GET /cursor": {
      id: "cursor",
      pagination: {
        style: "cursor",
        items: "/data",
        hasMore: "/more",
        cursorParam: "cursor",
        nextCursor: "/next",
        sizeParam: "size",
        sizeUsed: "/size",
      },
    },
    "GET /page": {
      id: "page",
      pagination: {
        style: "page",
        items: "/data/items",
        pageParam: "page",
        firstPage: 0,
        sizeParam: "pageSize",
        sizeUsed: "/data/size",
        totalPages: "/data/totalPages",
      },
    },
    "GET /page1": {
      id: "page1",
      pagination: {
        style: "page",
        items: "/items",
        pageParam: "p",
        firstPage: 1,
        sizeParam: "size",
        sizeUsed: "/size",
      },
    },
    "GET /offset": {
      id: "offset",
      pagination: {
        style: "offset",
        items: "/items",
        offsetParam: "offset",
        total: "/total",
        sizeParam: "limit",
        sizeUsed: "/limit",
      },
    },
    "GET /keyset": {
      id: "keyset",
      pagination: {
        style: "keyset",
        items: "/data/items",
        keyParam: "startId",
        keyField: "/userId",
        inclusive: true,
        sizeParam: "limit",
      },
    },
    "GET /next": {
      id: "next",
      pagination: {
        style: "next-query",
        items: "/data",
        nextQuery: "/pagination/next",
        hasMore: "/pagination/hasNext",
        sizeParam: "limit",
      },
    },
    "GET /link": { id: "link", pagination: { style: "link", sizeParam: "per" } },
    "GET /window": {
      id: "window",
      pagination: {
        style: "window",
        items: "/events",
        windowParam: "endDate",
        windowField: "/timestamp",
        windowKey: "/id",
        windowMax: WINDOW_MAX,
      },
    },
  },
  pageStyles: {
    cursor: cursorPagination,
    page: pagePagination,
    offset: offsetPagination,
    keyset: keysetPagination,
    "next-query": nextQueryPagination,
    link: linkPagination,
    window: windowPagination,
  },
} as const satisfies ProviderMetadata;

/** The query parameter that asks for a page size, per style. */
export const SIZE_PARAM: Record<Style, string> = {
  cursor: "size",
  page: "pageSize",
  page1: "size",
  offset: "limit",
  keyset: "limit",
  next: "limit",
  link: "per",
  window: "",
};

/** Styles whose server says which size it used, so that it may clamp without misleading anyone. */
const REPORTS_SIZE = new Set<Style>(["cursor", "page", "page1", "offset", "next", "link"]);
/** Styles whose pages may be shorter than the size used while more follow (the server says so). */
const SAYS_MORE = new Set<Style>(["cursor", "offset", "next", "link"]);

export interface PageWorld {
  style: Style;
  /** Items the server holds at the start. */
  count: number;
  /** The size the caller asks for (none: the server's default). */
  ask?: number;
  /** The most the server gives per page, whatever was asked (it says so where its style can). */
  clamp?: number;
  /** Per request: how many fewer items than the size used this page holds, while more follow. */
  shortBy: number[];
  /** Per page (page style): how much the reported total overstates the truth (or understates it, fairly). */
  stale: number[];
  /** Window style: how many items share each millisecond, in turn. */
  ties: number[];
  /** Keyset style: the caller starts at this item (its index), which the page must include. */
  startAt?: number;
  /** At this request, items are added (newer or later ones) or removed from the end. */
  change?: { at: number; by: number };
  /** Requests answered with a fault instead, by their index. */
  faults: { at: number; kind: "500" | "503" | "429" | "reset" | "malformed" }[];
  retries: number;
  /** How the caller walks. */
  mode: "items" | "pages" | "toArray";
  concurrency: number;
  prefetch: boolean;
  /** After this many items (counted over the whole walk), the caller stops, then resumes from the saved position. */
  stops: { after: number; how: "break" | "abort" }[];
}

export const pageWorld = (styles: readonly Style[] = STYLES): fc.Arbitrary<PageWorld> =>
  fc.record(
    {
      style: fc.constantFrom(...styles),
      count: fc.integer({ min: 0, max: 40 }),
      ask: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
      clamp: fc.option(fc.integer({ min: 1, max: 7 }), { nil: undefined }),
      shortBy: fc.array(fc.nat({ max: 4 }), { maxLength: 12 }),
      stale: fc.array(fc.integer({ min: -6, max: 3 }), { maxLength: 12 }),
      ties: fc.array(fc.integer({ min: 1, max: WINDOW_MAX - 1 }), { minLength: 1, maxLength: 8 }),
      startAt: fc.option(fc.nat({ max: 45 }), { nil: undefined }),
      change: fc.option(fc.record({ at: fc.nat({ max: 12 }), by: fc.integer({ min: -8, max: 8 }) }), {
        nil: undefined,
      }),
      faults: fc.array(
        fc.record({
          at: fc.nat({ max: 20 }),
          kind: fc.constantFrom("500", "503", "429", "reset", "malformed"),
        }),
        { maxLength: 4 },
      ),
      retries: fc.integer({ min: 0, max: 2 }),
      mode: fc.constantFrom("items", "pages", "toArray"),
      concurrency: fc.integer({ min: 1, max: 5 }),
      prefetch: fc.boolean(),
      stops: fc.array(
        fc.record({ after: fc.integer({ min: 1, max: 40 }), how: fc.constantFrom("break", "abort") }),
        { maxLength: 3 },
      ),
    },
    {
      requiredKeys: [
        "style",
        "count",
        "shortBy",
        "stale",
        "ties",
        "faults",
        "retries",
        "mode",
        "concurrency",
        "prefetch",
        "stops",
      ],
    },
  ) as fc.Arbitrary<PageWorld>;

export interface Held {
  id: string;
  userId: string;
  /** Window style: ms since the epoch, as an ISO string. */
  timestamp: string;
  /** The item's place in the walk's order (smaller first), including items added or removed later. */
  rank: number;
}

const DEFAULT_SIZE = 4;
const pad = (n: number) => String(n).padStart(4, "0");

/** The honest, stateful server of a world: it clamps, varies, grows or shrinks, but never misleads. */
export function pageServer(w: PageWorld) {
  const base = Date.UTC(2024, 0, 1);
  let tieIndex = 0;
  let tieLeft = w.ties[0]!;
  let ms = base;
  const make = (rank: number): Held => {
    const id = `u${pad(rank)}`;
    return { id, userId: id, timestamp: new Date(ms).toISOString(), rank };
  };
  const items: Held[] = [];
  for (let i = 0; i < w.count; i++) {
    // window items are newest first: each group of ties shares one millisecond, older and older
    if (tieLeft-- == 0) {
      tieLeft = w.ties[++tieIndex % w.ties.length]! - 1;
      ms -= 1 + (i % 3) * 500;
    }
    items.push(make(1000 + i));
  }
  const initial = [...items];
  const removed = new Set<string>();
  let requests = 0;
  let pageIndex = 0;

  const used = (asked: string | null) =>
    Math.min(
      asked ? Number(asked) : DEFAULT_SIZE,
      REPORTS_SIZE.has(w.style) ? (w.clamp ?? Infinity) : Infinity,
    );
  /**
   * How many items a page starting at `start` holds: fewer than `size` only where the style can say
   * more follow. The same request gets the same answer (unless the data changed), as from an honest
   * server: the shortfall depends on where the page starts, not on how many requests came before.
   * Only a cursor can move past an empty page, and never twice in a row (`emptyBefore`).
   */
  const take = (start: number, size: number, emptyBefore = false) => {
    const short = SAYS_MORE.has(w.style) ? (w.shortBy[start % Math.max(1, w.shortBy.length)] ?? 0) : 0;
    const min = w.style == "cursor" && !emptyBefore ? 0 : 1;
    return Math.min(items.length - start, Math.max(min, size - short));
  };

  function mutate() {
    const change = w.change;
    if (!change || change.at != requests || change.by == 0) return;
    if (change.by > 0) {
      for (let j = 0; j < change.by; j++) {
        if (w.style == "window") {
          ms = base + 1000 * (j + 1); // newer than anything held: it goes first
          items.unshift(make(999 - j));
        } else items.push(make(2000 + j));
      }
    } else for (const gone of items.splice(Math.max(0, items.length + change.by))) removed.add(gone.id);
  }

  function answer(url: URL): Response {
    const q = (name: string) => url.searchParams.get(name);
    const json = (body: unknown, headers?: Record<string, string>) => Response.json(body, { headers });
    switch (w.style) {
      case "cursor": {
        // a cursor is `o<start>`, or `o<start>e` after an empty page (the next one is not empty)
        const cursor = q("cursor") ? Buffer.from(q("cursor")!, "base64url").toString() : "o0";
        const start = Number(cursor.slice(1).replace("e", ""));
        const size = used(q("size"));
        const n = take(start, size, cursor.endsWith("e"));
        const more = start + n < items.length;
        const next = Buffer.from(`o${start + n}${n ? "" : "e"}`).toString("base64url");
        return json({ data: items.slice(start, start + n), more, next: more ? next : null, size });
      }
      case "page": {
        const size = used(q("pageSize"));
        const page = Number(q("page") ?? 0);
        const pages = Math.ceil(items.length / size);
        const last = page + 1 >= pages;
        // a page that is not the last says so (more pages than itself), however stale its total
        const stale = w.stale[page % Math.max(1, w.stale.length)] ?? 0;
        const totalPages = last ? pages : Math.max(page + 2, pages + stale);
        return json({ data: { items: items.slice(page * size, (page + 1) * size), size, totalPages } });
      }
      case "page1": {
        const size = used(q("size"));
        const page = Number(q("p") ?? 1);
        return json({ items: items.slice((page - 1) * size, page * size), size });
      }
      case "offset": {
        const offset = Number(q("offset") ?? 0);
        const limit = used(q("limit"));
        const n = take(offset, limit);
        const over = Math.max(0, w.stale[pageIndex % Math.max(1, w.stale.length)] ?? 0);
        return json({ items: items.slice(offset, offset + n), limit, total: items.length + over });
      }
      case "keyset": {
        const startId = q("startId");
        const start = startId ? items.findIndex((i) => i.userId >= startId) : 0;
        const from = start < 0 ? items.length : start;
        return json({ data: { items: items.slice(from, from + used(q("limit"))) } });
      }
      case "next": {
        const after = q("after");
        const start = after ? items.filter((i) => i.id <= after).length : 0;
        const limit = used(q("limit"));
        const n = take(start, limit);
        const page = items.slice(start, start + n);
        const more = start + n < items.length && n > 0;
        const next = `limit=${limit}&after=${page.at(-1)?.id}`;
        const forms = [next, `?${next}`, `https://api.example.test/next?${next}`];
        return json({ data: page, pagination: { hasNext: more, next: more ? forms[pageIndex % 3] : null } });
      }
      case "link": {
        // the server's links carry the offset where the next page starts
        const per = used(q("per"));
        const from = Number(q("from") ?? 0);
        const n = take(from, per);
        const list = items.slice(from, from + n);
        const more = from + n < items.length && n > 0;
        const target = (at: number) => `https://api.example.test/link?per=${per}&from=${at}`;
        const prev = target(Math.max(0, from - per));
        const links = [
          [`<${prev}>; rel="prev"; title="next"`, `<${prev}>; rel=prev; title=next`][pageIndex % 2]!,
          `<${target(from + n + 1)}>; rel="next-page"`,
          `<${target(0)}>; rel=first; title="first, then next"`,
        ];
        if (more) {
          const href = target(from + n);
          const forms = [
            `<${href}>; rel="next"`,
            `<${href}>; rel=next`,
            `<${href}>; REL="last next"`,
            `</link?per=${per}&from=${from + n}>;rel = "next"`,
            `<${href}>; title="more, and more"; rel="next"`,
          ];
          links.splice(pageIndex % (links.length + 1), 0, forms[pageIndex % forms.length]!);
        }
        return json(list, { link: links.join(", ") });
      }
      case "window": {
        const end = q("endDate") ? Number(q("endDate")) : Infinity;
        const open = items.filter((i) => Date.parse(i.timestamp) <= end);
        return json({ events: open.slice(0, WINDOW_MAX) });
      }
    }
  }

  const fetch = async (request: Request): Promise<Response> => {
    const index = requests;
    mutate();
    requests++;
    const fault = w.faults.find((f) => f.at == index);
    if (fault) {
      if (fault.kind == "reset") throw fetchFailure("ECONNRESET", "socket hang up");
      if (fault.kind == "malformed")
        return new Response('{"data":[', { headers: { "content-type": "application/json" } });
      return Response.json(
        { code: "E", message: "busy" },
        { status: Number(fault.kind), headers: { "retry-after": "0" } },
      );
    }
    const response = answer(new URL(request.url));
    pageIndex++;
    return response;
  };

  return {
    fetch,
    requests: () => requests,
    /** Items that must be delivered: there from start to end. */
    required: () => initial.filter((i) => !removed.has(i.id)),
    /** Items that may be delivered: there at some point. */
    allowed: () => new Set([...initial, ...items].map((i) => i.id)),
    rank: (id: string) => Number(id.slice(1)),
  };
}
