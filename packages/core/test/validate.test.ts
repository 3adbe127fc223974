import { describe, expect, it } from "vitest";
import { type OperationMeta, ValidationError } from "../src/index.js";
import { checkMembers, prepareParams } from "../src/request/validate.js";
import { fixtureClient, recorder, sequence } from "./fixtures.js";

const op = (params: OperationMeta["params"], extra: Partial<OperationMeta> = {}): OperationMeta => ({
  id: "op",
  params,
  ...extra,
});
const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    const { field, rule, message } = error as ValidationError;
    return { field, rule, message };
  }
  throw new Error("accepted");
};

describe("prepareParams: documented rules", () => {
  const rules = op({
    query: {
      pageSize: { type: "integer", minimum: 1, maximum: 200 },
      period: { type: "string", enum: ["24h", "7d"] },
      sortBy: { type: "string", pattern: "^[+-][a-z]+$" },
      q: { type: "string", minLength: 2, maxLength: 5 },
      ids: { type: "array", maxItems: 2 },
      since: { type: "string", format: "date-time" },
      flag: { type: "boolean" },
    },
    header: { "x-tenant": { type: "string", required: true } },
  });
  const valid = { header: { "x-tenant": "t" } };

  it.each([
    ["a required parameter", { header: {} }, "header.x-tenant", "required"],
    ["a minimum", { query: { pageSize: 0 } }, "query.pageSize", "minimum"],
    ["a maximum", { query: { pageSize: 201 } }, "query.pageSize", "maximum"],
    ["a type", { query: { pageSize: 1.5 } }, "query.pageSize", "type"],
    ["an enum", { query: { period: "1y" } }, "query.period", "enum"],
    ["a pattern", { query: { sortBy: "name" } }, "query.sortBy", "pattern"],
    ["a minLength", { query: { q: "a" } }, "query.q", "minLength"],
    ["a maxLength", { query: { q: "abcdef" } }, "query.q", "maxLength"],
    ["a maxItems", { query: { ids: [1, 2, 3] } }, "query.ids", "maxItems"],
    ["a date-time format", { query: { since: "yesterday" } }, "query.since", "format"],
    ["a date-time's offset", { query: { since: "2024-06-01T10:00:00" } }, "query.since", "format"],
    ["a boolean type", { query: { flag: "yes" } }, "query.flag", "type"],
  ])("refuses a value that breaks %s, naming the parameter and the rule", (_name, params, field, rule) => {
    const got = refusal(() => prepareParams(rules, "/x", { ...valid, ...params }));
    expect(got).toMatchObject({ field, rule });
    expect(got.message).toContain(field);
  });

  it("accepts valid values and converts what needs converting, without touching the caller's objects", () => {
    const query = { pageSize: "50", since: new Date(0), period: "7d" };
    const out = prepareParams(rules, "/x", { ...valid, query });
    expect(out.query).toEqual({ pageSize: 50, since: "1970-01-01T00:00:00.000Z", period: "7d" });
    expect(query.since).toBeInstanceOf(Date);
  });

  it("returns the caller's objects as they are when nothing needs converting, and copies only what changes", () => {
    const params = { ...valid, path: { id: "a" }, query: { period: "7d" } };
    expect(prepareParams(rules, "/x/{id}", params)).toBe(params);
    const converted = prepareParams(rules, "/x/{id}", { ...params, query: { since: new Date(0) } });
    expect(converted.path).toBe(params.path);
    expect(converted.query).toEqual({ since: "1970-01-01T00:00:00.000Z" });
    expect(prepareParams(undefined, "/x")).toEqual({});
  });

  it("serialises x-serialize: json values and joins explode: false arrays", () => {
    const rule = op({
      query: { filters: { type: "string", json: true }, stageIds: { type: "array", explode: false } },
    });
    const out = prepareParams(rule, "/x", {
      query: { filters: [{ field: "a", value: "b&c" }], stageIds: ["s1", "s2"] },
    });
    expect(out.query).toEqual({ filters: '[{"field":"a","value":"b&c"}]', stageIds: "s1,s2" });
    expect(refusal(() => prepareParams(rule, "/x", { query: { filters: "{not json" } })).rule).toBe("json");
  });

  it("writes points in time as x-serialize says: epoch-ms for a Date, utc for a Date or an instant with an offset", () => {
    const rule = op({
      query: {
        at: { type: "integer", epochMs: true },
        from: { type: "string", format: "date-time", utc: true },
      },
    });
    const out = prepareParams(rule, "/x", {
      query: { at: new Date(1_732_060_800_000), from: "2024-06-01T02:00:00+02:00" },
    });
    expect(out.query).toEqual({ at: 1_732_060_800_000, from: "2024-06-01T00:00:00.000Z" });
    const dateOnly = prepareParams(rule, "/x", { query: { from: "2024-06-01" } });
    expect(dateOnly.query).toEqual({ from: "2024-06-01T00:00:00.000Z" });
    expect(refusal(() => prepareParams(rule, "/x", { query: { at: new Date(Number.NaN) } }))).toMatchObject({
      field: "query.at",
      rule: "format",
    });
  });

  it("checks a oneOf parameter against its branches: the first that passes prepares it", () => {
    const either = op({
      query: {
        startDate: {
          epochMs: true,
          oneOf: [
            { type: "integer", minimum: 0 },
            { type: "string", format: "date-time" },
          ],
        },
      },
    });
    const send = (startDate: unknown) => prepareParams(either, "/x", { query: { startDate } }).query;
    expect(send(new Date(5))).toEqual({ startDate: 5 });
    expect(send("1732060800000")).toEqual({ startDate: 1_732_060_800_000 });
    expect(send("2024-11-20T00:00:00.000Z")).toEqual({ startDate: "2024-11-20T00:00:00.000Z" });
    expect(send(undefined)).toEqual({ startDate: undefined });
    for (const bad of [-1, "last tuesday", "2024-11-20T00:00:00", true])
      expect(
        refusal(() => send(bad)),
        String(bad),
      ).toMatchObject({
        field: "query.startDate",
        rule: "oneOf",
        message: expect.stringContaining("must be one of: integer or date-time"),
      });
  });

  it("checks declared relations: from < to (dates, ISO strings or numbers)", () => {
    const sparkwise = op({}, { constraints: [{ lessThan: ["from", "to"] }] });
    const check = (from: unknown, to: unknown) => () =>
      prepareParams(sparkwise, "/x", { query: { from, to } });
    expect(refusal(check(new Date(2), new Date(1)))).toMatchObject({ field: "query.from", rule: "lessThan" });
    expect(refusal(check("2024-02-01T00:00:00Z", "2024-01-01T00:00:00Z")).rule).toBe("lessThan");
    expect(refusal(check(5, 5)).rule).toBe("lessThan");
    expect(() => check(new Date(1), new Date(2))()).not.toThrow();
    expect(() => check(undefined, new Date(2))()).not.toThrow();
  });

  it("checks inclusive bounds: start <= end (dates, ISO strings or numbers)", () => {
    const isnotai = op({}, { constraints: [{ notAfter: ["startDate", "endDate"] }] });
    const check = (startDate: unknown, endDate: unknown) => () =>
      prepareParams(isnotai, "/x", { query: { startDate, endDate } });
    expect(refusal(check("2026-06-20T00:00:00Z", "2026-06-01T00:00:00Z"))).toMatchObject({
      field: "query.startDate",
      rule: "notAfter",
    });
    expect(refusal(check(2_000, 1_000)).rule).toBe("notAfter");
    expect(() => check(new Date(5), new Date(5))()).not.toThrow();
    expect(() => check("2026-06-01", "2026-06-01")()).not.toThrow();
    expect(() => check(undefined, 1)()).not.toThrow();
  });

  it("checks the size of a batch body", () => {
    const batch = op({}, { batch: { items: "/users", max: 2 } });
    expect(refusal(() => prepareParams(batch, "/x", {}, { users: [1, 2, 3] })).rule).toBe("maxItems");
    expect(refusal(() => prepareParams(batch, "/x", {}, { users: [] })).rule).toBe("minItems");
    expect(refusal(() => prepareParams(batch, "/x", {}, {})).rule).toBe("type");
  });
});

describe("path parameters", () => {
  it.each([".", "..", ""])(
    "refuses %j before anything is sent (URL parsing would resolve it)",
    async (id) => {
      const { fetch, requests } = recorder(sequence(200));
      await expect(
        fixtureClient(fetch).GET("/items/{id}/x" as "/items/{id}", { params: { path: { id } } }),
      ).rejects.toMatchObject({
        name: "ValidationError",
        field: "path.id",
      });
      expect(requests).toHaveLength(0);
    },
  );

  it("requires every placeholder, with or without documented rules", async () => {
    const { fetch } = recorder(sequence(200));
    await expect(fixtureClient(fetch).PUT("/items/{id}", { params: { path: {} } })).rejects.toMatchObject({
      rule: "required",
    });
  });

  it.each([
    ["../admin", "..%2Fadmin"],
    ["%2e%2e", "%252e%252e"],
    ["a/b?c#d", "a%2Fb%3Fc%23d"],
    ["...", "..."],
    [".hidden", ".hidden"],
    ["ünï cödé", "%C3%BCn%C3%AF%20c%C3%B6d%C3%A9"],
  ])("sends %j as exactly one segment that decodes back to itself", async (id, segment) => {
    const { fetch, requests } = recorder(sequence(200));
    await fixtureClient(fetch).GET("/items/{id}", { params: { path: { id } } });
    const path = requests[0]!.url.pathname;
    expect(path).toBe(`/v1/items/${segment}`);
    expect(decodeURIComponent(path.split("/")[3]!)).toBe(id);
  });
});

describe("checkMembers: batch members against their schema", () => {
  const batch = {
    items: "/users",
    max: 10,
    key: "/remoteId",
    member: {
      required: ["remoteId"],
      fields: {
        remoteId: { type: "string", minLength: 1 },
        active: { type: "boolean" },
        startDate: {
          oneOf: [
            { type: "integer", minimum: 0 },
            { type: "string", format: "date-time" },
          ],
        },
      },
    },
  } as const;
  const refused = (members: unknown[]) => refusal(() => checkMembers(batch, members));

  it("passes members that carry their key, with documented fields of the right type and any others", () => {
    expect(() =>
      checkMembers(batch, [
        { remoteId: "a", active: true, extra: { any: 1 } },
        { remoteId: "b", startDate: 5 },
        { remoteId: "c", startDate: "2024-01-01T00:00:00Z" },
      ]),
    ).not.toThrow();
    // without a key or a member schema, a member is its own identity and may be anything
    expect(() => checkMembers({ items: "/tags", max: 1 }, [1, "x", null])).not.toThrow();
    expect(() => checkMembers({ items: "/users", max: 1, key: "/id" }, ["x"])).toThrow(ValidationError);
  });

  it.each([
    [[{ remoteId: "a" }, null], "users[1]", "type"],
    [[{ active: true }], "users[0].remoteId", "required"],
    [[{ remoteId: "" }], "users[0].remoteId", "minLength"],
    [[{ remoteId: "a", active: "yes" }], "users[0].active", "type"],
    [[{ remoteId: "a", startDate: "last week" }], "users[0].startDate", "oneOf"],
    [[{ remoteId: "a" }, { remoteId: "b" }, { remoteId: "a" }], "users[2].remoteId", "unique"],
  ])("refuses %j naming the member's field (%s) and the rule (%s)", (members, field, rule) => {
    expect(refused(members)).toMatchObject({ field, rule });
  });
});

describe("list parameters: items, sort keys and empty lists", () => {
  const filter = {
    required: ["mode", "field", "value"],
    fields: {
      mode: { type: "string", enum: ["include", "exclude"] },
      field: { type: "string", minLength: 1 },
      value: { type: ["string", "number", "boolean"], nullable: true },
    },
  } as const;
  const rules = op({
    query: {
      filters: { type: "string", json: true, items: filter },
      sortBy: { type: "string", sortKeys: true, pattern: "^[+-][^,]+(,[+-][^,]+)*$" },
      stageIds: { type: "array", explode: false, minItems: 1, items: { type: "string", pattern: "^[^,]+$" } },
      tags: { type: "array" },
    },
  });
  const prepared = (query: Record<string, unknown>) => prepareParams(rules, "/x", { query }).query;
  const refused = (query: Record<string, unknown>) => refusal(() => prepareParams(rules, "/x", { query }));

  it("writes typed values as the spec declares: JSON text, +/- keys and one comma-joined value", () => {
    const filters = [{ mode: "include", field: "a", value: null, extra: 1 }];
    expect(
      prepared({
        filters,
        sortBy: [
          { field: "user.lastName", order: "asc" },
          { field: "age", order: "desc" },
        ],
        stageIds: ["s1", "s2"],
      }),
    ).toEqual({ filters: JSON.stringify(filters), sortBy: "+user.lastName,-age", stageIds: "s1,s2" });
    // text is sent as it is, once it passes the parameter's own rule
    expect(prepared({ filters: "[]", sortBy: "-a,+b" })).toEqual({ filters: "[]", sortBy: "-a,+b" });
  });

  it("leaves out an empty list of an optional parameter, and refuses one that minItems refuses", () => {
    expect(prepared({ filters: [], sortBy: [], tags: [] })).toEqual({
      filters: undefined,
      sortBy: undefined,
      tags: undefined,
    });
    expect(refused({ stageIds: [] })).toMatchObject({ field: "query.stageIds", rule: "minItems" });
  });

  it.each([
    [{ filters: [{ mode: "only", field: "a", value: 1 }] }, "query.filters[0].mode", "enum"],
    [{ filters: [{ mode: "include", field: "", value: 1 }] }, "query.filters[0].field", "minLength"],
    [{ filters: [{ mode: "include", field: "a" }] }, "query.filters[0].value", "required"],
    [{ filters: [{ mode: "include", field: "a", value: Number.NaN }] }, "query.filters[0].value", "type"],
    [{ filters: [{ mode: "include", field: "a", value: {} }] }, "query.filters[0].value", "type"],
    [{ filters: [{ mode: "include", field: "a", value: 1 }, "x"] }, "query.filters[1]", "type"],
    [{ sortBy: [{ field: "a", order: "up" }] }, "query.sortBy[0].order", "enum"],
    [{ sortBy: [{ field: "a,b", order: "asc" }] }, "query.sortBy[0].field", "pattern"],
    [{ sortBy: [{ field: " a", order: "asc" }] }, "query.sortBy[0].field", "pattern"],
    [{ sortBy: [{ order: "asc" }] }, "query.sortBy[0].field", "required"],
    [{ sortBy: ["+a"] }, "query.sortBy[0]", "type"],
    [{ sortBy: "a" }, "query.sortBy", "pattern"],
    [{ stageIds: ["a", ""] }, "query.stageIds[1]", "pattern"],
    [{ stageIds: ["a,b"] }, "query.stageIds[0]", "pattern"],
    [{ stageIds: [null] }, "query.stageIds[0]", "type"],
    [{ filters: { mode: "include" } }, "query.filters", "type"],
    [{ sortBy: 5 }, "query.sortBy", "type"],
  ])("refuses %j naming the member (%s) and the rule (%s)", (query, field, rule) => {
    expect(refused(query)).toMatchObject({ field, rule });
  });
});

describe("path parameters from the client's options", () => {
  const rules = op({ path: { projectId: { type: "string", minLength: 1, required: true } } });
  const path = "/projects/{projectId}/users";

  it("fills a path parameter a call leaves out, and lets a call name another", () => {
    const defaults = { projectId: "p1" };
    expect(prepareParams(rules, path, {}, undefined, defaults).path).toEqual({ projectId: "p1" });
    expect(prepareParams(rules, path, { path: { projectId: undefined } }, undefined, defaults).path).toEqual({
      projectId: "p1",
    });
    expect(prepareParams(rules, path, { path: { projectId: "p2" } }, undefined, defaults).path).toEqual({
      projectId: "p2",
    });
    expect(prepareParams(op(undefined), "/health", {}, undefined, defaults).path).toBeUndefined();
  });

  it("still refuses a call that names none when the client has none", () => {
    expect(refusal(() => prepareParams(rules, path, {}, undefined, {}))).toMatchObject({
      field: "path.projectId",
      rule: "required",
    });
  });
});

describe("prepareParams: values that cannot be printed or written as JSON", () => {
  const cycle: Record<string, unknown> = {};
  cycle.self = cycle;
  const rules = op({
    query: { n: { type: "integer" }, filter: { type: "string", json: true } },
    path: { id: { type: "string" } },
  });
  it.each([
    ["a BigInt", 10n, "query.n", "type"],
    ["a cycle", cycle, "query.n", "type"],
    ["a symbol", Symbol("s"), "query.n", "type"],
    ["a null-prototype object", Object.create(null), "query.n", "type"],
  ])("refuses %s against a rule with a ValidationError, not a TypeError", (_, value, field, rule) => {
    const got = refusal(() => prepareParams(rules, "/u/{id}", { path: { id: "a" }, query: { n: value } }));
    expect(got).toMatchObject({ field, rule });
  });

  it.each([
    ["a BigInt", { big: 1n }],
    ["a cycle", cycle],
  ])("refuses %s in a JSON parameter, naming it", (_, value) => {
    const got = refusal(() =>
      prepareParams(rules, "/u/{id}", { path: { id: "a" }, query: { filter: value } }),
    );
    expect(got).toMatchObject({ field: "query.filter", rule: "json" });
  });

  it("checks a path parameter that cannot be printed without throwing a TypeError", () => {
    const path = { id: Object.create(null) };
    expect(() => prepareParams(rules, "/u/{id}", { path })).toThrow(
      expect.objectContaining({ name: "ValidationError", field: "path.id", rule: "type" }),
    );
  });
});
