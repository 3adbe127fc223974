import { describe, expect, it } from "vitest";
import { createRedactor, redactValue } from "../src/security/redact.js";

const redact = createRedactor(() => ["s3cr3t-value", "abc"], ["aik_v1_"]);

describe("createRedactor", () => {
  it.each([
    ["a known secret anywhere", "got s3cr3t-value!", "got [redacted]!"],
    ["a key it was not given, by its declared prefix", "key aik_v1_Zx9-Q2 refused", "key [redacted] refused"],
    ["a bearer credential", "Authorization: Bearer eyJ.abc-def_=", "Authorization: Bearer [redacted]"],
    ["a basic credential", "Basic dXNlcjpwYXNz", "Basic [redacted]"],
    ["user info in a URL", "https://user:pw@host.test/x", "https://[redacted]@host.test/x"],
    [
      "key-bearing query values",
      "/x?api_key=k1&page=2&access_token=t2&sig=z",
      "/x?api_key=[redacted]&page=2&access_token=[redacted]&sig=[redacted]",
    ],
    ["nothing else", "GET /v1/users?page=2 failed", "GET /v1/users?page=2 failed"],
  ])("masks %s", (_name, text, want) => {
    expect(redact(text)).toBe(want);
  });

  it("masks a secret given with white space around it where it appears without (as Headers sent it)", () => {
    const padded = createRedactor(() => [" k3y-with-space\r\n"]);
    expect(padded("server echoed k3y-with-space back")).toBe("server echoed [redacted] back");
  });

  it("masks a secret of three characters or fewer where it stands alone, and not inside other words", () => {
    expect(redact("abc")).toBe("[redacted]");
    expect(redact("environment abc: /envs/abc/users?e=abc")).toBe(
      "environment [redacted]: /envs/[redacted]/users?e=[redacted]",
    );
    expect(redact("fabcd xabc abc1 ABC")).toBe("fabcd xabc abc1 ABC");
    const tiny = createRedactor(() => ["1", "$", "qa1"]);
    expect(tiny("GET /v1/users failed with 401 on attempt 1: env qa1 ($)")).toBe(
      "GET /v1/users failed with 401 on attempt [redacted]: env [redacted] ([redacted])",
    );
  });

  it("copies a hostile body nested thousands deep without exhausting the stack", () => {
    let deep: unknown = "s3cr3t-value";
    for (let i = 0; i < 5000; i++) deep = { a: [deep] };
    const copy = JSON.stringify(redactValue(deep, redact));
    expect(copy).toContain("[nested too deep]");
    expect(copy).not.toContain("s3cr3t");
  });
});

describe("redactValue", () => {
  it("masks strings deeply, and credential-named fields whatever their value", () => {
    const body = {
      error: { message: "bad s3cr3t-value" },
      headers: { Authorization: "x", "X-Api-Key": 12 },
      list: ["s3cr3t-value", 1, null],
      apiKey: "k",
      token: "t",
    };
    expect(redactValue(body, redact)).toEqual({
      error: { message: "bad [redacted]" },
      headers: { Authorization: "[redacted]", "X-Api-Key": "[redacted]" },
      list: ["[redacted]", 1, null],
      apiKey: "[redacted]",
      token: "[redacted]",
    });
    expect(body.error.message).toBe("bad s3cr3t-value");
  });
});
