import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { ROOT, listProviders } from "../lib/providers.ts";
import { specChangeset } from "../spec-changeset.ts";
import { diffOptions, specCheck, specDiff } from "../spec-diff.ts";
import { bumpBetween, requiredBump } from "../spec-diff/bump.ts";
import { parseReleases, renderChangeset } from "../spec-diff/changesets.ts";
import type { ProviderReport } from "../spec-diff/report.ts";
import { diffSpecs } from "../spec-diff/document.ts";
import { defaultBase } from "../spec-diff/git.ts";
import type { Change, ChangeClass, Obj } from "../spec-diff/types.ts";

// minimal documents: one operation, and the piece a rule looks at
const ok = { "200": { description: "ok" } };
const doc = (extra: Obj = {}): Obj => ({
  openapi: "3.1.0",
  info: { title: "t", version: "1" },
  paths: {},
  ...extra,
});
const get = (op: Obj = {}, root: Obj = {}) =>
  doc({ paths: { "/users": { get: { operationId: "listUsers", responses: ok, ...op } } }, ...root });
const json = (schema: unknown) => ({ content: { "application/json": { schema } } });
const response = (schema: unknown) => get({ responses: { "200": { description: "ok", ...json(schema) } } });
const body = (schema: unknown) =>
  doc({
    paths: {
      "/users": {
        post: { operationId: "createUser", requestBody: { required: true, ...json(schema) }, responses: ok },
      },
    },
  });
const param = (...parameters: Obj[]) => get({ parameters });
const object = (properties: Obj, required: string[] = []) => ({ type: "object", required, properties });
const query = (name: string, schema: Obj = { type: "string" }, required = false) => ({
  name,
  in: "query",
  required,
  schema,
});
const paged = (pagination: Obj) =>
  get({
    "x-pagination": {
      style: "cursor",
      items: "/data",
      cursorParam: "cursor",
      nextCursor: "/next",
      ...pagination,
    },
  });
const batch = (extension: Obj, op: Obj = {}) =>
  doc({
    paths: {
      "/users/batch": {
        post: {
          operationId: "upsertUsers",
          responses: ok,
          "x-batch": { items: "/users", max: 200, key: "/id", ...extension },
          ...op,
        },
      },
    },
  });
const scheme = (fields: Obj) =>
  get(
    {},
    {
      security: [{ key: [] }],
      components: { securitySchemes: { key: { type: "apiKey", in: "header", ...fields } } },
    },
  );
const withRef = (user: Obj) =>
  doc({
    paths: {
      "/users": {
        get: {
          operationId: "listUsers",
          responses: {
            "200": {
              description: "ok",
              ...json({ type: "array", items: { $ref: "#/components/schemas/User" } }),
            },
          },
        },
      },
    },
    components: { schemas: { User: user } },
  });
const webhook = (payload: Obj) =>
  doc({
    webhooks: {
      userCreated: {
        post: {
          operationId: "userCreated",
          requestBody: { required: true, ...json(payload) },
          responses: ok,
        },
      },
    },
  });

type Want = [ChangeClass, string, string][];

/** `x-client-choices`: what removing, adding or re-pointing an option, a value or a default does. */
function choiceCases(): [string, { base: Obj; head: Obj; want: Want }][] {
  const region = (choice: Obj = {}) =>
    doc({
      "x-client-choices": {
        region: { server: { us: "US", eu: "EU" }, default: "us", description: "The region.", ...choice },
      },
    });
  const at = "x-client-choices region";
  return [
    ["choice option added", { base: doc(), head: region(), want: [["non-breaking", at, "option added"]] }],
    [
      "choice option removed",
      {
        base: region(),
        head: doc(),
        want: [["breaking", at, "option removed: the factory no longer takes it"]],
      },
    ],
    [
      "choice value added",
      {
        base: region(),
        head: region({ server: { us: "US", eu: "EU", ap: "AP" } }),
        want: [["non-breaking", at, "value ap added"]],
      },
    ],
    [
      "choice value removed",
      {
        base: region(),
        head: region({ server: { us: "US" } }),
        want: [["breaking", at, "value eu removed"]],
      },
    ],
    [
      "choice value picking another server",
      {
        base: region(),
        head: region({ server: { us: "US", eu: "US" } }),
        want: [["breaking", at, "value eu now picks US, not EU"]],
      },
    ],
    [
      "choice default changed",
      {
        base: region(),
        head: region({ default: "eu" }),
        want: [["breaking", at, "default changed: us → eu"]],
      },
    ],
    [
      "choice type added",
      {
        base: region(),
        head: region({ type: "Region" }),
        want: [["non-breaking", at, "type Region added"]],
      },
    ],
    [
      "choice type renamed",
      {
        base: region({ type: "Region" }),
        head: region({ type: "Area" }),
        want: [["breaking", at, "type Region → Area"]],
      },
    ],
    [
      "choice picking security instead of a server",
      {
        base: region(),
        head: region({ server: undefined, security: { us: ["a"], eu: ["b"] } }),
        want: [["breaking", at, "now picks a security instead of a server"]],
      },
    ],
    [
      "choice description reworded",
      {
        base: region(),
        head: region({ description: "Where." }),
        want: [["docs", at, "description changed"]],
      },
    ],
  ];
}
const cases: [string, { base: Obj; head: Obj; want: Want }][] = [
  // breaking
  [
    "operation removed",
    {
      base: doc({
        paths: { "/users": { get: { operationId: "listUsers", responses: ok }, post: { responses: ok } } },
      }),
      head: get(),
      want: [["breaking", "POST /users", "operation removed"]],
    },
  ],
  ["path removed", { base: get(), head: doc(), want: [["breaking", "GET /users", "path removed"]] }],
  [
    "response property removed",
    {
      base: response(object({ id: { type: "string" }, email: { type: "string" } })),
      head: response(object({ id: { type: "string" } })),
      want: [["breaking", "GET /users  response 200 /email", "property removed"]],
    },
  ],
  [
    "response property type changed",
    {
      base: response(object({ id: { type: "string" } })),
      head: response(object({ id: { type: "integer" } })),
      want: [["breaking", "GET /users  response 200 /id", "type changed: string → integer"]],
    },
  ],
  [
    "response property made nullable (type list)",
    {
      base: response(object({ id: { type: "string" } })),
      head: response(object({ id: { type: ["string", "null"] } })),
      want: [["breaking", "GET /users  response 200 /id", "made nullable"]],
    },
  ],
  [
    "response property made nullable (anyOf null)",
    {
      base: response(object({ id: { type: "string" } })),
      head: response(object({ id: { anyOf: [{ type: "string" }, { type: "null" }] } })),
      want: [["breaking", "GET /users  response 200 /id", "made nullable"]],
    },
  ],
  [
    "response property made optional",
    {
      base: response(object({ id: { type: "string" } }, ["id"])),
      head: response(object({ id: { type: "string" } })),
      want: [["breaking", "GET /users  response 200 /id", "made optional: it may now be absent"]],
    },
  ],
  [
    "response union gains a member",
    {
      base: response({ anyOf: [{ type: "string" }, { type: "integer" }] }),
      head: response({ anyOf: [{ type: "string" }, { type: "integer" }, { type: "boolean" }] }),
      want: [["breaking", "GET /users  response 200", "union member boolean added"]],
    },
  ],
  [
    "response enum value removed",
    {
      base: response({ type: "string", enum: ["a", "b"] }),
      head: response({ type: "string", enum: ["a"] }),
      want: [
        [
          "breaking",
          "GET /users  response 200",
          "enum value b removed: code comparing with it no longer type-checks",
        ],
      ],
    },
  ],
  [
    "response format changed",
    {
      base: response({ type: "string", format: "date-time" }),
      head: response({ type: "string", format: "date" }),
      want: [["breaking", "GET /users  response 200", "format changed: date-time → date"]],
    },
  ],
  [
    "required query parameter added",
    {
      base: param(),
      head: param(query("org", { type: "string" }, true)),
      want: [["breaking", "GET /users  query parameter org", "required parameter added"]],
    },
  ],
  [
    "a parameter now sent as JSON text",
    {
      base: param(query("filters")),
      head: param({ ...query("filters"), "x-serialize": "json" }),
      want: [
        [
          "breaking",
          "GET /users  query parameter filters",
          "x-serialize none → json: every value is sent in another form",
        ],
      ],
    },
  ],
  [
    "a parameter no longer taking typed sort keys",
    {
      base: param({ ...query("sortBy"), "x-serialize": "sort-keys" }),
      head: param(query("sortBy")),
      want: [
        [
          "breaking",
          "GET /users  query parameter sortBy",
          "x-serialize sort-keys → none: typed sort keys are no longer taken",
        ],
      ],
    },
  ],
  [
    "a path parameter no longer a client option",
    {
      base: param({
        name: "id",
        in: "path",
        required: true,
        schema: { type: "string" },
        "x-client-option": {},
      }),
      head: param({ name: "id", in: "path", required: true, schema: { type: "string" } }),
      want: [
        ["breaking", "GET /users  path parameter id", "no longer a client option: the factory refuses it"],
      ],
    },
  ],
  [
    "parameter made required",
    {
      base: param(query("q")),
      head: param(query("q", { type: "string" }, true)),
      want: [["breaking", "GET /users  query parameter q", "made required"]],
    },
  ],
  [
    "parameter removed",
    {
      base: param(query("q")),
      head: param(),
      want: [
        [
          "breaking",
          "GET /users  query parameter q",
          "parameter removed: calls passing it no longer type-check",
        ],
      ],
    },
  ],
  [
    "required body property added",
    {
      base: body(object({ id: { type: "string" } })),
      head: body(object({ id: { type: "string" }, org: { type: "string" } }, ["org"])),
      want: [["breaking", "POST /users  request body /org", "required property added"]],
    },
  ],
  [
    "body property made required",
    {
      base: body(object({ id: { type: "string" } })),
      head: body(object({ id: { type: "string" } }, ["id"])),
      want: [["breaking", "POST /users  request body /id", "made required"]],
    },
  ],
  [
    "request type narrowed",
    {
      base: param(query("n", { type: ["integer", "string"] })),
      head: param(query("n", { type: "integer" })),
      want: [["breaking", "GET /users  query parameter n", "type narrowed: [integer, string] → integer"]],
    },
  ],
  [
    "request format narrowed",
    {
      base: body(object({ at: { type: "string" } })),
      head: body(object({ at: { type: "string", format: "date-time" } })),
      want: [["breaking", "POST /users  request body /at", "format narrowed to date-time"]],
    },
  ],
  [
    "request enum value removed",
    {
      base: param(query("sort", { type: "string", enum: ["asc", "desc"] })),
      head: param(query("sort", { type: "string", enum: ["asc"] })),
      want: [
        [
          "breaking",
          "GET /users  query parameter sort",
          "enum value desc removed: requests sending it are refused",
        ],
      ],
    },
  ],
  [
    "request constraint tightened",
    {
      base: param(query("size", { type: "integer", maximum: 200 })),
      head: param(query("size", { type: "integer", maximum: 100 })),
      want: [["breaking", "GET /users  query parameter size", "constraint tightened: maximum 200 → 100"]],
    },
  ],
  [
    "request pattern added",
    {
      base: param(query("id")),
      head: param(query("id", { type: "string", pattern: "^[a-z]+$" })),
      want: [["breaking", "GET /users  query parameter id", "constraint tightened: pattern ^[a-z]+$ added"]],
    },
  ],
  [
    "server URL changed",
    {
      base: doc({ servers: [{ url: "https://a.test" }] }),
      head: doc({ servers: [{ url: "https://b.test" }] }),
      want: [["breaking", "servers[0]", "server URL changed: https://a.test → https://b.test"]],
    },
  ],
  [
    "server removed",
    {
      base: doc({ servers: [{ url: "https://a.test" }, { url: "https://eu.a.test" }] }),
      head: doc({ servers: [{ url: "https://a.test" }] }),
      want: [["breaking", "servers[1]", "server https://eu.a.test removed"]],
    },
  ],
  [
    "server variable default changed",
    {
      base: doc({ servers: [{ url: "https://{t}.test", variables: { t: { default: "a" } } }] }),
      head: doc({ servers: [{ url: "https://{t}.test", variables: { t: { default: "b" } } }] }),
      want: [["breaking", "servers[0] variable t", "default changed: a → b"]],
    },
  ],
  [
    "client option made required",
    {
      base: doc({
        servers: [{ url: "https://{t}.test", variables: { t: { default: "a", "x-client-option": {} } } }],
      }),
      head: doc({
        servers: [
          {
            url: "https://{t}.test",
            variables: { t: { default: "a", "x-client-option": { required: true } } },
          },
        ],
      }),
      want: [["breaking", "servers[0] variable t", "client option now required, or its pattern changed"]],
    },
  ],
  [
    "server variable no longer a client option",
    {
      base: doc({
        servers: [{ url: "https://{t}.test", variables: { t: { default: "a", "x-client-option": {} } } }],
      }),
      head: doc({ servers: [{ url: "https://{t}.test", variables: { t: { default: "a" } } }] }),
      want: [["breaking", "servers[0] variable t", "no longer a client option"]],
    },
  ],
  [
    "credential option renamed",
    {
      base: scheme({ name: "x-api-key" }),
      head: scheme({ name: "x-api-key", "x-credential": { option: "token" } }),
      want: [["breaking", "securitySchemes key", "credential option renamed: apiKey → token"]],
    },
  ],
  [
    "factory renamed",
    {
      base: doc(),
      head: doc({ "x-client": { name: "AcmeCrm" } }),
      want: [["breaking", "x-client", "factory renamed: the default → AcmeCrm"]],
    },
  ],
  ...choiceCases(),
  [
    "auth header changed",
    {
      base: scheme({ name: "x-api-key" }),
      head: scheme({ name: "authorization" }),
      want: [["breaking", "securitySchemes key", "auth header name changed: x-api-key → authorization"]],
    },
  ],
  [
    "security scheme type changed",
    {
      base: scheme({ name: "x-api-key" }),
      head: get(
        {},
        {
          security: [{ key: [] }],
          components: { securitySchemes: { key: { type: "http", scheme: "bearer" } } },
        },
      ),
      want: [
        ["breaking", "securitySchemes key", "credential changed: apiKey in header x-api-key → http bearer"],
      ],
    },
  ],
  [
    "security requirement changed",
    {
      base: get({}, { security: [{ bearer: [] }] }),
      head: get({}, { security: [{ bearer: [], env: [] }] }),
      want: [
        ["breaking", "security", "security requirement bearer removed"],
        ["non-breaking", "security", "security requirement bearer + env added"],
      ],
    },
  ],
  [
    "pagination style changed",
    {
      base: paged({}),
      head: get({ "x-pagination": { style: "page", items: "/data", pageParam: "page", firstPage: 1 } }),
      want: [["breaking", "GET /users  x-pagination", "style changed: cursor → page"]],
    },
  ],
  [
    "pagination items moved",
    {
      base: paged({}),
      head: paged({ items: "/data/items" }),
      want: [["breaking", "GET /users  x-pagination", "items changed: /data → /data/items"]],
    },
  ],
  [
    "pagination key field changed",
    {
      base: get({
        "x-pagination": { style: "keyset", items: "/data", keyParam: "startId", keyField: "/id" },
      }),
      head: get({
        "x-pagination": { style: "keyset", items: "/data", keyParam: "startId", keyField: "/userId" },
      }),
      want: [["breaking", "GET /users  x-pagination", "keyField changed: /id → /userId"]],
    },
  ],
  [
    "pagination removed",
    {
      base: paged({}),
      head: get(),
      want: [["breaking", "GET /users  x-pagination", "removed: paginate() no longer walks this operation"]],
    },
  ],
  [
    "batch max lowered",
    {
      base: batch({}),
      head: batch({ max: 100 }),
      want: [
        [
          "breaking",
          "POST /users/batch  x-batch",
          "max lowered: 200 → 100: members are split into more requests and each result covers fewer",
        ],
      ],
    },
  ],
  [
    "batch key changed",
    {
      base: batch({}),
      head: batch({ key: "/email" }),
      want: [["breaking", "POST /users/batch  x-batch", "key changed: /id → /email"]],
    },
  ],
  [
    "parameter relation added",
    {
      base: get(),
      head: get({ "x-constraints": [{ lessThan: ["from", "to"] }] }),
      want: [
        [
          "breaking",
          "GET /users  x-constraints",
          'constraint {"lessThan":["from","to"]} added: calls violating it are now refused before sending',
        ],
      ],
    },
  ],
  [
    "operationId changed",
    {
      base: get(),
      head: get({ operationId: "getUsers" }),
      want: [
        [
          "breaking",
          "GET /users",
          'operationId listUsers → getUsers: the exported operations["listUsers"] type is gone',
        ],
      ],
    },
  ],
  [
    "response header removed",
    {
      base: get({
        responses: {
          "200": { description: "ok", headers: { "X-Request-Id": { schema: { type: "string" } } } },
        },
      }),
      head: get(),
      want: [["breaking", "GET /users  response 200 header X-Request-Id", "response header removed"]],
    },
  ],
  [
    "success response with a body added",
    {
      base: get(),
      head: get({ responses: { ...ok, "202": { description: "later", ...json({ type: "object" }) } } }),
      want: [
        [
          "breaking",
          "GET /users  response 202",
          "success response with a body added: the data may now have its shape",
        ],
      ],
    },
  ],
  [
    "response media type added",
    {
      base: response({ type: "string" }),
      head: get({
        responses: {
          "200": {
            description: "ok",
            content: {
              "application/json": { schema: { type: "string" } },
              "text/csv": { schema: { type: "string" } },
            },
          },
        },
      }),
      want: [["breaking", "GET /users  response 200", "media type text/csv added"]],
    },
  ],
  [
    "response enum lifted",
    {
      base: response({ type: "string", enum: ["a"] }),
      head: response({ type: "string" }),
      want: [["breaking", "GET /users  response 200", "enum [a] lifted"]],
    },
  ],
  [
    "request enum introduced",
    {
      base: param(query("sort")),
      head: param(query("sort", { type: "string", enum: ["asc"] })),
      want: [["breaking", "GET /users  query parameter sort", "values limited to [asc]"]],
    },
  ],
  [
    "request union loses a member",
    {
      base: body({ anyOf: [{ type: "string" }, { type: "integer" }] }),
      head: body({ type: "string" }),
      want: [["breaking", "POST /users  request body", "union member integer removed"]],
    },
  ],
  [
    "request closed to additional properties",
    {
      base: body(object({ id: { type: "string" } })),
      head: body({ ...object({ id: { type: "string" } }), additionalProperties: false }),
      want: [["breaking", "POST /users  request body", "additionalProperties unset → false"]],
    },
  ],
  [
    "required request body added",
    {
      base: doc({ paths: { "/users": { post: { responses: ok } } } }),
      head: body(object({})),
      want: [
        ["non-breaking", "POST /users", "operationId createUser added"],
        ["breaking", "POST /users  request body", "required request body added"],
      ],
    },
  ],
  [
    "security scheme removed",
    {
      base: scheme({ name: "x-api-key" }),
      head: get({}, { security: [{ key: [] }] }),
      want: [["breaking", "securitySchemes key", "security scheme removed"]],
    },
  ],
  [
    "webhook removed",
    {
      base: webhook(object({})),
      head: doc(),
      want: [["breaking", "webhook userCreated POST", "webhook removed"]],
    },
  ],
  [
    "named schema removed",
    {
      base: doc({ components: { schemas: { Old: { type: "string" } } } }),
      head: doc(),
      want: [
        [
          "breaking",
          "components schemas Old",
          'removed: the exported components["schemas"]["Old"] type is gone',
        ],
      ],
    },
  ],
  // non-breaking
  [
    "operation added",
    { base: doc(), head: get(), want: [["non-breaking", "GET /users", "operation added"]] },
  ],
  [
    "a point in time now sent in UTC",
    {
      base: param(query("from", { type: "string", format: "date-time" })),
      head: param({ ...query("from", { type: "string", format: "date-time" }), "x-serialize": "utc" }),
      want: [
        [
          "non-breaking",
          "GET /users  query parameter from",
          "x-serialize none → utc: points in time are sent in another form of the same instant",
        ],
      ],
    },
  ],
  [
    "a parameter now taking typed sort keys",
    {
      base: param(query("sortBy")),
      head: param({ ...query("sortBy"), "x-serialize": "sort-keys" }),
      want: [
        [
          "non-breaking",
          "GET /users  query parameter sortBy",
          "x-serialize none → sort-keys: typed sort keys are taken too",
        ],
      ],
    },
  ],
  [
    "a path parameter now a client option",
    {
      base: param({ name: "id", in: "path", required: true, schema: { type: "string" } }),
      head: param({
        name: "id",
        in: "path",
        required: true,
        schema: { type: "string" },
        "x-client-option": {},
      }),
      want: [["non-breaking", "GET /users  path parameter id", "now a client option: the factory takes it"]],
    },
  ],
  [
    "optional parameter added",
    {
      base: param(),
      head: param(query("q")),
      want: [["non-breaking", "GET /users  query parameter q", "optional parameter added"]],
    },
  ],
  [
    "optional body property added",
    {
      base: body(object({})),
      head: body(object({ note: { type: "string" } })),
      want: [["non-breaking", "POST /users  request body /note", "optional property added"]],
    },
  ],
  [
    "response property added",
    {
      base: response(object({})),
      head: response(object({ id: { type: "string" } })),
      want: [["non-breaking", "GET /users  response 200 /id", "property added"]],
    },
  ],
  [
    "response enum value added",
    {
      base: response({ type: "string", enum: ["a"] }),
      head: response({ type: "string", enum: ["a", "b"] }),
      want: [
        [
          "non-breaking",
          "GET /users  response 200",
          "enum value b added: exhaustive `switch`es over it may need a branch",
        ],
      ],
    },
  ],
  [
    "request enum value added",
    {
      base: param(query("sort", { type: "string", enum: ["asc"] })),
      head: param(query("sort", { type: "string", enum: ["asc", "desc"] })),
      want: [["non-breaking", "GET /users  query parameter sort", "enum value desc added"]],
    },
  ],
  [
    "request constraint loosened",
    {
      base: param(query("size", { type: "integer", maximum: 100 })),
      head: param(query("size", { type: "integer", maximum: 200 })),
      want: [["non-breaking", "GET /users  query parameter size", "constraint loosened: maximum 100 → 200"]],
    },
  ],
  [
    "request minimum removed",
    {
      base: param(query("size", { type: "integer", minimum: 1 })),
      head: param(query("size", { type: "integer" })),
      want: [["non-breaking", "GET /users  query parameter size", "constraint loosened: minimum 1 removed"]],
    },
  ],
  [
    "request type widened",
    {
      base: param(query("n", { type: "integer" })),
      head: param(query("n", { type: ["integer", "string"] })),
      want: [["non-breaking", "GET /users  query parameter n", "type widened: integer → [integer, string]"]],
    },
  ],
  [
    "response type narrowed",
    {
      base: response({ type: ["integer", "string"] }),
      head: response({ type: "integer" }),
      want: [["non-breaking", "GET /users  response 200", "type narrowed: [integer, string] → integer"]],
    },
  ],
  [
    "parameter made optional",
    {
      base: param(query("q", { type: "string" }, true)),
      head: param(query("q")),
      want: [["non-breaking", "GET /users  query parameter q", "made optional"]],
    },
  ],
  [
    "server variable made a client option, credential shape reworded",
    {
      base: doc({
        servers: [{ url: "https://{t}.test", variables: { t: { default: "a" } } }],
        components: { securitySchemes: { key: { type: "apiKey", in: "header", name: "k" } } },
      }),
      head: doc({
        servers: [{ url: "https://{t}.test", variables: { t: { default: "a", "x-client-option": {} } } }],
        components: {
          securitySchemes: {
            key: { type: "apiKey", in: "header", name: "k", "x-credential": { shape: "a key" } },
          },
        },
      }),
      want: [
        ["non-breaking", "servers[0] variable t", "now a client option"],
        ["non-breaking", "securitySchemes key", "credential prefix or shape changed"],
      ],
    },
  ],
  [
    "server added",
    {
      base: doc({ servers: [{ url: "https://a.test" }] }),
      head: doc({ servers: [{ url: "https://a.test" }, { url: "https://eu.a.test" }] }),
      want: [["non-breaking", "servers[1]", "server https://eu.a.test added"]],
    },
  ],
  [
    "pagination added",
    {
      base: get(),
      head: paged({}),
      want: [["non-breaking", "GET /users  x-pagination", "added: paginate() now walks this operation"]],
    },
  ],
  [
    "pagination total added",
    {
      base: paged({}),
      head: paged({ totalPages: "/totalPages" }),
      want: [["non-breaking", "GET /users  x-pagination", "totalPages added: /totalPages"]],
    },
  ],
  [
    "pagination pointer gains a fallback",
    {
      base: paged({}),
      head: paged({ nextCursor: ["/next", "/pageInfo/cursor"] }),
      want: [["non-breaking", "GET /users  x-pagination", "nextCursor also read from [/pageInfo/cursor]"]],
    },
  ],
  [
    "batch max raised",
    {
      base: batch({ max: 100 }),
      head: batch({}),
      want: [["non-breaking", "POST /users/batch  x-batch", "max raised: 100 → 200"]],
    },
  ],
  [
    "idempotent added",
    {
      base: batch({}),
      head: batch({}, { "x-idempotent": true }),
      want: [
        [
          "non-breaking",
          "POST /users/batch  x-idempotent",
          "added: now retried even after a request may have reached the server",
        ],
      ],
    },
  ],
  [
    "idempotent removed",
    {
      base: batch({}, { "x-idempotent": true }),
      head: batch({}),
      want: [
        [
          "non-breaking",
          "POST /users/batch  x-idempotent",
          "removed: no longer retried once a request may have reached the server; such failures now surface as errors",
        ],
      ],
    },
  ],
  [
    "rate limit changed",
    {
      base: doc({ "x-rate-limit": { requests: 60, perSeconds: 60 } }),
      head: doc({ "x-rate-limit": { requests: 120, perSeconds: 60 } }),
      want: [["non-breaking", "x-rate-limit", "request budget 60 per 60 s → 120 per 60 s"]],
    },
  ],
  [
    "parameter relation removed",
    {
      base: get({ "x-constraints": [{ lessThan: ["from", "to"] }] }),
      head: get(),
      want: [["non-breaking", "GET /users  x-constraints", 'constraint {"lessThan":["from","to"]} removed']],
    },
  ],
  [
    "error response added",
    {
      base: get(),
      head: get({ responses: { ...ok, "404": { description: "missing", ...json({ type: "object" }) } } }),
      want: [["non-breaking", "GET /users  response 404", "response added"]],
    },
  ],
  [
    "request union gains a member",
    {
      base: body({ type: "string" }),
      head: body({ anyOf: [{ type: "string" }, { type: "integer" }] }),
      want: [["non-breaking", "POST /users  request body", "union member integer added"]],
    },
  ],
  [
    "request accepts null",
    {
      base: body(object({ note: { type: "string" } })),
      head: body(object({ note: { type: ["string", "null"] } })),
      want: [["non-breaking", "POST /users  request body /note", "now accepts null"]],
    },
  ],
  [
    "operation deprecated",
    { base: get(), head: get({ deprecated: true }), want: [["non-breaking", "GET /users", "deprecated"]] },
  ],
  [
    "error envelope pointers changed",
    {
      base: doc({ "x-errors": { code: "/error/code", message: "/error/message" } }),
      head: doc({ "x-errors": { code: ["/error/code", "/code"], message: "/error/message" } }),
      want: [
        [
          "non-breaking",
          "x-errors",
          "code changed: error codes, messages and request ids may read differently",
        ],
      ],
    },
  ],
  [
    "security alternative added",
    {
      base: get({}, { security: [{ bearer: [] }] }),
      head: get({}, { security: [{ bearer: [] }, { apiKey: [] }] }),
      want: [["non-breaking", "security", "security requirement apiKey added"]],
    },
  ],
  [
    "an unknown keyword is still reported",
    {
      base: response({ type: "string" }),
      head: response({ type: "string", readOnly: true }),
      want: [
        ["non-breaking", "GET /users  response 200", "readOnly changed (no rule classifies it: review)"],
      ],
    },
  ],
  // documentation only
  [
    "operation description",
    {
      base: get({ description: "a" }),
      head: get({ description: "b" }),
      want: [["docs", "GET /users", "description changed"]],
    },
  ],
  [
    "operation summary",
    {
      base: get({ summary: "a" }),
      head: get({ summary: "b" }),
      want: [["docs", "GET /users", "summary changed"]],
    },
  ],
  [
    "property description and examples",
    {
      base: response(object({ id: { type: "string", description: "a", examples: ["x"] } })),
      head: response(object({ id: { type: "string", description: "b", examples: ["y"] } })),
      want: [
        ["docs", "GET /users  response 200 /id", "description changed"],
        ["docs", "GET /users  response 200 /id", "examples changed"],
      ],
    },
  ],
  [
    "parameter example",
    {
      base: param({ ...query("q"), example: "a" }),
      head: param({ ...query("q"), example: "b" }),
      want: [["docs", "GET /users  query parameter q", "example changed"]],
    },
  ],
  [
    "provider's API version",
    {
      base: doc(),
      head: doc({ info: { title: "t", version: "2" } }),
      want: [["docs", "info", "API version 1 → 2"]],
    },
  ],
  [
    "rate limit description",
    {
      base: doc({ "x-rate-limit": { requests: 60, perSeconds: 60, description: "a" } }),
      head: doc({ "x-rate-limit": { requests: 60, perSeconds: 60, description: "b" } }),
      want: [["docs", "x-rate-limit", "description changed"]],
    },
  ],
  // resolution
  [
    "a change inside a $ref shows where it is used",
    {
      base: withRef(object({ id: { type: "string" }, email: { type: "string" } })),
      head: withRef(object({ id: { type: "string" } })),
      want: [["breaking", "GET /users  response 200 /*/email", "property removed"]],
    },
  ],
  [
    "inlining a $ref changes nothing",
    {
      base: withRef(object({ id: { type: "string" } })),
      head: {
        ...withRef(object({ id: { type: "string" } })),
        paths: response({ type: "array", items: object({ id: { type: "string" } }) }).paths,
      },
      want: [],
    },
  ],
  [
    "a recursive schema resolves and still compares",
    {
      base: withRef(object({ id: { type: "string" }, parent: { $ref: "#/components/schemas/User" } })),
      head: withRef(object({ id: { type: "integer" }, parent: { $ref: "#/components/schemas/User" } })),
      want: [["breaking", "GET /users  response 200 /*/id", "type changed: string → integer"]],
    },
  ],
  [
    "a webhook payload is received: a property removed from it breaks",
    {
      base: webhook(object({ id: { type: "string" }, at: { type: "string" } })),
      head: webhook(object({ id: { type: "string" } })),
      want: [["breaking", "webhook userCreated POST  request body /at", "property removed"]],
    },
  ],
  [
    "a webhook payload is received: a required property added does not break",
    {
      base: webhook(object({})),
      head: webhook(object({ id: { type: "string" } }, ["id"])),
      want: [["non-breaking", "webhook userCreated POST  request body /id", "property added"]],
    },
  ],
];

describe("diffSpecs", () => {
  it.each(cases)("%s", (_, { base, head, want }) => {
    const got = diffSpecs(base, head).map((c: Change) => [c.class, c.location, c.message]);
    expect(got).toEqual(want);
  });

  it("finds no change between each real spec and itself", () => {
    for (const provider of listProviders()) {
      const spec = parse(readFileSync(join(ROOT, "specs", provider, "openapi.yaml"), "utf8"));
      expect(diffSpecs(spec, structuredClone(spec))).toEqual([]);
    }
  });
});

describe("requiredBump", () => {
  const change = (cls: ChangeClass): Change => ({ class: cls, location: "x", message: "y" });
  it.each([
    ["breaking at 1.x", "1.2.0", ["breaking", "docs"], "major"],
    ["non-breaking at 1.x", "1.2.0", ["non-breaking", "docs"], "minor"],
    ["documentation at 1.x", "1.2.0", ["docs"], "patch"],
    ["breaking at 0.x", "0.3.0", ["breaking"], "minor"],
    ["non-breaking at 0.x", "0.0.0", ["non-breaking"], "patch"],
    ["documentation at 0.x", "0.0.0", ["docs"], "patch"],
  ] as const)("%s", (_, version, classes, want) => {
    expect(requiredBump(classes.map(change), version)?.bump).toBe(want);
  });

  it("says so when the 0.x convention lowers the bump", () => {
    expect(requiredBump([change("breaking")], "0.0.0")?.reason).toMatch(/0\.x convention/);
  });

  it("asks a new package for at least a minor, and nothing of an unchanged one", () => {
    expect(requiredBump([change("non-breaking")], "0.0.0", "added")?.bump).toBe("minor");
    expect(requiredBump([], "0.0.0")).toBeUndefined();
  });
});

describe("bumpBetween", () => {
  it.each([
    ["0.0.0", "0.1.0", "minor"],
    ["0.1.0", "0.1.1", "patch"],
    ["1.4.2", "2.0.0", "major"],
    ["1.4.2", "1.4.2", undefined],
    ["1.4.2", "1.3.9", undefined],
  ])("%s → %s: %s", (from, to, want) => {
    expect(bumpBetween(from, to)).toBe(want);
  });
});

describe("renderChangeset", () => {
  const change = (cls: ChangeClass, n: number): Change => ({
    class: cls,
    location: `GET /a${n}`,
    message: "m",
  });
  const report = (version: string, changes: Change[]): ProviderReport => ({
    provider: "acme",
    packageName: "@clientele/acme",
    version,
    base: { ref: "HEAD", label: "HEAD" },
    status: "changed",
    changes,
    requirement: requiredBump(changes, version),
  });

  it("groups the changes by class and lists ten documentation changes at most", () => {
    const changes = [
      change("breaking", 1),
      change("non-breaking", 2),
      ...Array.from({ length: 12 }, (_, n) => change("docs", n)),
    ];
    const text = renderChangeset(report("1.2.0", changes));
    expect(text).toMatch(/^---\n"@clientele\/acme": major\n---\n/);
    expect(text).toContain("since `HEAD`: 1 breaking, 1 non-breaking, 12 documentation.");
    expect(text).toContain(
      "**Breaking**\n\n- `GET /a1`: m\n\n**Non-breaking**\n\n- `GET /a2`: m\n\n**Documentation only**",
    );
    expect(text).toContain("- … and 2 more documentation changes");
  });

  it("says when the 0.x convention lowers the bump", () => {
    expect(renderChangeset(report("0.2.0", [change("non-breaking", 1)]))).toContain(
      "A patch bump for non-breaking changes in a 0.x package (semver's 0.x convention: a breaking change bumps the minor version, anything else the patch version).",
    );
  });
});

describe("parseReleases", () => {
  it("reads the front matter of a changeset", () => {
    const text = '---\n"@clientele/sparkwise": minor\n"@clientele/core": patch\n---\n\nText.\n';
    expect(parseReleases(text)).toEqual({ "@clientele/sparkwise": "minor", "@clientele/core": "patch" });
  });
  it("ignores a file without front matter", () => {
    expect(parseReleases("# Changesets\n")).toEqual({});
  });
});

// a throwaway repository holding one real provider, its package manifest and the changesets folder
const tmp = mkdtempSync(join(tmpdir(), "clientele-spec-diff-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const git = (dir: string, ...args: string[]) =>
  execFileSync("git", ["-c", "user.name=test", "-c", "user.email=test@example.test", ...args], {
    cwd: dir,
    encoding: "utf8",
  });

function repository(name: string, provider = "sparkwise"): string {
  const dir = join(tmp, name);
  cpSync(join(ROOT, "specs", "extensions.schema.json"), join(dir, "specs", "extensions.schema.json"));
  cpSync(join(ROOT, "specs", provider, "openapi.yaml"), join(dir, "specs", provider, "openapi.yaml"));
  cpSync(join(ROOT, "packages", provider, "package.json"), join(dir, "packages", provider, "package.json"));
  cpSync(join(ROOT, ".changeset", "config.json"), join(dir, ".changeset", "config.json"));
  git(dir, "init", "--quiet", "--initial-branch=main");
  commitAll(dir, "initial");
  return dir;
}

function commitAll(dir: string, message: string) {
  git(dir, "add", "--all");
  git(dir, "commit", "--quiet", "--message", message);
}

/** The real edit: the last property of the `User` schema removed. Returns its name. */
function removeUserProperty(dir: string): string {
  const file = join(dir, "specs", "sparkwise", "openapi.yaml");
  const spec = parse(readFileSync(file, "utf8"));
  const name = Object.keys(spec.components.schemas.User.properties).at(-1)!;
  delete spec.components.schemas.User.properties[name];
  writeFileSync(file, stringify(spec));
  return name;
}

const writeChangesetFile = (dir: string, name: string, front: string) =>
  writeFileSync(join(dir, ".changeset", name), `---\n${front}\n---\n\nWritten by hand.\n`);

describe("spec:diff, spec:changeset and spec:check on a real spec edit", () => {
  const dir = repository("edit");
  let removed = "";

  it("passes, and says so, while nothing changed", () => {
    expect(specCheck({ root: dir })).toMatchObject({ ok: true, lines: ["No spec changes since HEAD."] });
  });

  it("classifies a removed response property as breaking, which 0.x turns into a minor bump", () => {
    removed = removeUserProperty(dir);
    const { reports, lines } = specDiff({ root: dir });
    expect(reports[0]).toMatchObject({
      packageName: "@clientele/sparkwise",
      status: "changed",
      requirement: { bump: "minor" },
    });
    expect(lines).toContain(
      `  breaking      GET /users  response 200 /data/items/*/${removed}  property removed`,
    );
    expect(lines[1]).toMatch(
      /requires a minor bump: breaking changes in a 0\.x package \(semver's 0\.x convention/,
    );
  });

  it("fails without a changeset, naming the package, the bump and the changes", () => {
    const result = specCheck({ root: dir });
    expect(result.ok).toBe(false);
    expect(result.lines[0]).toMatch(
      /^@clientele\/sparkwise: spec changed since HEAD; no pending changeset names the package\.$/,
    );
    expect(result.lines[1]).toMatch(/^ {2}needs a minor changeset: breaking changes in a 0\.x package/);
    expect(result.lines).toContain(
      `  breaking      GET /users  response 200 /data/items/*/${removed}  property removed`,
    );
  });

  it("still fails with a changeset weaker than the changes require", () => {
    writeChangesetFile(dir, "typo.md", '"@clientele/sparkwise": patch');
    expect(specCheck({ root: dir }).lines[0]).toMatch(
      /the strongest pending release is \.changeset\/typo\.md \(patch\)\.$/,
    );
  });

  it("writes a changeset with the required bump and the changes by class, then passes", () => {
    const { written } = specChangeset({ root: dir });
    expect(written).toHaveLength(1);
    const text = readFileSync(join(dir, written[0]!.file), "utf8");
    expect(parseReleases(text)).toEqual({ "@clientele/sparkwise": "minor" });
    expect(text).toMatch(/A minor bump for breaking changes in a 0\.x package \(semver's 0\.x convention/);
    expect(text).toContain(
      `**Breaking**\n\n- \`GET /users  response 200 /data/items/*/${removed}\`: property removed`,
    );
    const check = specCheck({ root: dir });
    expect(check.ok).toBe(true);
    expect(check.lines[0]).toMatch(
      /^@clientele\/sparkwise: spec changed since HEAD; needs minor, covered by \.changeset\/sparkwise-spec-\w{8}\.md \(minor\)$/,
    );
  });

  it("does not write a second changeset for changes already covered", () => {
    expect(specChangeset({ root: dir }).written).toEqual([]);
    expect(readdirSync(join(dir, ".changeset")).filter((f) => f.startsWith("sparkwise-spec-"))).toHaveLength(
      1,
    );
  });
});

describe("the commands", () => {
  const dir = repository("commands");
  // the scripts run from the copy, so that they find its specs; the dependencies are the repository's
  cpSync(join(ROOT, "scripts"), join(dir, "scripts"), { recursive: true });
  execFileSync("ln", ["-s", join(ROOT, "node_modules"), join(dir, "node_modules")]);
  const tsx = join(ROOT, "node_modules", ".bin", "tsx");
  const run = (script: string, ...args: string[]) => {
    try {
      return {
        code: 0,
        output: execFileSync(tsx, [script, ...args], { cwd: dir, encoding: "utf8", stdio: "pipe" }),
      };
    } catch (error) {
      const failed = error as { status: number; stdout: string; stderr: string };
      return { code: failed.status, output: failed.stdout + failed.stderr };
    }
  };

  it("exit 1 from the check until a changeset covers the change, then 0", () => {
    removeUserProperty(dir);
    const failing = run("scripts/spec-diff.ts", "--check");
    expect(failing.code).toBe(1);
    expect(failing.output).toMatch(
      /@clientele\/sparkwise: spec changed since HEAD; no pending changeset names the package/,
    );
    expect(run("scripts/spec-changeset.ts").output).toMatch(
      /@clientele\/sparkwise: wrote \.changeset\/sparkwise-spec-\w{8}\.md, a minor bump for breaking changes/,
    );
    expect(run("scripts/spec-diff.ts", "--check")).toMatchObject({
      code: 0,
      output: expect.stringMatching(/Spec check passed/),
    });
  });

  it("refuses an unknown base clearly", () => {
    expect(() => diffOptions({ values: { base: "no-such-ref" }, positionals: [] }, dir)).toThrow(
      /--base no-such-ref does not name a commit/,
    );
  });
});

describe("the base", () => {
  it("is HEAD on main without a remote or a release tag", () => {
    expect(defaultBase(repository("on-main"), "@clientele/sparkwise").label).toBe("HEAD");
  });

  it("is where a branch left main", () => {
    const dir = repository("branch");
    const start = git(dir, "rev-parse", "HEAD").trim();
    git(dir, "checkout", "--quiet", "-b", "feature");
    removeUserProperty(dir);
    commitAll(dir, "edit");
    expect(defaultBase(dir, "@clientele/sparkwise")).toEqual({
      ref: start,
      label: `main (merge base ${start.slice(0, 7)})`,
    });
    expect(specCheck({ root: dir }).ok).toBe(false);
  });

  it("is the package's last release tag when there is one", () => {
    const dir = repository("released");
    git(dir, "tag", "@clientele/sparkwise@0.1.0");
    removeUserProperty(dir);
    commitAll(dir, "edit");
    expect(defaultBase(dir, "@clientele/sparkwise").label).toBe("@clientele/sparkwise@0.1.0");
    expect(specDiff({ root: dir }).reports[0]).toMatchObject({
      status: "changed",
      requirement: { bump: "minor" },
    });
  });

  it("counts the version bump of a pending release once `changeset version` consumed the changesets", () => {
    const dir = repository("versioned");
    git(dir, "tag", "@clientele/sparkwise@0.0.0");
    removeUserProperty(dir);
    expect(specCheck({ root: dir }).ok).toBe(false);
    const manifest = join(dir, "packages", "sparkwise", "package.json");
    writeFileSync(
      manifest,
      readFileSync(manifest, "utf8").replace('"version": "0.0.0"', '"version": "0.1.0"'),
    );
    const check = specCheck({ root: dir });
    expect(check.ok).toBe(true);
    expect(check.lines[0]).toMatch(/covered by the version bump 0\.0\.0 → 0\.1\.0 \(minor\)$/);
  });

  it("has no spec for a new provider: the package is added, and its initial changeset covers it", () => {
    const dir = repository("new-provider");
    mkdirSync(join(dir, "specs", "acme"));
    writeFileSync(join(dir, "specs", "acme", "openapi.yaml"), stringify(get()));
    const failing = specCheck({ root: dir });
    expect(failing.lines.slice(0, 2)).toEqual([
      "@clientele/acme: spec changed since HEAD; no pending changeset names the package.",
      "  needs a minor changeset: a new package (its initial release)",
    ]);
    writeChangesetFile(dir, "acme-initial.md", '"@clientele/acme": minor');
    expect(specCheck({ root: dir }).ok).toBe(true);
  });
});
