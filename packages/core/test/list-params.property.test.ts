/**
 * Property: a list given to a parameter that core writes (`x-serialize: json` items, `sort-keys`,
 * `explode: false`), however hostile, is sent so that the server reads back exactly what was given,
 * or is refused with a `ValidationError` naming the parameter or one of its members. An empty list
 * of an optional parameter is not sent at all.
 */
import fc from "fast-check";
import { describe, it } from "vitest";
import { type OperationMeta, ValidationError } from "../src/index.js";
import { prepareParams } from "../src/request/validate.js";
import { generated, saveFiguresAfterAll } from "./property/figures.js";
import { describeError, holds } from "./property/invariants.js";
import { params } from "./property/settings.js";

saveFiguresAfterAll();

const rules: OperationMeta = {
  id: "listUsers",
  params: {
    query: {
      filters: {
        type: "string",
        json: true,
        items: {
          required: ["mode", "field", "value"],
          fields: {
            mode: { type: "string", enum: ["include", "exclude"] },
            field: { type: "string", minLength: 1 },
            value: { type: ["string", "number", "boolean"], nullable: true },
          },
        },
      },
      sortBy: { type: "string", sortKeys: true },
      stageIds: { type: "array", explode: false, minItems: 1, items: { type: "string", pattern: "^[^,]+$" } },
    },
  },
};

/** Text a field or an id may hold: commas, spaces, quotes, Unicode, the empty string. */
const text = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.constantFrom("", ",", " a", "a ", "a,b", '"', "ü", "%2C"),
);
/** Anything a caller might put where a scalar belongs. */
const anything = fc.oneof(
  text,
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constantFrom({}, [], Number.NaN, Number.POSITIVE_INFINITY),
);
const member = <T>(typical: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 3, arbitrary: typical }, { weight: 1, arbitrary: anything });
const filter = fc.record(
  {
    mode: member(fc.constantFrom("include", "exclude")),
    field: member(text),
    value: anything,
    extra: anything,
  },
  { requiredKeys: [] },
);
const sortKey = fc.record(
  { field: member(text), order: member(fc.constantFrom("asc", "desc")) },
  { requiredKeys: [] },
);
const list = <T>(item: fc.Arbitrary<T>) => fc.oneof(fc.array(member(item), { maxLength: 4 }), anything);

/** What the server reads back from the text it was sent. */
const readBack = {
  filters: (sent: string) => JSON.parse(sent),
  sortBy: (sent: string) =>
    sent.split(",").map((key) => ({ field: key.slice(1), order: key[0] == "+" ? "asc" : "desc" })),
  stageIds: (sent: string) => sent.split(","),
};

describe("list parameters (property)", () => {
  it.each([
    ["filters", list(filter)],
    ["sortBy", list(sortKey)],
    ["stageIds", list(text)],
  ] as const)("%s: read back exactly as given, left out when empty, or refused naming it", (name, values) => {
    fc.assert(
      fc.property(values, (given) => {
        generated();
        let sent: unknown;
        try {
          sent = prepareParams(rules, "/users", { query: { [name]: given } }).query?.[name];
        } catch (error) {
          holds(error instanceof ValidationError, () => `${JSON.stringify(given)}: ${describeError(error)}`);
          const field = (error as ValidationError).field;
          holds(
            field === `query.${name}` || field.startsWith(`query.${name}[`),
            () => `refused naming ${field}, not query.${name}`,
          );
          return;
        }
        if (Array.isArray(given) && !given.length && name != "stageIds") {
          holds(sent === undefined, () => `an empty ${name} was sent as ${String(sent)}`);
          return;
        }
        if (!Array.isArray(given)) {
          holds(sent === given, () => `${name} ${JSON.stringify(given)} was sent as ${JSON.stringify(sent)}`);
          return;
        }
        holds(typeof sent == "string", () => `${name} was sent as ${typeof sent}`);
        const back = readBack[name](sent as string);
        const expected =
          name == "sortBy" ? given.map((k: any) => ({ field: k.field, order: k.order })) : given;
        holds(
          JSON.stringify(back) === JSON.stringify(expected),
          () => `${JSON.stringify(given)} was sent as ${String(sent)}, read back as ${JSON.stringify(back)}`,
        );
      }),
      params(400),
    );
  });
});
