/**
 * Property: whatever members a caller passes to a batch, core's check either accepts them — and then
 * each is an object carrying a valid, unique key and documented fields of the documented types — or
 * refuses them with a `ValidationError` naming one member's place in the body (`users[3].remoteId`).
 */
import fc from "fast-check";
import { describe, it } from "vitest";
import { type BatchMeta, ValidationError } from "../src/index.js";
import { checkMembers } from "../src/request/validate.js";
import { generated, saveFiguresAfterAll } from "./property/figures.js";
import { describeError, holds } from "./property/invariants.js";
import { params } from "./property/settings.js";

saveFiguresAfterAll();

const batch: BatchMeta = {
  items: "/users",
  max: 200,
  key: "/remoteId",
  member: {
    required: ["remoteId"],
    fields: {
      remoteId: { type: "string", minLength: 1 },
      active: { type: "boolean" },
      email: { type: "string" },
    },
  },
};

const anyValue = fc.oneof(
  fc.string({ maxLength: 4 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);
const member = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record(
      { remoteId: fc.constantFrom("a", "b", "c", ""), active: anyValue, email: anyValue },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: fc.record({ remoteId: anyValue, other: fc.anything() }, { requiredKeys: [] }) },
  // fields only inherited (not in the JSON that is sent), or a forged __proto__ own key
  {
    weight: 1,
    arbitrary: fc
      .constantFrom("a", "b")
      .chain((remoteId) =>
        fc.constantFrom(
          Object.create({ remoteId }) as object,
          JSON.parse(`{"__proto__":{"remoteId":"${remoteId}"}}`) as object,
        ),
      ),
  },
  {
    weight: 1,
    arbitrary: fc.oneof(
      fc.constant(null),
      fc.integer(),
      fc.string(),
      fc.array(fc.integer(), { maxLength: 2 }),
    ),
  },
);

const isValid = (members: readonly unknown[]) => {
  const keys = new Set<unknown>();
  return members.every((m) => {
    if (typeof m != "object" || m === null || Array.isArray(m)) return false;
    const own = (name: string) => (Object.hasOwn(m, name) ? (m as Record<string, unknown>)[name] : undefined);
    const [remoteId, active, email] = [own("remoteId"), own("active"), own("email")];
    if (typeof remoteId != "string" || remoteId === "" || keys.has(remoteId)) return false;
    keys.add(remoteId);
    return (active == null || typeof active == "boolean") && (email == null || typeof email == "string");
  });
};

describe("batch members (property)", () => {
  it("are accepted exactly when valid; otherwise a ValidationError names a member's place", () => {
    fc.assert(
      fc.property(fc.array(member, { maxLength: 6 }), (members) => {
        generated();
        let error: unknown;
        try {
          checkMembers(batch, members);
        } catch (e) {
          error = e;
        }
        const valid = isValid(members);
        holds(
          valid === (error === undefined),
          () => `valid: ${valid}, check: ${error ? describeError(error) : "accepted"}`,
        );
        if (error)
          holds(error instanceof ValidationError && /^users\[\d+\]/.test(error.field ?? ""), () =>
            describeError(error),
          );
      }),
      params(400),
    );
  });
});
