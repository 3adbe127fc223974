import { describe, expect, it } from "vitest";
import { ApiError, ValidationError } from "../src/index.js";
import { clientFor, startTi } from "./fixtures.js";

const ID = "5b0f6d1e-2c3a-4e7b-9a51-1f2e3d4c5b6a";
const HOSTILE = [
  "../admin",
  "a/b?c=d#e",
  "%2e%2e",
  "%2E%2E/x",
  "Zoë/東京 ✓",
  "li.wei+ti@example.com",
  "./.",
  "...",
];

describe("client.getUser", () => {
  it("finds a user by UUID, e-mail address or external id", async () => {
    const server = await startTi({ users: 20 });
    const user = server.state.users.find((u) => typeof u.externalCustomerId == "string")!;
    const client = clientFor(server);
    for (const ref of [user.id, user.email, user.externalCustomerId as string]) {
      expect(await client.getUser(ref)).toMatchObject({ id: user.id, email: user.email });
    }
  });

  it.each(HOSTILE)("sends %j as one segment that decodes back to itself", async (ref) => {
    const server = await startTi({ records: [{ id: ID, email: "x@example.com", externalCustomerId: ref }] });
    expect(await clientFor(server).getUser(ref)).toMatchObject({ id: ID });
    expect(server.requests.map((r) => [r.route, r.path])).toEqual([
      ["/users/{id}", `/users/${encodeURIComponent(ref)}`],
    ]);
  });

  it("reads the documented data.UserById envelope as the bare user", async () => {
    const server = await startTi({ users: 3 });
    server.state.settings.shape = "envelope";
    const user = server.state.users[1]!;
    expect(await clientFor(server).getUser(user.email)).toMatchObject({ id: user.id, email: user.email });
  });

  it.each([".", "..", ""])("refuses %j with a ValidationError before sending", async (ref) => {
    const server = await startTi({ users: 1 });
    const error = await clientFor(server)
      .getUser(ref)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ field: "path.id" });
    expect(server.requests).toHaveLength(0);
  });

  it("throws ApiError 404 with the provider's message for an unknown user", async () => {
    const server = await startTi({ users: 1 });
    const error = await clientFor(server)
      .getUser("nobody@example.com")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404, providerMessage: "User not found" });
  });

  it("keeps hostile ids safe on the other user routes too", async () => {
    const server = await startTi({
      records: [{ id: ID, email: "x@example.com", externalCustomerId: "../admin" }],
    });
    const { data } = await clientFor(server).PUT("/users/{id}/updateStatus", {
      params: { path: { id: "../admin" } },
      body: { status: "disabled" },
    });
    expect(data).toEqual({ status: "disabled" });
    expect(server.state.users[0]!.disabled).toBe(true);
  });
});
