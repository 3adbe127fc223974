import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ClienteleError, ValidationError, bearerAuth, combineAuth, headerAuth } from "../src/index.js";
import { type RecordedExchange, type RecordOptions, recordExchanges } from "../src/record.js";
import { applyPersonal, hashValue, isPersonalName } from "../src/record/personal.js";
import { fixtureClient, meta, sequence, watchUnhandled } from "./fixtures.js";

const TOKEN = "tok_CANARY_record_0123456789";
const ENV = "env_CANARY_42";

/** A client that records into an array, answering with `handler`. */
function recording(handler: (request: Request, i: number) => Response, options: RecordOptions = {}) {
  const exchanges: RecordedExchange[] = [];
  const recorder = recordExchanges((e) => void exchanges.push(e), options);
  let i = 0;
  const client = fixtureClient(async (request) => handler(request, i++), {
    auth: combineAuth(bearerAuth(TOKEN), headerAuth("environment-id", ENV)),
    retry: { retries: 2, baseDelayMs: 1, maxDelayMs: 1 },
  });
  (client as unknown as { use(m: unknown): void }).use(recorder);
  return { client, exchanges, recorder };
}

const user = { id: "u1", email: "ann@example.com", firstName: "Ann", score: 3, active: true };

describe("recordExchanges", () => {
  it("records the template, the concrete path, the query, the status, the headers and the body", async () => {
    const { client, exchanges, recorder } = recording(() =>
      Response.json({ data: [user] }, { headers: { "x-request-id": "req-1" } }),
    );
    await client.GET("/items/{id}", { params: { path: { id: "a b" }, query: { tag: ["x", "y"], n: 2 } } });
    await recorder.flush();
    expect(exchanges).toHaveLength(1);
    const [e] = exchanges;
    expect(e).toMatchObject({
      version: 1,
      method: "GET",
      template: "/items/{id}",
      path: "/items/a%20b",
      query: { tag: ["x", "y"], n: "2" },
      status: 200,
      personal: { mode: "hash" },
    });
    expect(e!.headers).toMatchObject({ "content-type": "application/json", "x-request-id": "req-1" });
    expect(Date.parse(e!.startedAt)).not.toBeNaN();
    expect(e!.durationMs).toBeGreaterThanOrEqual(0);
  });

  it("records a request body and a body that is not JSON as text", async () => {
    const { client, exchanges, recorder } = recording(
      () => new Response("<html>busy</html>", { status: 503, headers: { "content-type": "text/html" } }),
    );
    await client.POST("/items", { body: { label: "one" }, retry: false });
    await recorder.flush();
    expect(exchanges[0]).toMatchObject({
      status: 503,
      text: "<html>busy</html>",
      request: { body: { label: "one" } },
    });
    expect(exchanges[0]).not.toHaveProperty("body");
  });

  it("records every attempt of a retried call", async () => {
    const { client, exchanges, recorder } = recording((_, i) =>
      i == 0 ? new Response(null, { status: 503 }) : Response.json({}),
    );
    await client.GET("/items");
    await recorder.flush();
    expect(exchanges.map((e) => e.status)).toEqual([503, 200]);
  });

  it("never records a credential: headers the client's authentication set, and echoes of them", async () => {
    const { client, exchanges, recorder } = recording((request) =>
      Response.json(
        {
          echo: Object.fromEntries(request.headers),
          note: `token ${TOKEN} env ${ENV}`,
          apiKey: "k_secret_1",
        },
        { headers: { "x-echo": request.headers.get("authorization")!, "set-cookie": `s=${TOKEN}` } },
      ),
    );
    await client.GET("/items", { params: { query: { api_key: "qk_CANARY_1", q: TOKEN } } });
    await recorder.flush();
    const text = JSON.stringify(exchanges);
    expect(text).not.toMatch(/CANARY|k_secret_1/);
    expect(exchanges[0]!.request.headers).not.toHaveProperty("authorization");
    expect(exchanges[0]!.headers).not.toHaveProperty("set-cookie");
    expect(exchanges[0]!.query).toEqual({ api_key: "[redacted]", q: "[redacted]" });
  });

  it("masks credentials of a declared shape (x-credential.prefix) that the client never sent", async () => {
    const other = "aik_v1_OTHERkey0123456789";
    const answer = () => Response.json({ keys: [other], note: `rotated to ${other}` });
    const plain = recording(answer);
    await plain.client.GET("/items");
    await plain.recorder.flush();
    expect(JSON.stringify(plain.exchanges)).toContain(other);
    const declared = recording(answer, { credentialPrefixes: ["aik_v1_"] });
    await declared.client.GET("/items");
    await declared.recorder.flush();
    const text = JSON.stringify(declared.exchanges);
    expect(text).not.toContain("OTHERkey");
    expect(declared.exchanges[0]!.body).toMatchObject({ keys: ["[redacted]"] });
  });

  it("hashes personal fields by default, keeping their type and shape, and lists where", async () => {
    const { client, exchanges, recorder } = recording(
      () => Response.json({ data: [user, { ...user, email: null }] }),
      {
        salt: "s",
      },
    );
    await client.GET("/items");
    await recorder.flush();
    const [first, second] = (exchanges[0]!.body as { data: Record<string, unknown>[] }).data;
    expect(first!.email).toMatch(/^[0-9a-f]{16}@hashed\.invalid$/);
    expect(first!.firstName).toMatch(/^[0-9a-f]{16}$/);
    expect(first).toMatchObject({ id: "u1", score: 3, active: true });
    expect(second!.email).toBeNull();
    expect(exchanges[0]!.personal.pointers).toEqual([
      "/data/0/email",
      "/data/0/firstName",
      "/data/1/firstName",
    ]);
    expect(first!.email).toBe(await hashValue("ann@example.com", "s"));
  });

  it("drops personal fields with personal: drop, and keeps them with keep", async () => {
    for (const personal of ["drop", "keep"] as const) {
      const { client, exchanges, recorder } = recording(() => Response.json({ data: [user] }), { personal });
      await client.GET("/items", { params: { query: { email: "ann@example.com" } } });
      await recorder.flush();
      const [item] = (exchanges[0]!.body as { data: Record<string, unknown>[] }).data;
      if (personal == "drop") {
        expect(item).toEqual({ id: "u1", score: 3, active: true });
        expect(exchanges[0]!.query).toEqual({});
        expect(exchanges[0]!.personal).toEqual({
          mode: "drop",
          pointers: ["/data/0/email", "/data/0/firstName"],
        });
      } else {
        expect(item).toEqual(user);
        expect(exchanges[0]!.query).toEqual({ email: "ann@example.com" });
      }
    }
  });

  it("never fails a call: a failing sink is reported by flush as a ClienteleError, redacted", async () => {
    const watch = watchUnhandled();
    const recorder = recordExchanges(
      () => {
        throw new Error(`disk full near ${TOKEN}`);
      },
      { secrets: [TOKEN] },
    );
    const client = fixtureClient(async (r) => sequence(200)(r, 0), { auth: bearerAuth(TOKEN) });
    (client as unknown as { use(m: unknown): void }).use(recorder);
    const { response } = await client.GET("/items");
    expect(response.status).toBe(200);
    const error = await recorder.flush().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClienteleError);
    expect(String((error as Error).message)).toMatch(/disk full/);
    expect(String((error as Error).message)).not.toMatch(/CANARY/);
    await expect(recorder.flush()).resolves.toBeUndefined();
    watch.stop();
    expect(watch.unhandled).toEqual([]);
  });

  it("refuses bad options with a ValidationError naming the option", () => {
    expect(() => recordExchanges("file.ndjson" as never)).toThrow(ValidationError);
    const error = (() => {
      try {
        recordExchanges(() => {}, { personal: "mask" as never });
      } catch (e) {
        return e as ValidationError;
      }
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect(error!.field).toBe("personal");
    expect(() => recordExchanges(() => {}, { salt: 1 as never })).toThrow(/salt/);
    for (const credentialPrefixes of ["aik_", [""], [1]])
      expect(() => recordExchanges(() => {}, { credentialPrefixes: credentialPrefixes as never })).toThrow(
        expect.objectContaining({ name: "ValidationError", field: "credentialPrefixes" }),
      );
  });

  it("hashes a personal path parameter", async () => {
    const exchanges: RecordedExchange[] = [];
    const recorder = recordExchanges((e) => void exchanges.push(e), { salt: "s" });
    const provider = { ...meta, operations: { ...meta.operations, "GET /people/{email}": { id: "person" } } };
    const client = fixtureClient(async (r) => sequence(200)(r, 0), {}, provider);
    (client as unknown as { use(m: unknown): void }).use(recorder);
    await client.GET("/people/{email}", { params: { path: { email: "ann@example.com" } } });
    await recorder.flush();
    expect(exchanges[0]!.path).toBe(
      `/people/${encodeURIComponent(String(await hashValue("ann@example.com", "s")))}`,
    );
  });
});

describe("personal fields", () => {
  it("are recognised by property name, whatever the case, separator or dotted prefix", () => {
    for (const name of ["email", "firstName", "last_name", "user.lastName", "Phone", "dateOfBirth"])
      expect(isPersonalName(name), name).toBe(true);
    for (const name of ["id", "score", "roleKey", "courseId", "createdAt"])
      expect(isPersonalName(name), name).toBe(false);
  });

  it("never survive drop, whatever the body (property)", async () => {
    const key = fc.constantFrom("email", "firstName", "id", "count", "phone", "label", "user.lastName");
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: "small" },
        fc.string(),
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie("value"), { maxLength: 3 }),
        fc.dictionary(key, tie("value"), { maxKeys: 4 }),
      ),
    })).value;
    await fc.assert(
      fc.asyncProperty(json, async (body) => {
        const { value, pointers } = await applyPersonal(body, "drop", "s");
        const left = JSON.stringify(value);
        for (const name of ["email", "firstName", "phone", "user.lastName"])
          expect(left.includes(`"${name}":`) && !left.includes(`"${name}":null`)).toBe(false);
        for (const p of pointers) expect(p.startsWith("/")).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("hash the same value to the same hash, and keep its type (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string(), fc.integer(), fc.emailAddress()),
        fc.string(),
        async (value, salt) => {
          const a = await hashValue(value, salt);
          expect(await hashValue(value, salt)).toBe(a);
          expect(typeof a).toBe(typeof value);
        },
      ),
      { numRuns: 100 },
    );
  });
});
