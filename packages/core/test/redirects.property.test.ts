/**
 * Property: redirect chains of every shape. Whatever the chain (every 3xx from 300 to 308, relative
 * and absolute targets, other origins and plain http, refused or reset hops at any position,
 * bodies that fail mid-redirect, retries and token refreshes), a request that is not repeatable
 * reaches the server at most once once it may have reached it, only 301/302/303/307/308 are
 * followed, no credential leaves its origin, every failure is a `ClienteleError`, and nothing is
 * left unhandled.
 */
import fc from "fast-check";
import { describe, it } from "vitest";
import { type Auth, bearerAuth, combineAuth, headerAuth, unwrap } from "../src/index.js";
import { fetchFailure, fixtureClient } from "./fixtures.js";
import { erroredStream } from "./property/bodies.js";
import { generated, saveFiguresAfterAll } from "./property/figures.js";
import { expectTyped, holds, outcome, watchUnhandled } from "./property/invariants.js";
import { params, timeout } from "./property/settings.js";

const ORIGIN = "https://api.example.test";
const OTHER = "https://other.example.test";
const PLAIN = "http://plain.example.test";
const FOLLOWED = [301, 302, 303, 307, 308];

type Target =
  "absolute" | "path" | "relative" | "dot" | "other" | "plain" | "scheme-relative" | "none" | "garbage";
type Hop =
  | { kind: "redirect"; status: number; target: Target; errored: boolean }
  | { kind: "answer"; status: number }
  | { kind: "refused" }
  | { kind: "reset" };

const hop: fc.Arbitrary<Hop> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant("redirect" as const),
      status: fc.integer({ min: 300, max: 308 }),
      target: fc.constantFrom<Target>(
        "absolute",
        "path",
        "relative",
        "dot",
        "other",
        "plain",
        "scheme-relative",
        "none",
        "garbage",
      ),
      errored: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("answer" as const),
      status: fc.constantFrom(200, 201, 204, 400, 401, 403, 404, 409, 500, 503),
    }),
  },
  fc.constant({ kind: "refused" as const }),
  fc.constant({ kind: "reset" as const }),
);

/** Node i of the chain: how each visit to it is answered (the last entry repeats). */
const world = fc.record({
  chain: fc.array(fc.array(hop, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 8 }),
  call: fc.constantFrom("POST", "POST x-idempotent", "PUT", "GET"),
  auth: fc.constantFrom("none", "bearer", "x-api-key", "bearer+environment-id", "token-provider"),
  retries: fc.integer({ min: 0, max: 3 }),
});
type World = typeof world extends fc.Arbitrary<infer W> ? W : never;

const SECRETS = [
  "bearer-secret-0001",
  "key-secret-0002",
  "env-secret-0003",
  "tok-first-0004",
  "tok-fresh-0005",
];

function authOf(kind: string): Auth | undefined {
  switch (kind) {
    case "bearer":
      return bearerAuth(SECRETS[0]!);
    case "x-api-key":
      return headerAuth("x-api-key", SECRETS[1]!);
    case "bearer+environment-id":
      return combineAuth(bearerAuth(SECRETS[0]!), headerAuth("environment-id", SECRETS[2]!));
    case "token-provider":
      return bearerAuth(({ refresh }) => (refresh ? SECRETS[4]! : SECRETS[3]!));
  }
  return undefined;
}

/** Where node `i + 1` is, as node `i`'s `Location` says it. */
function location(target: Target, next: number, origin: string): string | undefined {
  switch (target) {
    case "absolute":
      return `${origin}/x/n${next}`;
    case "path":
      return `/n${next}`;
    case "relative":
      return `n${next}`;
    case "dot":
      return next % 2 ? `./n${next}` : `../n${next}`;
    case "other":
      return `${OTHER}/n${next}`;
    case "plain":
      return `${PLAIN}/n${next}`;
    case "scheme-relative":
      return `//other.example.test/n${next}`;
    case "garbage":
      return "http://[bad";
    case "none":
      return undefined;
  }
}

interface Seen {
  node: number;
  url: URL;
  method: string;
  headers: Headers;
  body: string;
  hop: Hop;
}

/** A fetch that plays the chain: each URL names its node; every request is recorded. */
function server(w: World) {
  const seen: Seen[] = [];
  const visits = new Map<number, number>();
  const fetch = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const node = /\/n(\d+)$/.exec(url.pathname) ? Number(/\/n(\d+)$/.exec(url.pathname)![1]) : 0;
    const visit = visits.get(node) ?? 0;
    visits.set(node, visit + 1);
    const answers = w.chain[node] ?? [{ kind: "answer" as const, status: 200 }];
    const h = answers[Math.min(visit, answers.length - 1)]!;
    const body = request.body ? await request.clone().text() : "";
    seen.push({ node, url, method: request.method, headers: new Headers(request.headers), body, hop: h });
    switch (h.kind) {
      case "refused":
        throw fetchFailure("ECONNREFUSED", `connect ECONNREFUSED ${url.host}`);
      case "reset":
        throw fetchFailure("ECONNRESET", "socket hang up");
      case "answer":
        return h.status == 204
          ? new Response(null, { status: 204 })
          : Response.json({ ok: h.status < 400, node }, { status: h.status });
      case "redirect": {
        const to = location(h.target, node + 1, url.origin);
        const headers: Record<string, string> = to ? { location: to } : {};
        const body = h.status == 304 ? null : h.errored ? erroredStream() : "moved";
        return new Response(body, { status: h.status, headers });
      }
    }
  };
  return { fetch, seen };
}

const unhandled = watchUnhandled();
saveFiguresAfterAll();

/** Did this visit to the first hop possibly act? Only a refusal, or a 401 to the credentials it carried, proves it did not. */
function mayHaveActed(s: Seen): boolean {
  if (s.hop.kind == "refused") return false;
  const credentialed = SECRETS.some((secret) => [...s.headers.values()].some((v) => v.includes(secret)));
  return !(s.hop.kind == "answer" && s.hop.status == 401 && credentialed);
}

/** Plays a world: the call, its `unwrap`, and every request the chain saw. */
async function play(w: World) {
  generated();
  const { fetch, seen } = server(w);
  const client = fixtureClient(fetch, {
    auth: authOf(w.auth),
    retry: { retries: w.retries, baseDelayMs: 0, maxDelayMs: 0 },
  });
  const body = { name: "a", n: 1 };
  const sent =
    w.call == "GET"
      ? client.GET("/items")
      : w.call == "PUT"
        ? client.PUT("/items/{id}", { params: { path: { id: "7" } }, body })
        : client.POST(w.call == "POST" ? "/items" : "/items/upsert", { body });
  const result = await outcome(sent);
  const data = result.ok ? await outcome(unwrap(result.value)) : undefined;
  return { seen, result, data };
}

const trace = (seen: readonly Seen[]) =>
  seen.map((s) => `n${s.node}:${s.hop.kind}${"status" in s.hop ? s.hop.status : ""}`).join(" → ");

describe("redirect chains (property)", () => {
  it(
    "a POST reaches the server at most once once it may have acted (refused and reset hops anywhere, 401s from any hop)",
    async () => {
      const posts = world.map((w): World => ({ ...w, call: "POST" }));
      await fc.assert(
        fc.asyncProperty(posts, async (w) => {
          const { seen } = await play(w);
          const firstHops = seen.filter((s) => s.node == 0);
          const acted = firstHops.findIndex(mayHaveActed);
          holds(
            acted < 0 || acted == firstHops.length - 1,
            () =>
              `the POST reached the server ${firstHops.length - acted} times after it may have acted: ${trace(seen)}`,
          );
        }),
        params(300),
      );
    },
    timeout(300, 5),
  );

  it(
    "only 301, 302, 303, 307 and 308 are followed, with the method and body fetch would send",
    async () => {
      await fc.assert(
        fc.asyncProperty(world, async (w) => {
          const { seen } = await play(w);
          for (let i = 0; i < seen.length; i++) {
            const s = seen[i]!;
            if (s.node == 0) continue;
            const prev = seen[i - 1];
            const from = prev?.hop;
            holds(
              prev?.node == s.node - 1 && from?.kind == "redirect" && FOLLOWED.includes(from.status),
              () => `node ${s.node} was reached after ${trace(seen.slice(0, i))}`,
            );
            if (from?.kind != "redirect") continue;
            const toGet =
              (from.status == 303 && prev!.method != "HEAD") || (from.status < 303 && prev!.method == "POST");
            holds(
              s.method == (toGet ? "GET" : prev!.method),
              () => `${prev!.method} became ${s.method} after a ${from.status}`,
            );
            if (!toGet)
              holds(
                s.body == prev!.body,
                () => `a ${from.status} resent a different body: ${s.body} vs ${prev!.body}`,
              );
          }
        }),
        params(300),
      );
    },
    timeout(300, 5),
  );

  it(
    "no credential reaches another origin or plain http",
    async () => {
      await fc.assert(
        fc.asyncProperty(world, async (w) => {
          const { seen } = await play(w);
          for (const s of seen)
            if (s.url.origin != ORIGIN)
              holds(
                !SECRETS.some((secret) => [...s.headers.values()].some((v) => v.includes(secret))),
                () => `a credential went to ${s.url.origin}: ${trace(seen)}`,
              );
        }),
        params(300),
      );
    },
    timeout(300, 5),
  );

  it(
    "every failure is a ClienteleError, from the call and from unwrap, and no rejection goes unhandled (errored redirect bodies included)",
    async () => {
      await fc.assert(
        fc.asyncProperty(world, async (w) => {
          const { result, data } = await play(w);
          if (!result.ok) expectTyped(result.error);
          if (data && !data.ok) expectTyped(data.error);
          await unhandled.expectNone();
        }),
        params(300),
      );
    },
    timeout(300, 5),
  );
});
