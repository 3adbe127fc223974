/**
 * Property: any value at all (null-prototype objects, BigInts, symbols, cycles, sparse arrays,
 * boxed values, dates) given to a documented parameter, in the path, the query or a JSON query
 * parameter, and as an option of the call, is either sent or refused with a `ValidationError`
 * naming what was given; printing or writing it never escapes as a `TypeError`.
 */
import fc from "fast-check";
import { describe, it } from "vitest";
import { ClienteleError, type ProviderMetadata, ValidationError, createClient } from "../src/index.js";
import { recorder, sequence } from "./fixtures.js";
import { generated, saveFiguresAfterAll } from "./property/figures.js";
import { describeError, holds, outcome, watchUnhandled } from "./property/invariants.js";
import { params, timeout } from "./property/settings.js";

const unhandled = watchUnhandled();
saveFiguresAfterAll();

const meta: ProviderMetadata = {
  name: "values",
  servers: [{ url: "https://api.example.test" }],
  securitySchemes: {},
  errors: {},
  operations: {
    "GET /items/{id}": {
      params: {
        path: { id: { type: "string" } },
        query: {
          n: { type: "integer", minimum: 0 },
          q: { type: "string", maxLength: 5 },
          filter: { type: "string", json: true },
          tags: { type: "array", explode: false, items: { type: "string" } },
        },
      },
    },
  },
};

const hostile = fc.anything({
  maxDepth: 2,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
});

/** Also what `fc.anything` never makes: a symbol, a cycle, an object whose `toString` throws. */
const value = fc.oneof(
  { weight: 6, arbitrary: hostile },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom<() => unknown>(
        () => Symbol("s"),
        () => {
          const cycle: Record<string, unknown> = {};
          cycle.self = cycle;
          return cycle;
        },
        () => ({ toString: () => ({}), valueOf: () => ({}) }),
      )
      .map((make) => make()),
  },
);

const place = fc.constantFrom(
  "path.id",
  "query.n",
  "query.q",
  "query.filter",
  "query.tags",
  "timeoutMs",
  "retry",
);

describe("any value given to a parameter or an option", () => {
  it(
    "is sent, or refused with a ValidationError naming it, before any request; never a TypeError",
    async () => {
      await fc.assert(
        fc.asyncProperty(place, value, async (at, given) => {
          generated();
          const { fetch, requests } = recorder(sequence(200));
          const client = createClient<any>(meta, { fetch, retry: false });
          const [where, name] = at.split(".") as [string, string | undefined];
          const path = where == "path" ? { id: given } : { id: "a" };
          const query = where == "query" ? { [name!]: given } : {};
          const options = name ? {} : { [where]: given };
          const sent = outcome(
            Promise.resolve().then(() => client.GET("/items/{id}", { params: { path, query }, ...options })),
          );
          const ended = await sent;
          if (!ended.ok) {
            const { error } = ended;
            holds(error instanceof ClienteleError, () => `${at}: ${describeError(error)}`);
            if (error instanceof ValidationError) {
              holds(error.field.startsWith(at), () => `${at}: refused naming ${error.field}`);
              holds(requests.length == 0, `${at}: sent before the refusal`);
            }
          }
          await unhandled.expectNone();
        }),
        params(600),
      );
    },
    timeout(600, 3),
  );
});
