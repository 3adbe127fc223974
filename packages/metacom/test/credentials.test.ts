import { describe, expect, it } from "vitest";
import { ApiError } from "../src/index.js";
import { clientOf, startFake } from "./fake.js";

describe("credentials", () => {
  it("sends the bearer token and environment-id on every request of every kind", async () => {
    const server = await startFake({ users: 5 });
    const seen: Headers[] = [];
    const record = (request: Request) => (seen.push(new Headers(request.headers)), fetch(request));
    const client = clientOf(server, { fetch: record as typeof fetch });
    const userId = server.state.users[0]!._id;
    await client.paginate("/users", { params: { query: { limit: 2 } } }).toArray();
    await client.getUser(userId);
    await client.GET("/users/{userId}/reference-data", { params: { path: { userId } } });
    await client.GET("/usage-statistics/active-users");
    await client.createLongLivedToken(userId);
    await client.POST("/auth/reset-password", { body: { email: "someone@example.com" } });
    await client.POST("/auth/reset-2FA", { body: { userId } });
    expect(seen).toHaveLength(9);
    for (const headers of seen) {
      expect(headers.get("authorization")).toBe(`Bearer ${server.auth.token}`);
      expect(headers.get("environment-id")).toBe(server.auth.environmentId);
    }
    expect(
      server.requests.every(
        (r) =>
          r.status === 200 &&
          r.headers.authorization === "[redacted]" &&
          r.headers["environment-id"] === "[redacted]",
      ),
    ).toBe(true);
  });

  it("sends neither credential across a cross-origin redirect", async () => {
    const server = await startFake({ users: 2, faults: ["redirect-cross-origin"] });
    const error = await clientOf(server)
      .GET("/usage-statistics/active-users")
      .then((r) => r.response.status);
    expect(error).toBe(401);
    const [first, second] = server.requests;
    expect(first).toMatchObject({ status: 307, fault: "redirect-cross-origin" });
    expect(first!.headers).toMatchObject({ authorization: "[redacted]", "environment-id": "[redacted]" });
    expect(second!.headers).not.toHaveProperty("authorization");
    expect(second!.headers).not.toHaveProperty("environment-id");
    expect(second!.headers.host).toMatch(/^localhost:/);
  });

  it("reports a refused token as a 401 ApiError that never quotes a credential", async () => {
    const server = await startFake();
    const client = clientOf(server, { token: "mc_lt_revoked_123456" });
    const error = await client
      .paginate("/users")
      .toArray()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 401,
      code: "unauthorized",
      providerMessage: "Invalid or expired token",
    });
    const text = JSON.stringify(error) + String((error as Error).stack);
    expect(text).not.toContain("mc_lt_revoked_123456");
    expect(text).not.toContain(server.auth.environmentId);
  });

  it("reports another environment as a 403 ApiError", async () => {
    const server = await startFake();
    const error = await clientOf(server, { environmentId: "other_env" })
      .getUser("x")
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 403, code: "forbidden" });
  });
});
