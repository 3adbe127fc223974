import { describe, expect, it } from "vitest";
import { unwrap } from "../src/index.js";
import { clientFor, startTi } from "./fixtures.js";

describe("user writes through the typed client", () => {
  it("creates (201), refuses a duplicate (409 ApiError) and upserts (200)", async () => {
    const server = await startTi({ users: 0 });
    const client = clientFor(server);
    const created = await client.POST("/users", {
      body: { email: "new.hire@example.com", firstName: "Nia", courseSlugs: ["onboarding-101"] },
    });
    expect(created.response.status).toBe(201);
    const dup = client.POST("/users", { body: { email: "new.hire@example.com" } });
    await expect(unwrap(dup)).rejects.toMatchObject({
      status: 409,
      providerMessage: "A user with that email already exists",
    });
    const upsert = await unwrap(
      client.POST("/users", { body: { email: "new.hire@example.com", upsert: true, lastName: "Brown" } }),
    );
    expect(upsert).toMatchObject({ id: created.data!.id, firstName: "Nia", lastName: "Brown" });
  });

  it("retries a create whose response was lost: safe with upsert, a 409 without", async () => {
    const server = await startTi({ users: 0, faults: ["reset", "ok", "reset", "ok"] });
    const client = clientFor(server);
    const safe = await unwrap(client.POST("/users", { body: { email: "a@example.com", upsert: true } }));
    expect(safe.email).toBe("a@example.com");
    const unsafe = unwrap(client.POST("/users", { body: { email: "b@example.com" } }));
    await expect(unsafe).rejects.toMatchObject({ status: 409 });
    expect(server.state.users.map((u) => u.email)).toEqual(["a@example.com", "b@example.com"]);
  });

  it("updates, disables, resets and records external activity", async () => {
    const server = await startTi({ users: 2 });
    const client = clientFor(server);
    const user = server.state.users[0]!;
    const id = user.id;
    const updated = await unwrap(
      client.PUT("/users/{id}", { params: { path: { id } }, body: { firstName: "Ana Maria" } }),
    );
    expect(updated.firstName).toBe("Ana Maria");
    expect(
      await unwrap(
        client.PUT("/users/{id}/updateStatus", {
          params: { path: { id: user.email } },
          body: { status: "disabled" },
        }),
      ),
    ).toEqual({ status: "disabled" });
    const reset = await unwrap(
      client.POST("/users/{id}/resetProgress", {
        params: { path: { id } },
        body: { slug: "onboarding-101", revokeAccess: false, resetProgress: true },
      }),
    );
    expect(reset.data.ResetUserCourseProgress).toBe(true);
    const lp = await unwrap(
      client.POST("/users/{id}/resetLearningPathProgress", {
        params: { path: { id } },
        body: { userId: id, slug: "lp-onboarding", revokeAccess: false },
      }),
    );
    expect(lp.data.ResetUserLearningPathProgress).toBe(true);
    const content = await unwrap(
      client.GET("/users/{id}/zendeskContent", { params: { path: { id }, query: { userId: id } } }),
    );
    expect(content.data.ZendeskContentsByUserId.map((c) => c.userId).every((u) => u === id)).toBe(true);
    const learningPathId = server.state.catalog.learningPaths[0]!.id;
    const recorded = await client.POST("/learningPathExternalActivity", {
      body: { userId: id, learningPathId, status: "started", timeStampDate: "2024-11-15T00:00:00.000Z" },
    });
    expect(recorded.response.status).toBe(200);
    expect(server.state.externalActivity).toHaveLength(1);
  });

  it("refuses a missing required query parameter before sending", async () => {
    const server = await startTi({ users: 1 });
    const id = server.state.users[0]!.id;
    // @ts-expect-error -- userId is required by the spec
    const call = clientFor(server).GET("/users/{id}/zendeskContent", { params: { path: { id } } });
    await expect(call).rejects.toMatchObject({
      name: "ValidationError",
      field: "query.userId",
      rule: "required",
    });
    expect(server.requests).toHaveLength(0);
  });
});
