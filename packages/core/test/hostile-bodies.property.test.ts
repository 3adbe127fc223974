/**
 * Property: bodies as a hostile or broken server sends them (JSON nested thousands of levels deep,
 * large, with `__proto__` and `constructor` keys, truncated, failing mid-stream, not UTF-8, empty)
 * under any status, through a call, `unwrap` and a page walk: every failure is a `ClienteleError`
 * whose message is one short line and whose serialisations do not throw, nothing goes unhandled,
 * and no prototype is polluted.
 */
import fc from "fast-check";
import { describe, it } from "vitest";
import { createClient, unwrap } from "../src/index.js";
import type { LooseClient } from "./fixtures.js";
import { fixtureClient } from "./fixtures.js";
import { pagingMeta } from "./paging-server.js";
import { bodyPlan, respond } from "./property/bodies.js";
import { generated, saveFiguresAfterAll } from "./property/figures.js";
import { expectTyped, holds, outcome, serialisations, watchUnhandled } from "./property/invariants.js";
import { params, timeout } from "./property/settings.js";

const unhandled = watchUnhandled();
saveFiguresAfterAll();

const world = fc.record({
  status: fc.oneof(
    fc.constantFrom(200, 201, 204, 400, 404, 409, 422, 429, 500, 503),
    fc.integer({ min: 200, max: 599 }),
  ),
  body: bodyPlan,
  via: fc.constantFrom("GET", "POST", "paginate"),
});

describe("hostile bodies (property)", () => {
  it(
    "every failure is a ClienteleError with a one-line message, its serialisations do not throw, nothing is unhandled or polluted",
    async () => {
      await fc.assert(
        fc.asyncProperty(world, async (w) => {
          generated();
          const fetch = async () => respond(w.status, w.body);
          let failure: unknown;
          if (w.via == "paginate") {
            const client = createClient(pagingMeta, { fetch, retry: false }) as unknown as LooseClient;
            const walked = await outcome(client.paginate("/cursor").toArray({ max: 20 }));
            if (!walked.ok) failure = walked.error;
          } else {
            const client = fixtureClient(fetch, { retry: false });
            const call = w.via == "GET" ? client.GET("/items") : client.POST("/items", { body: {} });
            const result = await outcome(call.then((r) => unwrap(r)));
            if (!result.ok) failure = result.error;
          }
          await unhandled.expectNone();
          holds(
            ({} as Record<string, unknown>).polluted === undefined && !("polluted" in Object.prototype),
            "Object.prototype was polluted",
          );
          if (failure === undefined) return;
          expectTyped(failure);
          const { message } = failure as Error;
          holds(
            !/\n/.test(message) && message.length <= 1_000,
            () => `a message of ${message.length} characters, or several lines`,
          );
          serialisations(failure);
        }),
        params(300),
      );
    },
    timeout(300, 10),
  );
});
