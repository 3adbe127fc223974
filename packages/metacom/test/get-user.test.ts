import { describe, expect, it } from "vitest";
import { MalformedResponseError, createMetacomClient } from "../src/index.js";
import { clientOf, startFake, stubFetch } from "./fake.js";

describe("getUser", () => {
  it("returns the user whether `data` is the docs' one-element array or an object", async () => {
    const server = await startFake({ users: 3 });
    const user = server.state.users[2]!;
    const client = clientOf(server);
    expect(await client.getUser(user._id)).toEqual(user);
    server.state.variants.userData = "object";
    expect(await client.getUser(user._id)).toEqual(user);
  });

  it("finds a legacy 17-character id and an id that needs escaping", async () => {
    const records = [
      { _id: "1YNEXKYkPnqk52Fzf", username: "admin", profile: { environments: {} } },
      { _id: "a/b?c", username: "odd", profile: {} },
    ];
    const client = clientOf(await startFake({ records }));
    expect((await client.getUser("1YNEXKYkPnqk52Fzf")).username).toBe("admin");
    expect((await client.getUser("a/b?c")).username).toBe("odd");
  });

  it("picks the requested user out of a longer array, and refuses an array without it", async () => {
    const options = { token: "mc_lt_3f9c2a7e1b", environmentId: "acme_prod", domain: "acme.metacom.example" };
    const two = {
      status: "ok",
      data: [
        { _id: "a", username: "a" },
        { _id: "b", username: "b" },
      ],
    };
    expect(await createMetacomClient({ ...options, ...stubFetch(two) }).getUser("b")).toEqual(two.data[1]);
    const none = createMetacomClient({ ...options, ...stubFetch({ status: "ok", data: [] }) });
    await expect(none.getUser("a")).rejects.toBeInstanceOf(MalformedResponseError);
  });

  it("never returns another user: one element, or an object, holding someone else is malformed", async () => {
    const options = { token: "mc_lt_3f9c2a7e1b", environmentId: "acme_prod", domain: "acme.metacom.example" };
    for (const data of [[{ _id: "u2", username: "u2" }], { _id: "u2", username: "u2" }]) {
      const client = createMetacomClient({ ...options, ...stubFetch({ status: "ok", data }) });
      await expect(client.getUser("u1")).rejects.toBeInstanceOf(MalformedResponseError);
    }
  });

  it("throws the server's 404 as an ApiError", async () => {
    const server = await startFake();
    await expect(clientOf(server).getUser("6830ffffffffffffffffffff")).rejects.toMatchObject({
      status: 404,
      code: "not_found",
    });
  });
});
