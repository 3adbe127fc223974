import { describe, expect, it } from "vitest";
import { ApiError, MalformedResponseError, createMetacomClient, unwrap } from "../src/index.js";
import { clientOf, startFake, stubFetch } from "./fake.js";

const options = { token: "mc_lt_3f9c2a7e1b", environmentId: "acme_prod", domain: "acme.metacom.example" };
const failure = {
  status: "error",
  error: "validation_error",
  description: 'Body error: "value" must be of type object',
  message: "Invalid request",
};

describe("unwrap and error envelopes", () => {
  it('turns a 2xx whose body says `status: "error"` into an ApiError', async () => {
    const client = createMetacomClient({ ...options, ...stubFetch(failure, 200) });
    const error = await unwrap(client.GET("/usage-statistics/active-users")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 200,
      code: "validation_error",
      providerMessage: failure.description,
      body: failure,
    });
  });

  it("does the same inside paginate and helpers", async () => {
    const client = createMetacomClient({ ...options, ...stubFetch(failure, 200) });
    await expect(client.paginate("/users").toArray()).rejects.toBeInstanceOf(ApiError);
    await expect(client.getUser("x")).rejects.toBeInstanceOf(ApiError);
    await expect(client.createLongLivedToken("x")).rejects.toMatchObject({
      status: 200,
      code: "validation_error",
    });
  });

  it("reads code and message of an error status from the envelope", async () => {
    const server = await startFake({ users: 1 });
    const error = await unwrap(
      clientOf(server).GET("/users/{userId}", { params: { path: { userId: "nobody" } } }),
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 404, code: "not_found", providerMessage: "User not found" });
    expect((error as Error).message).toBe(
      `GET ${server.url}/users/{userId} failed with 404 not_found: User not found`,
    );
  });

  it("gives the data of a success", async () => {
    const server = await startFake({ users: 4 });
    const { data } = await unwrap(clientOf(server).GET("/usage-statistics/active-users"));
    expect(data.activeUsers).toBe(
      server.state.users.filter((u) => u.profile.environments!.acme_prod!.active).length,
    );
  });

  it("reports an HTML page on a 200 as a MalformedResponseError", async () => {
    const server = await startFake({ faults: ["html-200", "html-200", "html-200"] });
    const error = await clientOf(server, { retry: false })
      .getUser("x")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MalformedResponseError);
  });
});
