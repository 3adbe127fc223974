/**
 * Property: a generated method's payload from hostile bodies (the item asked for, someone else, the
 * id as another type, a list holding it among forged items, the same id in several items, nested or
 * missing envelopes, values that are not objects). `callOperation` with `x-method.match` returns the
 * one item whose field is the id asked for, exactly, when the body holds exactly one (never another,
 * never a look-alike, never the first of several), and otherwise rejects with a
 * `MalformedResponseError` that quotes nothing of the body; nothing else.
 */
import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { afterAll, describe, it } from "vitest";
import { MalformedResponseError, type ProviderMetadata, callOperation, createClient } from "../src/index.js";
import { generated, saveFiguresAfterAll } from "./property/figures.js";
import { holds } from "./property/invariants.js";
import { params, timeout } from "./property/settings.js";

saveFiguresAfterAll();

const meta: ProviderMetadata = {
  name: "acme",
  servers: [{ url: "https://api.acme.test" }],
  securitySchemes: {},
  errors: {},
  operations: {
    "GET /users/{id}": { id: "getUser", payload: "/data", match: { field: "/_id", param: "id" } },
  },
};

const WANTED = "u1";
/** Text only a body holds: an error that quotes the body would show it. */
const BODY_TEXT = "body-only-text";
const id = fc.oneof(
  { weight: 3, arbitrary: fc.constant<unknown>(WANTED) },
  fc.constantFrom<unknown>("u2", "U1", " u1", 1, null, undefined, ["u1"], { u1: true }),
);
const item = fc.oneof(
  fc.record({ _id: id, name: fc.string({ maxLength: 4 }) }, { requiredKeys: [] }),
  fc.constantFrom<unknown>(null, "u1", 1, [], JSON.parse('{"__proto__": {"_id": "u1"}}')),
);
/** A list holding the id asked for in two or more items (their other fields may differ), among others. */
const duplicated = fc
  .tuple(
    fc.array(fc.record({ _id: fc.constant(WANTED), note: fc.nat(99).map((n) => `${BODY_TEXT}-${n}`) }), {
      minLength: 2,
      maxLength: 4,
    }),
    fc.array(item, { maxLength: 4 }),
  )
  .chain(([wanted, others]) =>
    fc.shuffledSubarray([...wanted, ...others], { minLength: wanted.length + others.length }),
  );
const data = fc.oneof(item, fc.array(item, { maxLength: 5 }), duplicated);
const body = fc.oneof(
  { weight: 4, arbitrary: data.map((d) => ({ data: d })) },
  data.map((d) => ({ data: { data: d } })),
  data,
  fc.constantFrom<unknown>({}, { data: null }, []),
);

/** The items of the body, as the client receives it, whose `_id` is the id asked for: the model. */
function itemsAskedFor(answer: unknown): unknown[] {
  const wire: unknown = JSON.parse(JSON.stringify(answer));
  const payload = wire !== null && typeof wire == "object" ? (wire as { data?: unknown }).data : undefined;
  return (Array.isArray(payload) ? payload : [payload]).filter(
    (each) => each !== null && typeof each == "object" && (each as { _id?: unknown })._id === WANTED,
  );
}

const seen = { single: 0, duplicates: 0 };

describe("a generated method with a match", () => {
  afterAll(() => {
    // the generator must reach both worlds, or the property proves nothing about them
    holds(seen.single > 0 && seen.duplicates > 0, () => `worlds seen: ${JSON.stringify(seen)}`);
  });

  it(
    "returns the exact single item asked for, or rejects with a MalformedResponseError",
    async () => {
      await fc.assert(
        fc.asyncProperty(body, async (answer) => {
          generated();
          const expected = itemsAskedFor(answer);
          if (expected.length == 1) seen.single++;
          if (expected.length > 1) seen.duplicates++;
          const client = createClient<any>(meta, { fetch: async () => Response.json(answer), retry: false });
          try {
            const found = await callOperation(client, "GET /users/{id}", {
              params: { path: { id: WANTED } },
            });
            holds(expected.length == 1, () => `returned an item from a body holding ${expected.length}`);
            holds(isDeepStrictEqual(found, expected[0]), () => `returned ${JSON.stringify(found)}`);
          } catch (error) {
            holds(error instanceof MalformedResponseError, () => `rejected with ${String(error)}`);
            holds(expected.length != 1, () => `rejected a body holding exactly one: ${String(error)}`);
            const { message } = error as MalformedResponseError;
            holds(!message.includes(BODY_TEXT), () => `the error quotes the body: ${message}`);
            if (expected.length > 1)
              holds(message.includes(`${expected.length} times`), () => `the count is missing: ${message}`);
          }
        }),
        params(500),
      );
    },
    timeout(500, 2),
  );
});
