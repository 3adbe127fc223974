/**
 * Property: a provider factory's options from the whole value space (absent, null, blank, white
 * space or control characters inside, another type, a credential of another shape, a hostile
 * server variable, with and without `baseUrl`). Each world ends one of two ways: the client is
 * refused with a `ValidationError` naming a declared option, quoting no credential, before any
 * request; or it sends exactly the credentials given, to the host the options name.
 */
import fc from "fast-check";
import { describe, it } from "vitest";
import { type ProviderMetadata, ValidationError, createProviderClient } from "../src/index.js";
import { generated, saveFiguresAfterAll } from "./property/figures.js";
import { holds } from "./property/invariants.js";
import { params, timeout } from "./property/settings.js";

saveFiguresAfterAll();

const meta: ProviderMetadata = {
  name: "acme",
  factory: "createAcmeClient",
  security: [["bearerAuth", "workspace"]],
  servers: [
    {
      url: "https://{tenant}.acme.test/v1",
      variables: { tenant: { default: "your-tenant", option: { required: true, pattern: "^[a-z]{1,20}$" } } },
    },
  ],
  securitySchemes: {
    bearerAuth: { type: "http", scheme: "bearer", credential: { option: "token", pattern: "^tok_[!-~]+$" } },
    workspace: { type: "apiKey", in: "header", name: "x-workspace", credential: { option: "workspaceId" } },
  },
  errors: {},
  operations: { "GET /ping": { id: "ping" } },
};

const ABSENT = Symbol("absent");
const hostile = fc.constantFrom<unknown>(
  ABSENT,
  undefined,
  null,
  "",
  "   ",
  42,
  {},
  ["tok_x"],
  "a b",
  "x\r\ny: 1",
  "x\0",
  "é€",
);
const credential = (valid: fc.Arbitrary<string>) =>
  fc.oneof(
    valid.map((v) => `${v}é€`),
    valid,
    hostile,
    valid.map((v) => ` ${v}`),
    valid.map((v) => `${v}\n`),
    fc.string({ maxLength: 12 }),
  );
const token = credential(fc.stringMatching(/^tok_[a-zA-Z0-9]{4,12}$/));
const workspaceId = credential(fc.stringMatching(/^ws_[a-z0-9]{4,8}$/));
const tenant = fc.oneof(
  fc.stringMatching(/^[a-z]{1,8}$/),
  hostile,
  fc.constantFrom("evil.test/x", "a@b", "A", "x:1"),
);
const baseUrl = fc.constantFrom<unknown>(ABSENT, ABSENT, "https://proxy.test/acme", "not a url", "");

const DECLARED = ["token", "workspaceId", "tenant", "baseUrl"];

describe("a provider factory's options", () => {
  it(
    "are refused with a ValidationError naming one and quoting no credential, or sent exactly",
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.record({ token, workspaceId, tenant, baseUrl }), async (world) => {
          generated();
          const options = Object.fromEntries(Object.entries(world).filter(([, v]) => v !== ABSENT));
          const requests: Request[] = [];
          const fetch = async (request: Request) => (requests.push(request), Response.json({}));
          let client;
          try {
            client = createProviderClient<any>(meta, { ...options, fetch });
          } catch (error) {
            holds(error instanceof ValidationError, () => `not a ValidationError: ${String(error)}`);
            holds(DECLARED.includes(error.field), `names ${error.field}, not a declared option`);
            for (const secret of [world.token, world.workspaceId])
              if (typeof secret == "string" && secret.trim().length >= 4)
                holds(
                  !`${error.message}${JSON.stringify(error)}`.includes(secret.trim()),
                  "quotes a credential",
                );
            holds(requests.length === 0, "sent a request while refusing");
            return;
          }
          await client.GET("/ping", {});
          const sent = requests[0]!;
          holds(sent.headers.get("authorization") === `Bearer ${world.token}`, "sent another token");
          holds(sent.headers.get("x-workspace") === world.workspaceId, "sent another workspace id");
          const host = typeof world.baseUrl == "string" ? "proxy.test" : `${String(world.tenant)}.acme.test`;
          holds(new URL(sent.url).host === host, `sent to ${sent.url}, not ${host}`);
        }),
        params(600),
      );
    },
    timeout(600, 2),
  );
});
