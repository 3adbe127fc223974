import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createClient } from "../src/index.js";
import { ITEMS, type Item, pagingMeta, servePages } from "./paging-server.js";

type Paths = { "/pages": { get: {} }; "/cursor": { get: {} } };
type Items = { [P in keyof Paths]: Item };

/** A server whose answers the test releases, request by request. */
function gated() {
  const pending: { url: URL; signal: AbortSignal; release: () => void }[] = [];
  const fetch = (request: Request, init?: { signal?: AbortSignal }) =>
    new Promise<Response>((resolve, reject) => {
      const signal = init!.signal!;
      signal.addEventListener("abort", () => reject(signal.reason));
      pending.push({ url: new URL(request.url), signal, release: () => resolve(servePages(request)) });
    });
  const inFlight = () => pending.filter((p) => !p.signal.aborted && !(p as { done?: boolean }).done);
  const release = (i: number) => {
    Object.assign(pending[i]!, { done: true });
    pending[i]!.release();
  };
  return { fetch, pending, inFlight, release, client: createClient<Paths, Items>(pagingMeta, { fetch }) };
}
const tick = () => new Promise((r) => setTimeout(r, 0));
const flush = async () => {
  for (let i = 0; i < 5; i++) await tick();
};

/** Node's process, reached without Node's types (the package compiles for any runtime). */
const proc = (
  globalThis as unknown as {
    process: { on(e: string, f: Function): void; off(e: string, f: Function): void };
  }
).process;
let unhandled: unknown[];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeEach(() => {
  unhandled = [];
  proc.on("unhandledRejection", onUnhandled);
});
afterEach(() => {
  proc.off("unhandledRejection", onUnhandled);
  expect(unhandled).toEqual([]);
});

describe("paginate: bounded concurrency when the total is known", () => {
  it("fetches up to 4 pages at once after the first, and yields them in order whatever order they arrive in", async () => {
    const server = gated();
    const walk = server.client.paginate("/pages").toArray();
    await flush();
    server.release(0); // page 0 reports 4 pages in all
    await flush();
    expect(server.pending.map((p) => p.url.searchParams.get("page"))).toEqual([null, "1", "2", "3"]);
    for (const i of [3, 2, 1]) server.release(i);
    expect(ITEMS.map((i) => i.id)).toEqual((await walk).map((i) => i.id));
  });

  it("never has more than `concurrency` requests in flight", async () => {
    const server = gated();
    const pages = server.client
      .paginate("/pages", { params: { query: { size: 1 } } as never }, { concurrency: 3 })
      .toArray();
    await flush();
    server.release(0);
    let most = 0;
    for (let released = 1; released < ITEMS.length; released++) {
      await flush();
      most = Math.max(most, server.inFlight().length);
      server.release(released);
    }
    expect((await pages).length).toBe(ITEMS.length);
    expect(most).toBe(3);
  });

  it("fetches one page at a time with concurrency: 1 and prefetch: false", async () => {
    const server = gated();
    const pages = server.client.paginate("/pages", {}, { concurrency: 1, prefetch: false }).toArray();
    for (let i = 0; i < 4; i++) {
      await flush();
      expect(server.inFlight()).toHaveLength(1);
      server.release(i);
    }
    expect((await pages).length).toBe(ITEMS.length);
  });

  it("aborts the pages in flight when the consumer stops early, without unhandled rejections", async () => {
    const server = gated();
    const paginator = server.client.paginate("/pages");
    const first = (async () => {
      for await (const item of paginator) return item;
    })();
    await flush();
    server.release(0);
    expect((await first)?.id).toBe("i0");
    await flush();
    expect(server.pending.slice(1).map((p) => p.signal.aborted)).toEqual([true, true, true]);
  });
});

describe("paginate: prefetch on sequential styles", () => {
  it("requests the next page while the consumer works on the current one", async () => {
    const server = gated();
    const iterator = server.client.paginate("/cursor")[Symbol.asyncIterator]();
    const first = iterator.next();
    await flush();
    server.release(0);
    expect((await first).value?.id).toBe("i0");
    await flush();
    expect(server.pending).toHaveLength(2); // the next page is already on its way
    expect(server.pending[1]!.url.searchParams.get("cursor")).toBe("3");
    await iterator.return!();
    expect(server.pending[1]!.signal.aborted).toBe(true);
  });

  it("waits for the consumer with prefetch: false", async () => {
    const server = gated();
    const iterator = server.client.paginate("/cursor", {}, { prefetch: false })[Symbol.asyncIterator]();
    const first = iterator.next();
    await flush();
    server.release(0);
    await first;
    await flush();
    expect(server.pending).toHaveLength(1);
    await iterator.return!();
  });
});

describe("paginate: the caller's signal", () => {
  it("stops the loop promptly, between pages as well as during a request", async () => {
    const server = gated();
    const controller = new AbortController();
    const seen: string[] = [];
    const walk = (async () => {
      for await (const item of server.client.paginate("/cursor", { signal: controller.signal })) {
        seen.push(item.id);
        if (item.id == "i1") controller.abort(new Error("stop"));
      }
    })();
    await flush();
    server.release(0);
    await expect(walk).rejects.toThrow("stop");
    expect(seen).toEqual(["i0", "i1"]);
    expect(server.pending.every((p, i) => i == 0 || p.signal.aborted)).toBe(true);
  });

  it("stops a walk waiting for a page", async () => {
    const server = gated();
    const controller = new AbortController();
    const walk = server.client.paginate("/cursor", { signal: controller.signal }).toArray();
    await flush();
    controller.abort(new Error("gone"));
    await expect(walk).rejects.toThrow("gone");
    expect(server.pending[0]!.signal.aborted).toBe(true);
  });

  it("sends nothing when the signal has already fired", async () => {
    const server = gated();
    await expect(
      server.client.paginate("/cursor", { signal: AbortSignal.abort() }).toArray(),
    ).rejects.toMatchObject({ name: "AbortError" });
    expect(server.pending).toHaveLength(0);
  });
});
