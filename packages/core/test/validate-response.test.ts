import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  SpecDriftError,
  ValidationError,
  bearerAuth,
  responseValidators,
  shapeOf,
  type SchemaCheck,
} from "../src/index.js";
import { everything, fixtureClient, meta, recorder } from "./fixtures.js";

const FILE = "specs/fixture/openapi.yaml";
const ITEM = "/components/schemas/Item";
const TOKEN = "tok_canary_5f1e0c9a7b3d";

/**
 * A stand-in for a generated validator (ajv's standalone shape, spec pointers already absolute):
 * an object `{ id: string }`, closed.
 */
function itemCheck(pointer = ITEM): SchemaCheck {
  const check = ((body: any) => {
    const errors = [];
    if (!body || typeof body != "object")
      errors.push({
        instancePath: "",
        schemaPath: `#${pointer}/type`,
        keyword: "type",
        params: { type: "object" },
      });
    else {
      if (!("id" in body))
        errors.push({
          instancePath: "",
          schemaPath: `#${pointer}/required`,
          keyword: "required",
          params: { missingProperty: "id" },
        });
      else if (typeof body.id != "string")
        errors.push({
          instancePath: "/id",
          schemaPath: `#${pointer}/properties/id/type`,
          keyword: "type",
          params: { type: "string" },
        });
      for (const key of Object.keys(body).filter((k) => k != "id"))
        errors.push({
          instancePath: "",
          schemaPath: `#${pointer}/additionalProperties`,
          keyword: "additionalProperties",
          params: { additionalProperty: key },
        });
    }
    check.errors = errors.length ? errors : null;
    return !errors.length;
  }) as SchemaCheck & { errors: unknown };
  return check;
}

const ERROR = "/components/schemas/Error";
const validators = responseValidators("fixture", FILE, {
  "GET /items/{id}": { "200": itemCheck(), "204": null, default: itemCheck(ERROR) },
  "GET /cursor": { "200": itemCheck("/components/schemas/Page") },
});

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

afterEach(() => vi.restoreAllMocks());

describe("validateResponses options", () => {
  it("refuses a mode without validators, an unknown mode and another provider's validators", () => {
    const { fetch } = recorder(() => json({}));
    const cases = [
      [{ validateResponses: "throw" }, "validators"],
      [{ validateResponses: "loud", validators }, "validateResponses"],
      [{ validateResponses: "warn", validators: responseValidators("other", FILE, {}) }, "validators"],
    ] as const;
    for (const [options, field] of cases) {
      const error = (() => {
        try {
          fixtureClient(fetch, options as never);
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).field).toBe(field);
    }
    expect(() => fixtureClient(fetch, { validateResponses: "off" })).not.toThrow();
  });
});

describe("responseValidators(...).check", () => {
  it("finds nothing in a documented response", () => {
    expect(validators.check("GET /items/{id}", 200, { id: "a" })).toEqual([]);
    expect(validators.check("GET /items/{id}", 204, undefined)).toEqual([]);
    expect(validators.check("GET /unknown", 200, 42)).toEqual([]);
  });

  it("locates each difference in the body and in the spec, with the value's shape only", () => {
    expect(validators.check("GET /items/{id}", 200, { id: 7, name: "Ann Example" })).toEqual([
      {
        pointer: "/id",
        specLocation: { file: FILE, pointer: `${ITEM}/properties/id` },
        expected: "type string",
        found: "integer",
        rule: "type",
      },
      {
        pointer: "/name",
        specLocation: { file: FILE, pointer: ITEM },
        expected: "only the documented properties",
        found: "string(11)",
        rule: "undocumented-property",
      },
    ]);
    expect(validators.check("GET /items/{id}", 200, {})[0]).toMatchObject({
      pointer: "/id",
      expected: 'property "id"',
      found: "absent",
      rule: "required",
    });
  });

  it("reports an undocumented 2xx, checks an error status against default, and a body where none is documented", () => {
    expect(validators.check("GET /items/{id}", 203, { id: "a" })).toEqual([
      {
        pointer: "",
        specLocation: { file: FILE, pointer: "/paths/~1items~1{id}/get/responses" },
        expected: "a documented status (200, 204, default)",
        found: "status 203",
        rule: "status",
      },
    ]);
    expect(validators.check("GET /items/{id}", 503, "<html>")[0]!.specLocation.pointer).toBe(ERROR);
    expect(validators.check("GET /items/{id}", 204, { id: "a" })[0]!.rule).toBe("body");
  });
});

describe("shapeOf", () => {
  it("gives a type and a size, never a value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const shape = shapeOf(value);
        expect(shape).toMatch(
          /^(null|boolean|integer|number|string\(\d+\)|array\(\d+\)|object\{\d+ keys\})$/,
        );
      }),
    );
    expect([shapeOf(undefined), shapeOf("secret"), shapeOf([1]), shapeOf({ a: 1 })]).toEqual([
      "absent",
      "string(6)",
      "array(1)",
      "object{1 keys}",
    ]);
  });
});

describe("a client with validateResponses", () => {
  const path = "/items/{id}";
  const init = { params: { path: { id: "a" } } };

  it('"warn" returns the data and reports through onDrift', async () => {
    const { fetch } = recorder(() => json({ id: 1 }));
    const seen: SpecDriftError[] = [];
    const client = fixtureClient(fetch, {
      validateResponses: "warn",
      validators,
      hooks: { onDrift: (e) => void seen.push(e.drift) },
    });
    const { data } = await client.GET(path, init);
    expect(data).toEqual({ id: 1 });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ name: "SpecDriftError", operation: "GET /items/{id}", status: 200 });
    expect(seen[0]!.message).toBe(
      `GET https://api.example.test/v1/items/{id}: the 200 response differs from ${FILE} in 1 place: /id (${ITEM}/properties/id): expected type string, found integer`,
    );
  });

  it('"warn" without onDrift prints the drift with console.warn', async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const { fetch } = recorder(() => json({}));
    const client = fixtureClient(fetch, { validateResponses: "warn", validators });
    await client.GET(path, init);
    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0]![0])).toContain('expected property "id", found absent');
  });

  it('"warn" with a logger writes one warn line, and nothing to the console', async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const lines: string[] = [];
    const logger = { debug() {}, info() {}, warn: (line: string) => void lines.push(line), error() {} };
    const { fetch } = recorder(() => json({ id: 1 }));
    const client = fixtureClient(fetch, { validateResponses: "warn", validators, logger });
    await client.GET(path, init);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^\[clientele fixture\] drift GET \/items\/\{id\} attempt=1 status=200 error=SpecDriftError message=/,
    );
    expect(warn).not.toHaveBeenCalled();
  });

  it('"throw" throws a SpecDriftError that holds no credential, even in a pointer', async () => {
    const { fetch } = recorder(() => json({ id: "a", [TOKEN]: TOKEN }));
    const client = fixtureClient(fetch, { validateResponses: "throw", validators, auth: bearerAuth(TOKEN) });
    const error = await client.GET(path, init).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpecDriftError);
    const drift = error as SpecDriftError;
    expect(drift.findings[0]!.pointer).toBe("/[redacted]");
    for (const text of [...everything(drift), JSON.stringify(drift)]) expect(text).not.toContain(TOKEN);
  });

  it("checks every page of a walk", async () => {
    const pages = [
      { id: "p1", data: [1], more: true, next: "c2" },
      { id: 2, data: [2], more: false },
    ];
    const { fetch, requests } = recorder((_, i) => json(pages[i]));
    const pageCheck = ((body: { id: unknown }) => {
      const ok = typeof body.id == "string";
      const at = "#/components/schemas/Page/properties/id/type";
      pageCheck.errors = ok
        ? null
        : [{ instancePath: "/id", schemaPath: at, keyword: "type", params: { type: "string" } }];
      return ok;
    }) as SchemaCheck & { errors: unknown };
    const loose = responseValidators("fixture", FILE, { "GET /cursor": { "200": pageCheck } });
    const client = fixtureClient(fetch, { validateResponses: "throw", validators: loose });
    const walked: unknown[] = [];
    const error = await (async () => {
      for await (const item of client.paginate("/cursor")) walked.push(item);
    })().catch((e: unknown) => e);
    expect(requests).toHaveLength(2);
    expect(walked).toEqual([1]);
    expect(error).toBeInstanceOf(SpecDriftError);
  });
});
