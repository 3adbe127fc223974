import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyDeactivateBody } from "../src/deactivate-body.js";
import { metadata } from "../src/generated/metadata.js";
import { ValidationError } from "../src/index.js";

const OPERATION = "POST /users/batch-deactivate";
const PLAIN = /^[A-Za-z_$][A-Za-z0-9_$-]{0,63}$/;

/** Plain names, and strings near them: empty, too long, with `/`, `~`, spaces or other characters. */
const name = fc.oneof(
  fc.stringMatching(PLAIN),
  fc.string({ maxLength: 70 }),
  fc.constantFrom("", "a/b", "~1", "user id", "x".repeat(64), "x".repeat(65), "ünïcode", "1st"),
);

describe("the deactivateBody option", () => {
  it("defaults to the spec's names and leaves the metadata as generated", () => {
    const { meta, names } = applyDeactivateBody(metadata, undefined);
    expect(names).toEqual({ property: "users", key: "remoteId" });
    expect(meta).toBe(metadata);
  });

  it("accepts exactly the plain property names, and points x-batch at them", () => {
    fc.assert(
      fc.property(
        fc.option(name, { nil: undefined }),
        fc.option(name, { nil: undefined }),
        (property, key) => {
          const option = { property, key };
          const plain = [property, key].every((n) => n === undefined || PLAIN.test(n));
          let applied;
          try {
            applied = applyDeactivateBody(metadata, option);
          } catch (error) {
            expect(plain).toBe(false);
            expect(error).toBeInstanceOf(ValidationError);
            const field = (error as ValidationError).field;
            expect(field).toBe(
              property !== undefined && !PLAIN.test(property)
                ? "deactivateBody.property"
                : "deactivateBody.key",
            );
            return;
          }
          expect(plain).toBe(true);
          const { meta, names } = applied;
          expect(names).toEqual({ property: property ?? "users", key: key ?? "remoteId" });
          const batch = meta.operations[OPERATION]!.batch!;
          expect(batch).toMatchObject({
            items: `/${names.property}`,
            key: `/${names.key}`,
            failureKey: `/user/${names.key}`,
            max: 200,
          });
          // the generated metadata itself is never changed
          expect(metadata.operations[OPERATION].batch).toMatchObject({ items: "/users", key: "/remoteId" });
        },
      ),
      { numRuns: 300 },
    );
  });
});
