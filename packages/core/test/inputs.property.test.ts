/**
 * Property: whatever a caller passes (server variables, undeclared query keys and values, a saved
 * position that was tampered with), the request goes to the host the spec names and says exactly
 * what was asked, or a `ClienteleError` (a `ValidationError` naming the field) refuses it.
 */
import fc from "fast-check";
import { describe, it } from "vitest";
import { ClienteleError, bearerAuth, createClient } from "../src/index.js";
import { fixtureClient, recorder, type LooseClient } from "./fixtures.js";
import { ITEMS, pagingMeta, servePages } from "./paging-server.js";
import { generated, saveFiguresAfterAll } from "./property/figures.js";
import { describeError, expectTyped, holds, outcome, watchUnhandled } from "./property/invariants.js";
import { params, timeout } from "./property/settings.js";

const unhandled = watchUnhandled();
saveFiguresAfterAll();

/** Strings that URL parsers treat specially, among arbitrary printable ASCII ones. */
const asciiTricky = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    "attacker.example\\",
    "a\\b",
    "evil.test/",
    "evil.test?",
    "evil.test#",
    "user@evil.test",
    "evil.test:80",
    "x%2F..%2F",
    "%00",
    "x&admin=true&y",
    "a#b",
    "a=b",
    "+",
    "%",
    "..",
    "\t",
    "ü",
  ),
);
/** The same, and any Unicode. */
const tricky = fc.oneof(asciiTricky, fc.string({ unit: "grapheme", maxLength: 6 }));

describe("caller input (property)", () => {
  it.each([
    ["printable ASCII", asciiTricky],
    ["any Unicode", tricky],
  ] as const)(
    "a server variable (%s) names a host part of the spec's server, or is refused with a ClienteleError",
    async (_, values) => {
      await fc.assert(
        fc.asyncProperty(values, async (region) => {
          generated();
          const { fetch, requests } = recorder(() => Response.json({}));
          let client: LooseClient;
          try {
            client = fixtureClient(fetch, {
              server: "EU",
              serverVariables: { region },
              auth: bearerAuth("token-0001"),
            });
          } catch (error) {
            expectTyped(error);
            return;
          }
          const result = await outcome(client.GET("/items"));
          if (!result.ok) expectTyped(result.error);
          for (const { url } of requests)
            holds(
              url.hostname.endsWith(".example.test") && url.pathname.startsWith("/v1/"),
              () => `region ${JSON.stringify(region)} sent the request (and its token) to ${url.href}`,
            );
        }),
        params(300),
      );
    },
    timeout(300, 2),
  );

  it(
    "undeclared query keys and values arrive exactly as given",
    async () => {
      const query = fc.dictionary(tricky, tricky, { maxKeys: 4 });
      await fc.assert(
        fc.asyncProperty(query, async (q) => {
          generated();
          const { fetch, requests } = recorder(() => Response.json({}));
          const result = await outcome(fixtureClient(fetch).GET("/items", { params: { query: q } }));
          if (!result.ok) {
            expectTyped(result.error);
            return;
          }
          const got = [...requests[0]!.url.searchParams];
          holds(
            JSON.stringify(got.sort()) == JSON.stringify(Object.entries(q).sort()),
            () =>
              `asked ${JSON.stringify(q)}, the server read ${JSON.stringify(got)} from ${requests[0]!.url.search}${requests[0]!.url.hash}`,
          );
        }),
        params(300),
      );
    },
    timeout(300, 2),
  );

  it(
    "a tampered resume position is refused with a ClienteleError, or walks real items only, each once",
    async () => {
      const position = fc.record({
        query: fc.oneof(
          fc.constant(null),
          fc.constant("x"),
          fc.dictionary(fc.constantFrom("cursor", "page", "size", "offset"), fc.jsonValue({ maxDepth: 1 })),
        ),
        page: fc.oneof(fc.integer({ min: -2, max: 4 }), fc.double(), fc.constant("1")),
        skip: fc.oneof(fc.integer({ min: -3, max: 5 }), fc.double({ min: -2, max: 5 }), fc.constant(null)),
      });
      const path = fc.constantFrom("/cursor", "/pages", "/offset", "/keyset", "/next");
      await fc.assert(
        fc.asyncProperty(position, path, async (resume, at) => {
          generated();
          const client = createClient(pagingMeta, {
            fetch: async (r) => servePages(r),
            retry: false,
          }) as unknown as LooseClient;
          const got: unknown[] = [];
          let failure: unknown;
          try {
            for await (const item of client.paginate(at, {}, { resume: resume as never })) {
              got.push(item);
              if (got.length > 40) break;
            }
          } catch (error) {
            failure = error;
          }
          await unhandled.expectNone();
          if (failure !== undefined) expectTyped(failure);
          const real = got.filter((i) => ITEMS.some((item) => JSON.stringify(item) == JSON.stringify(i)));
          holds(
            real.length == got.length,
            () =>
              `resumed from ${JSON.stringify(resume)}: delivered ${JSON.stringify(got.slice(0, 3))}${failure ? `, then ${describeError(failure)}` : ""}`,
          );
          holds(
            new Set(got).size == got.length && got.length <= ITEMS.length,
            () => `delivered ${got.length} items with repeats`,
          );
          if (failure instanceof ClienteleError) return;
        }),
        params(300),
      );
    },
    timeout(300, 2),
  );
});
