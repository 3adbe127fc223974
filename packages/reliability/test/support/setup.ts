import { afterAll, expect, inject } from "vitest";
import { count, saveTally } from "./tally";

/**
 * Runs before every test file. Whatever a client does under faults, a rejection must never escape
 * unhandled: this listener records every one, and the file fails at its end if any was seen.
 */
const unhandled: unknown[] = [];
const record = (reason: unknown) => void unhandled.push(reason);
process.on("unhandledRejection", record);

// Registered before the file's own hooks, so it runs after them (vitest runs `afterAll` hooks in
// reverse): the fakes are closed and counted by then, and the tally saved is the file's whole.
afterAll(({}, suite) => {
  process.off("unhandledRejection", record);
  count("unhandledRejections", unhandled.length);
  saveTally(inject("tallyDir"), suite.name);
  expect(unhandled, "unhandled rejections").toEqual([]);
});
