import { describe, expect, expectTypeOf, it } from "vitest";
import eventsEnvelope from "../../../specs/thought-industries/examples/listCourseActionEvents.200.envelope.json" with { type: "json" };
import eventsFlat from "../../../specs/thought-industries/examples/listCourseActionEvents.200.flat.json" with { type: "json" };
import userEnvelope from "../../../specs/thought-industries/examples/getUser.200.envelope.json" with { type: "json" };
import userFlat from "../../../specs/thought-industries/examples/getUser.200.flat.json" with { type: "json" };
import usersEnvelope from "../../../specs/thought-industries/examples/listUsers.200.envelope.json" with { type: "json" };
import usersFlat from "../../../specs/thought-industries/examples/listUsers.200.flat.json" with { type: "json" };
import { type components, normalizeEventList, normalizeUser, normalizeUserList } from "../src/index.js";

type Schemas = components["schemas"];
const EXAMPLES: Record<string, any> = {
  "listUsers.200.envelope": usersEnvelope,
  "listUsers.200.flat": usersFlat,
  "getUser.200.envelope": userEnvelope,
  "getUser.200.flat": userFlat,
  "listCourseActionEvents.200.envelope": eventsEnvelope,
  "listCourseActionEvents.200.flat": eventsFlat,
};
/** A spec example, copied (so that `toBe` compares what the helper got). */
const example = (name: string) => structuredClone(EXAMPLES[name]);

describe("normalizeUserList", () => {
  it("unwraps the documented data.APIUsers envelope", () => {
    const body = example("listUsers.200.envelope");
    const list = normalizeUserList(body);
    expect(list).toBe(body.data.APIUsers);
    expect(list.users[0]!.email).toBe("admin@acme.test");
    expectTypeOf(list).toEqualTypeOf<Schemas["UserListFlat"]>();
  });

  it("returns the flat shape as it is", () => {
    const body = example("listUsers.200.flat");
    expect(normalizeUserList(body)).toBe(body);
    expect(normalizeUserList(body).pageInfo?.cursor).toBe("MTcwOTI5NDQwMDAwMA");
  });
});

describe("normalizeUser", () => {
  it("unwraps data.UserById and returns a bare user as it is", () => {
    const envelope = example("getUser.200.envelope");
    const flat = example("getUser.200.flat");
    expect(normalizeUser(envelope)).toBe(envelope.data.UserById);
    expect(normalizeUser(flat)).toBe(flat);
    expectTypeOf(normalizeUser(flat)).toEqualTypeOf<Schemas["User"]>();
  });
});

describe("normalizeEventList", () => {
  it("unwraps data.APIEvents and returns {events} as it is", () => {
    const envelope = example("listCourseActionEvents.200.envelope");
    const flat = example("listCourseActionEvents.200.flat");
    expect(normalizeEventList(envelope)).toBe(envelope.data.APIEvents);
    expect(normalizeEventList(flat).events.map((e) => e.id)).toEqual(["ev_7f3a", "ev_7f39"]);
    expectTypeOf(normalizeEventList(flat).events).toEqualTypeOf<Schemas["Event"][]>();
  });
});
