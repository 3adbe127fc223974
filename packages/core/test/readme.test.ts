/**
 * The README documents every option a consumer can pass, and the retry defaults the code has. (Its
 * examples are compiled and run from the packed packages by scripts/test/readme-examples.test.ts.)
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_RETRY } from "../src/index.js";

/** Every option a consumer can pass, by where it is passed. */
const OPTIONS = {
  client: [
    "auth",
    "baseUrl",
    "server",
    "serverVariables",
    "fetch",
    "headers",
    "retry",
    "timeoutMs",
    "deadlineMs",
    "hooks",
    "logger",
    "logLevel",
    "pace",
    "allowInsecureHttp",
  ],
  call: ["retry", "timeoutMs", "deadlineMs", "signal"],
  retry: Object.keys(DEFAULT_RETRY),
  paginate: ["concurrency", "prefetch", "resume", "toArray({ max"],
  batch: ["body", "concurrency", "onProgress"],
  hooks: ["onRequest", "onResponse", "onRetry", "onError"],
};
const readme = Object.values(
  import.meta.glob("../README.md", { query: "?raw", import: "default", eager: true }),
)[0]!;

describe("the README's option tables", () => {
  it.each(Object.entries(OPTIONS).flatMap(([where, names]) => names.map((name) => [where, name])))(
    "document the %s option %s",
    (_where, name) => {
      expect(readme).toContain(`\`${name}`);
    },
  );

  it("state the retry defaults the code has", () => {
    expect(readme).toContain(`\`${JSON.stringify(DEFAULT_RETRY.statuses).replace(/,/g, ", ")}\``);
    for (const value of [
      DEFAULT_RETRY.retries,
      DEFAULT_RETRY.baseDelayMs,
      DEFAULT_RETRY.maxDelayMs,
      DEFAULT_RETRY.maxRetryAfterMs,
    ])
      expect(readme).toContain(`\`${value}\``);
  });
});
