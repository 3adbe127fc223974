import { describe, expect, it } from "vitest";
import {
  type ProviderMetadata,
  ValidationError,
  createProviderClient,
  extendClient,
  runBatch,
} from "../src/index.js";

/** A spec with two credentials sent together and a server variable that is a required option. */
const meta: ProviderMetadata = {
  name: "acme",
  factory: "createAcmeClient",
  security: [["bearerAuth", "workspace"], ["keyHeader"]],
  servers: [
    {
      url: "https://{tenant}.acme.test/v1",
      variables: {
        tenant: {
          default: "your-tenant",
          option: { required: true, pattern: "^[a-z]+$", shape: "a subdomain such as `acme`" },
        },
      },
    },
  ],
  securitySchemes: {
    bearerAuth: {
      type: "http",
      scheme: "bearer",
      credential: { option: "token", pattern: "^tok_[a-z0-9]+$", shape: "a token starting tok_" },
    },
    workspace: { type: "apiKey", in: "header", name: "x-workspace", credential: { option: "workspaceId" } },
    keyHeader: { type: "apiKey", in: "header", name: "x-key" },
  },
  errors: {},
  operations: {
    "GET /ping": { id: "ping" },
    "POST /batch": { id: "batch", batch: { items: "/items", max: 2 } },
  },
};

const valid = { token: "tok_abc123", workspaceId: "ws_1", tenant: "acme" };

/** The request `create(fetch)` sends for `GET /ping`. */
async function sent(options: Record<string, unknown>, requirement?: string[]): Promise<Request> {
  const requests: Request[] = [];
  const fetch = async (request: Request) => (requests.push(request), Response.json({}));
  const client = createProviderClient<any>(meta, { ...options, fetch }, requirement);
  await client.GET("/ping", {});
  return requests[0]!;
}

/** The `ValidationError` `options` are refused with. */
function refusal(options: unknown): ValidationError {
  try {
    createProviderClient(meta, options as never);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return error as ValidationError;
  }
  throw new Error("accepted");
}

describe("createProviderClient", () => {
  it("sends each credential of the first security alternative the way its scheme says", async () => {
    const request = await sent(valid);
    expect(request.url).toBe("https://acme.acme.test/v1/ping");
    expect(request.headers.get("authorization")).toBe("Bearer tok_abc123");
    expect(request.headers.get("x-workspace")).toBe("ws_1");
  });

  it("takes another alternative when asked, with the default option name apiKey", async () => {
    const request = await sent({ apiKey: "k-1", tenant: "acme" }, ["keyHeader"]);
    expect(request.headers.get("x-key")).toBe("k-1");
    expect(request.headers.get("authorization")).toBeNull();
  });

  it("names every missing option at once, the first as the field", () => {
    const error = refusal(undefined);
    expect(error.message).toBe("createAcmeClient: missing token, workspaceId and tenant (or baseUrl)");
    expect([error.field, error.rule]).toEqual(["token", "required"]);
    expect(refusal({ ...valid, workspaceId: "  " }).message).toBe("createAcmeClient: missing workspaceId");
  });

  it("lets baseUrl stand for the server option, and ignores the option then", async () => {
    const request = await sent({ token: "tok_a", workspaceId: "w", baseUrl: "https://proxy.test/acme" });
    expect(request.url).toBe("https://proxy.test/acme/ping");
    const both = await sent({ ...valid, tenant: "not valid", baseUrl: "https://proxy.test/acme" });
    expect(both.url).toBe("https://proxy.test/acme/ping");
  });

  it.each([
    ["token", { ...valid, token: "tok_abc def" }, "token must be printable ASCII, without white space"],
    ["token", { ...valid, token: "tok_abc\n" }, "token must be printable ASCII, without white space"],
    ["token", { ...valid, token: "sk_live_secret" }, "token must be a token starting tok_"],
    ["workspaceId", { ...valid, workspaceId: "ws\r\nx-evil: 1" }, "workspaceId must be printable ASCII"],
    ["workspaceId", { ...valid, workspaceId: "wsé€" }, "workspaceId must be printable ASCII"],
    ["tenant", { ...valid, tenant: "evil.example/x" }, "tenant must be a subdomain such as `acme`"],
    ["tenant", { ...valid, tenant: 42 }, "tenant must be a subdomain such as `acme`"],
  ])("refuses a malformed %s by its declared shape, quoting nothing", (field, options, message) => {
    const error = refusal(options);
    expect([error.field, error.rule]).toEqual([field, "pattern"]);
    expect(error.message).toContain(`createAcmeClient: ${message}`);
    expect(error.message).not.toMatch(/secret|abc|evil|ws\r/);
  });

  it.each([
    ["an apiKey in the query", { type: "apiKey", in: "query", name: "key" }],
    ["an apiKey in a cookie", { type: "apiKey", in: "cookie", name: "key" }],
    ["http basic", { type: "http", scheme: "basic" }],
  ] as const)(
    "refuses metadata naming %s before reading any option, naming the factory and the scheme",
    (_, scheme) => {
      const unsendable: ProviderMetadata = {
        ...meta,
        securitySchemes: { ...meta.securitySchemes, keyHeader: scheme },
      };
      expect(() => createProviderClient(unsendable, { apiKey: "k-secret" } as never, ["keyHeader"])).toThrow(
        new TypeError("createAcmeClient: core cannot send the security scheme keyHeader"),
      );
      expect(() => createProviderClient(meta, {} as never, ["nowhere"])).toThrow(
        "createAcmeClient: core cannot send the security scheme nowhere",
      );
    },
  );

  it("passes core's options through, and not the credentials", async () => {
    const request = await sent({ ...valid, headers: { "x-extra": "1" } });
    expect(request.headers.get("x-extra")).toBe("1");
    expect(() => createProviderClient(meta, { ...valid, retry: -1 } as never)).toThrow(
      expect.objectContaining({ field: "retry" }),
    );
  });
});

describe("extendClient", () => {
  it("adds helpers to a new object, leaves the client as it is, and works with runBatch", async () => {
    const bodies: unknown[] = [];
    const fetch = async (request: Request) => {
      const body = (await request.json()) as { items: unknown[] };
      bodies.push(body);
      return Response.json({ succeeded: body.items, failed: [] });
    };
    const base = createProviderClient<any>(meta, { ...valid, fetch });
    const client = extendClient(base, (c) => ({
      send: (items: string[]) =>
        runBatch(
          c,
          "POST",
          "/batch",
          items.map((id) => ({ id })),
        ),
    }));
    expect("send" in base).toBe(false);
    expect(client.baseUrl).toBe(base.baseUrl);
    const direct = await runBatch(client, "POST", "/batch", [{ id: "x" }]);
    const helped = await client.send(["a", "b", "c"]);
    expect(direct.succeeded).toHaveLength(1);
    expect(helped.succeeded).toHaveLength(3);
    expect(bodies).toHaveLength(3);
  });

  it("refuses an object createClient did not make", () => {
    expect(() => extendClient({}, () => ({}))).toThrow(TypeError);
  });
});

describe("createProviderClient: a path parameter as a client option", () => {
  const withProject: ProviderMetadata = {
    ...meta,
    pathOptions: { projectId: { type: "string", minLength: 1 } },
    operations: {
      ...meta.operations,
      "GET /projects/{projectId}/users": {
        id: "users",
        params: { path: { projectId: { type: "string", minLength: 1, required: true } } },
      },
    },
  };
  const paths = async (options: Record<string, unknown>, calls: Record<string, unknown>[]) => {
    const requests: Request[] = [];
    const fetch = async (request: Request) => (requests.push(request), Response.json({}));
    const client = createProviderClient<any>(withProject, { ...valid, ...options, fetch });
    for (const path of calls) await client.GET("/projects/{projectId}/users", { params: { path } });
    return requests.map((r) => new URL(r.url).pathname);
  };

  it("fills the parameter in every call that names none; a call may name another", async () => {
    expect(await paths({ projectId: "p1" }, [{}, { projectId: "p2" }])).toEqual([
      "/v1/projects/p1/users",
      "/v1/projects/p2/users",
    ]);
  });

  it("checks the option by the parameter's rule before the client exists", () => {
    for (const projectId of ["", 5, {}])
      expect(() => createProviderClient<any>(withProject, { ...valid, projectId } as never)).toThrow(
        expect.objectContaining({ name: "ValidationError", field: "projectId" }),
      );
  });

  it("without the option, a call that names none is refused before anything is sent", async () => {
    await expect(paths({}, [{}])).rejects.toMatchObject({ field: "path.projectId", rule: "required" });
  });
});
