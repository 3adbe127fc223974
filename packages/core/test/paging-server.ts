import {
  type ProviderMetadata,
  cursorPagination,
  keysetPagination,
  linkPagination,
  nextQueryPagination,
  offsetPagination,
  pagePagination,
  windowPagination,
} from "../src/index.js";

export interface Item {
  id: string;
  n: number;
  timestamp: string;
}

/** Ten items, `i0`…`i9`; item n was created at second n of 2024. */
export const ITEMS: Item[] = Array.from({ length: 10 }, (_, n) => ({
  id: `i${n}`,
  n,
  timestamp: new Date(Date.UTC(2024, 0, 1, 0, 0, n)).toISOString(),
}));

export const pagingMeta = {
  name: "paging",
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
    "GET /pages": {
      id: "pages",
      pagination: {
        style: "page",
        items: "/items",
        pageParam: "page",
        firstPage: 0,
        totalPages: "/totalPages",
      },
    },
    "GET /pages1": {
      id: "pages1",
      pagination: { style: "page", items: "/items", pageParam: "p", firstPage: 1, sizeParam: "size" },
    },
    "GET /offset": {
      id: "offset",
      pagination: { style: "offset", items: "/items", offsetParam: "offset", total: "/total" },
    },
    "GET /keyset": {
      id: "keyset",
      pagination: {
        style: "keyset",
        items: "/items",
        keyParam: "startId",
        keyField: "/id",
        inclusive: true,
        sizeParam: "limit",
      },
    },
    "GET /next": {
      id: "next",
      params: { query: { limit: { type: "integer", minimum: 1 }, after: { type: "string" } } },
      pagination: {
        style: "next-query",
        items: "/data",
        nextQuery: "/pagination/next",
        hasMore: "/pagination/hasNext",
      },
    },
    "GET /link": { id: "link", pagination: { style: "link" } },
    "GET /window": {
      id: "window",
      pagination: { style: "window", items: "/events", windowParam: "endDate", windowField: "/timestamp" },
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

const SIZE = 3;

/** A stateless server for every style above, paging through `ITEMS` three at a time unless told otherwise. */
export function servePages(request: Request): Response {
  const url = new URL(request.url);
  const q = (name: string) => url.searchParams.get(name);
  const size = Number(q("size") ?? q("limit") ?? SIZE);
  const from = (start: number) => ITEMS.slice(start, start + size);
  switch (url.pathname) {
    case "/cursor": {
      const start = Number(q("cursor") ?? 0);
      return Response.json({
        data: from(start),
        more: start + size < ITEMS.length,
        next: String(start + size),
        size,
      });
    }
    case "/pages":
      return Response.json({
        items: from(Number(q("page") ?? 0) * size),
        totalPages: Math.ceil(ITEMS.length / size),
      });
    case "/pages1":
      return Response.json({ items: from((Number(q("p") ?? 1) - 1) * size) });
    case "/offset":
      return Response.json({ items: from(Number(q("offset") ?? 0)), total: ITEMS.length });
    case "/keyset": {
      const start = q("startId") ? ITEMS.findIndex((i) => i.id == q("startId")) : 0; // inclusive
      return Response.json({ items: from(start) });
    }
    case "/next": {
      const start = q("after") ? ITEMS.findIndex((i) => i.id == q("after")) + 1 : 0;
      const page = from(start);
      const more = start + size < ITEMS.length;
      return Response.json({
        data: page,
        pagination: { hasNext: more, next: more ? `limit=${size}&after=${page.at(-1)!.id}` : null },
      });
    }
    case "/link": {
      const page = Number(q("page") ?? 1);
      const last = Math.ceil(ITEMS.length / size);
      const link =
        page < last
          ? `<https://api.example.test/link?page=${page + 1}>; rel="next", <https://api.example.test/link?page=${last}>; rel="last"`
          : "";
      return Response.json(from((page - 1) * size), { headers: link ? { link } : {} });
    }
    case "/window": {
      const end = q("endDate") ? Number(q("endDate")) : Infinity;
      const newestFirst = [...ITEMS].reverse().filter((i) => Date.parse(i.timestamp) <= end);
      return Response.json({ events: newestFirst.slice(0, size) });
    }
  }
  return new Response("not found", { status: 404 });
}
