/**
 * Property: no credential in any serialisation. Random secrets, very short ones (1–3 characters)
 * included, that a careless server echoes back in bodies, headers, redirect targets and network
 * errors, and that a failing token refresh quotes in its error and its cause. The check is
 * differential: each world is played twice, with a secret and with a control secret of the same
 * length from disjoint characters; a serialisation of the first run that holds its secret more
 * often than the same serialisation of the control run holds it (and the reverse) is a leak. That
 * tells a leak from the secret's characters occurring in unrelated text (a URL, a status).
 */
import fc from "fast-check";
import { describe, it } from "vitest";
import { type Auth, type HookEvent, bearerAuth, combineAuth, headerAuth, unwrap } from "../src/index.js";
import { fetchFailure, fixtureClient } from "./fixtures.js";
import { generated, saveFiguresAfterAll } from "./property/figures.js";
import { holds, outcome, serialisations, watchUnhandled } from "./property/invariants.js";
import { params, timeout } from "./property/settings.js";

const SECRET_CHARS = "abcdefghijklm0123-_".split("");
const CONTROL_CHARS = "nopqrstuvwxyz4567.~".split("");
const secretOf = (chars: string[]) =>
  fc.oneof(
    fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: 3 }),
    fc.array(fc.constantFrom(...chars), { minLength: 4, maxLength: 24 }),
  );

const world = fc.record({
  /** The secret as indices, rendered with each alphabet: the two runs differ only in their secret. */
  secret: secretOf(SECRET_CHARS.map((_, i) => String(i))).map((s) => s.map(Number)),
  auth: fc.constantFrom("bearer", "x-api-key", "environment-id", "token-provider"),
  call: fc.constantFrom("GET", "POST"),
  status: fc.constantFrom(200, 400, 401, 403, 404, 429, 500, 503),
  echo: fc.subarray(
    [
      "body-message",
      "body-detail",
      "body-key",
      "request-id",
      "www-authenticate",
      "location",
      "html",
      "network",
    ],
    {
      minLength: 1,
    },
  ),
  refreshFails: fc.boolean(),
});
type World = typeof world extends fc.Arbitrary<infer W> ? W : never;

const unhandled = watchUnhandled();
saveFiguresAfterAll();

function authOf(kind: string, secret: string): Auth {
  switch (kind) {
    case "bearer":
      return bearerAuth(secret);
    case "x-api-key":
      return headerAuth("x-api-key", secret);
    case "environment-id":
      return combineAuth(bearerAuth("fixed-bearer-token-0001"), headerAuth("environment-id", secret));
    default: {
      let issued = 0;
      return bearerAuth(({ refresh }) => {
        if (!refresh || issued++ > 0) return secret;
        throw new Error(`refresh of ${secret} failed`, { cause: new Error(`token ${secret} was revoked`) });
      });
    }
  }
}

/** Plays a world with one secret: every serialisation of every error and hook event, by where it came from. */
async function play(w: World, secret: string, refreshFails: boolean): Promise<Map<string, string>> {
  const fetch = async (request: Request) => {
    const received = [...request.headers.values()].join(" ");
    const echo = (place: string) => (w.echo.includes(place) ? received : "");
    if (w.echo.includes("network")) throw fetchFailure("ECONNRESET", `socket hang up sending ${received}`);
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (echo("request-id")) headers["x-request-id"] = echo("request-id");
    if (echo("www-authenticate")) headers["www-authenticate"] = `Bearer realm="${echo("www-authenticate")}"`;
    if (w.echo.includes("html"))
      return new Response(`<html>${received}</html>`, {
        status: w.status,
        headers: { "content-type": "text/html" },
      });
    const body = {
      success: w.status < 400 ? false : undefined,
      error: { code: "E", message: `denied: ${echo("body-message")}`, detail: { seen: echo("body-detail") } },
      [echo("body-key") || "k"]: 1,
      next:
        echo("location") && `https://api.example.test/items?key=${encodeURIComponent(secret)}&x=${secret}`,
    };
    return Response.json(body, { status: w.status, headers });
  };
  const events: HookEvent[] = [];
  const keep = (e: HookEvent) => void events.push(e);
  const lines: string[] = [];
  const log = (line: string, fields?: object) => void lines.push(`${line} ${JSON.stringify(fields)}`);
  const auth = authOf(w.auth == "token-provider" && !refreshFails ? "bearer" : w.auth, secret);
  const client = fixtureClient(fetch, {
    auth,
    retry: { retries: 1, baseDelayMs: 0, maxDelayMs: 0 },
    hooks: { onRequest: keep, onResponse: keep, onRetry: keep, onError: keep },
    logger: { debug: log, info: log, warn: log, error: log },
    logLevel: "debug",
  });
  const sent = w.call == "GET" ? client.GET("/items") : client.POST("/items", { body: { a: 1 } });
  const result = await outcome(sent);
  const failure = result.ok ? await outcome(unwrap(result.value)) : result;
  const texts = new Map<string, string>();
  if (!failure.ok) for (const [how, text] of serialisations(failure.error)) texts.set(how, steady(text));
  events.forEach((e, i) => texts.set(`hook event ${i}`, steady(JSON.stringify(e))));
  lines.forEach((line, i) => texts.set(`log line ${i}`, steady(line)));
  return texts;
}

/**
 * Without what differs from run to run whatever the secret: durations and waits (every `…Ms`), call
 * numbers, times, and the stack frames (code positions, never data; how many there are depends on
 * timing, so a one-character secret such as "2" would be counted in one run's frames and not the
 * other's: a path such as `vitest@4.1.12` in one more frame was enough).
 */
const steady = (text: string) =>
  text
    // a frame as a stack prints it, and as `util.inspect` quotes it inside `[stack]: '…\n' +`
    .replace(/^\s*'?\s+at .*$/gm, "")
    .replace(/"?(\w*Ms|callId)"?:\s*\d+/g, "$1")
    .replace(/\d+ ms/g, "<n> ms")
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, "<time>")
    .replace(/:\d+:\d+/g, "");

const occurrences = (text: string, of: string) => text.split(of).length - 1;

async function noLeak(w: World): Promise<void> {
  generated();
  const secret = w.secret.map((i) => SECRET_CHARS[i]).join("");
  const control = w.secret.map((i) => CONTROL_CHARS[i]).join("");
  const refresh = w.auth == "token-provider" && w.refreshFails && w.status == 401;
  const mine = await play(w, secret, refresh);
  const theirs = await play(w, control, refresh);
  await unhandled.expectNone();
  for (const [how, text] of mine) {
    const other = theirs.get(how) ?? "";
    holds(
      occurrences(text, secret) <= occurrences(other, secret),
      () => `${how} shows the ${secret.length}-character secret "${secret}": ${text.slice(0, 300)}`,
    );
    holds(
      occurrences(other, control) <= occurrences(text, control),
      () => `${how} shows the ${control.length}-character secret "${control}": ${other.slice(0, 300)}`,
    );
  }
}

describe("credentials (property)", () => {
  it(
    "no secret of 4 or more characters in any serialisation of an error (its cause chain included) or hook event, wherever the server echoes it",
    async () => {
      const long = world.filter((w) => w.secret.length >= 4);
      await fc.assert(fc.asyncProperty(long, noLeak), params(200));
    },
    timeout(200, 10),
  );

  it(
    "a token refresh that fails shows no token, in its message nor in its cause chain",
    async () => {
      const refreshing = world
        .filter((w) => w.secret.length >= 4)
        .map((w): World => ({
          ...w,
          auth: "token-provider" as const,
          status: 401 as const,
          refreshFails: true,
          echo: ["body-message"],
        }));
      await fc.assert(fc.asyncProperty(refreshing, noLeak), params(50));
    },
    timeout(50, 10),
  );

  it(
    "no secret of any length, 1 to 3 characters included, in any serialisation",
    async () => {
      await fc.assert(fc.asyncProperty(world, noLeak), params(200));
    },
    timeout(200, 10),
  );
});
