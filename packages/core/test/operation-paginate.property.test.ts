/**
 * Property: a generated list method's options, as an outsider would pass them (any mix of the
 * walk's options and a request's, of the right types or not, forged positions, non-objects). Every
 * world either is refused with a typed error before any request, or walks every item once, in
 * order, sending none of the walk's options to the server.
 */
import fc from "fast-check";
import { describe, it } from "vitest";
import { createClient, paginateOperation } from "../src/index.js";
import { recorder } from "./fixtures.js";
import { ITEMS, pagingMeta, servePages } from "./paging-server.js";
import { generated, saveFiguresAfterAll } from "./property/figures.js";
import { describeError, expectTyped, holds, outcome, watchUnhandled } from "./property/invariants.js";
import { params, timeout } from "./property/settings.js";

const unhandled = watchUnhandled();
saveFiguresAfterAll();

const ALL = ITEMS.map((item) => item.id).join(",");
const WALK_OPTIONS = ["resume", "concurrency", "prefetch"];

/** A value of any kind, hostile ones included. */
const anything = fc.oneof(
  fc.constantFrom(undefined, null, true, false, 0, -1, 1, 2, 1.5, NaN, Infinity, "", "3", [], {}),
  fc.integer({ min: -5, max: 10 }),
  fc.string({ maxLength: 8 }),
  fc.record({ query: fc.dictionary(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 })) }),
  fc.record({
    query: fc.constant({}),
    page: fc.integer({ min: -2, max: 20 }),
    skip: fc.integer({ min: -2, max: 5 }),
  }),
);

/** Options: an object of walk and call options (some well typed, some not), or a non-object. */
const options = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record(
      {
        resume: fc.oneof(fc.constant(undefined), anything),
        concurrency: fc.oneof(fc.constantFrom(undefined, 1, 2, 4), anything),
        prefetch: fc.oneof(fc.constantFrom(undefined, true, false), anything),
        timeoutMs: fc.oneof(fc.constantFrom(undefined, 0, 5_000), anything),
        retry: fc.oneof(fc.constantFrom(undefined, false, 0, 1), anything),
        headers: fc.constantFrom(undefined, { "x-trace": "t" }),
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom(null, "fast", 3, true, ["prefetch"]) },
);

describe("paginateOperation under hostile options", () => {
  it(
    "refuses before any request with a typed error, or walks every item once without sending the walk's options",
    async () => {
      await fc.assert(
        fc.asyncProperty(options, fc.integer({ min: 1, max: 4 }), async (given, size) => {
          generated();
          const { fetch, requests } = recorder(servePages);
          const client = createClient<any>(pagingMeta, { fetch, retry: false });
          let walk;
          try {
            walk = paginateOperation(client, "/cursor", { query: { size } }, given as never);
          } catch (error) {
            expectTyped(error);
            holds(requests.length == 0, "a refused walk sent a request");
            return;
          }
          const ended = await outcome(walk.toArray());
          if (!ended.ok) {
            expectTyped(ended.error);
            holds(
              requests.length == 0,
              () => `sent ${requests.length} requests before ${describeError(ended.error)}`,
            );
          } else {
            const resumed =
              given && typeof given == "object" && "resume" in given && given.resume !== undefined;
            const ids = (ended.value as { id: string }[]).map((item) => item.id).join(",");
            // a walk resumed from a valid position delivers the items after it, each once, in order
            holds(resumed ? ALL.endsWith(ids) : ids == ALL, () => `delivered ${ids}, expected ${ALL}`);
          }
          for (const { url, headers } of requests)
            for (const name of WALK_OPTIONS)
              holds(!url.searchParams.has(name) && !headers.has(name), `sent the walk's ${name}`);
          await unhandled.expectNone();
        }),
        params(300),
      );
    },
    timeout(300, 5),
  );
});
