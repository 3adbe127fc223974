import { describe, expect, it } from "vitest";
import { bearerAuth, createClient, unwrap } from "../src/index.js";
import type { ProviderMetadata } from "../src/index.js";

const meta = {
  name: "demo",
  servers: [{ url: "https://api.example.test" }],
  securitySchemes: {},
  errors: { code: "/error/code", message: "/error/message" },
  operations: {
    "GET /items": {
      id: "listItems",
      pagination: {
        style: "cursor",
        items: "/data",
        hasMore: "/more",
        cursorParam: "cursor",
        nextCursor: "/next",
      },
    },
  },
} as const satisfies ProviderMetadata;

describe("smoke", () => {
  it("paginates and retries", async () => {
    let calls = 0;
    const fetch = async (req: Request) => {
      calls++;
      if (calls === 2) return new Response("oops", { status: 503, headers: { "retry-after": "0" } });
      const cursor = new URL(req.url).searchParams.get("cursor");
      const n = cursor ? Number(cursor) : 0;
      return Response.json({ data: [n, n + 1], more: n < 4, next: String(n + 2) });
    };
    const client = createClient<any, { "/items": number }>(meta, {
      fetch: fetch as typeof globalThis.fetch,
      auth: bearerAuth("secret-key-123"),
    });
    const items = await client.paginate("/items").toArray();
    expect(items).toEqual([0, 1, 2, 3, 4, 5]);
    const data = await unwrap(client.GET("/items" as never));
    expect(data).toBeTruthy();
  });
});
