/**
 * Property: a generated method's payload from hostile bodies (the item asked for, someone else, the
 * id as another type, a list holding it among forged items, nested or missing envelopes, values
 * that are not objects). `callOperation` with `x-method.match` returns an item whose field is the
 * id asked for, exactly (never another, never a look-alike), or rejects with a
 * `MalformedResponseError`; nothing else.
 */
import fc from "fast-check";
import { describe, it } from "vitest";
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
const id = fc.oneof(
  { weight: 3, arbitrary: fc.constant<unknown>(WANTED) },
  fc.constantFrom<unknown>("u2", "U1", " u1", 1, null, undefined, ["u1"], { u1: true }),
);
const item = fc.oneof(
  fc.record({ _id: id, name: fc.string({ maxLength: 4 }) }, { requiredKeys: [] }),
  fc.constantFrom<unknown>(null, "u1", 1, [], JSON.parse('{"__proto__": {"_id": "u1"}}')),
);
const data = fc.oneof(item, fc.array(item, { maxLength: 5 }));
const body = fc.oneof(
  { weight: 4, arbitrary: data.map((d) => ({ data: d })) },
  data.map((d) => ({ data: { data: d } })),
  data,
  fc.constantFrom<unknown>({}, { data: null }, []),
);

describe("a generated method with a match", () => {
  it(
    "returns the item asked for, exactly, or rejects with a MalformedResponseError",
    async () => {
      await fc.assert(
        fc.asyncProperty(body, async (answer) => {
          generated();
          const client = createClient<any>(meta, { fetch: async () => Response.json(answer), retry: false });
          try {
            const found = (await callOperation(client, "GET /users/{id}", {
              params: { path: { id: WANTED } },
            })) as Record<string, unknown>;
            holds(found !== null && typeof found == "object", "returned a non-object");
            holds(found._id === WANTED, () => `returned ${JSON.stringify(found)}, not ${WANTED}`);
          } catch (error) {
            holds(error instanceof MalformedResponseError, () => `rejected with ${String(error)}`);
          }
        }),
        params(500),
      );
    },
    timeout(500, 2),
  );
});
