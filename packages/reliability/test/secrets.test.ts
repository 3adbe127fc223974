import {
  ApiError,
  MalformedResponseError,
  NetworkError,
  PaginationError,
  TimeoutError,
  ValidationError,
  unwrap,
} from "@clientele/core";
import { json, text, type FaultPlan } from "@clientele/testing";
import { describe, expect, it } from "vitest";
import { expectNoSecrets, hookTexts, recordingHooks, serialisations } from "./support/canary";
import { count } from "./support/tally";
import { presented, startHostile, type HostileContext } from "./support/hostile";
import { SUBJECTS, type Subject, type SubjectOptions } from "./support/subjects";
import { startRedirectWitness } from "./support/witness";

type Start = (typeof SUBJECTS)[number];

/** A fake that accepts a fresh canary credential, and a client sending it whose hook events are kept. */
async function canaryClient({ start, canary }: Start, faults?: FaultPlan, options: SubjectOptions = {}) {
  const fake = await start({ credential: canary(), faults });
  const { observers, events } = recordingHooks();
  const subject = fake.client({ retry: false, ...options, ...observers });
  return {
    fake,
    subject,
    events,
    secrets: [...fake.secrets, ...(options.credential ? [options.credential] : [])],
  };
}

/** Runs a call that must fail, then searches the error, every serialisation of it and every hook event. */
async function failure<E>(
  type: abstract new (...args: never[]) => E,
  run: () => Promise<unknown>,
  secrets: readonly string[],
  events: Parameters<typeof hookTexts>[0] = [],
): Promise<E> {
  const error = await run().then(
    () => expect.unreachable("the call should have failed"),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(type);
  expectNoSecrets([...serialisations(error), ...hookTexts(events)], secrets);
  return error as E;
}

/** What `make` returned, or what it threw. */
function attempt<T>(make: () => T): T | unknown {
  try {
    return make();
  } catch (error) {
    return error;
  }
}

/** An answer that echoes every credential the request carried, in every place a body can hold it. */
const echo = (ctx: HostileContext) => {
  const seen = presented(ctx).join(" | ");
  return {
    seen,
    body: {
      error: { code: `bad_key ${seen}`, message: `the key ${seen} is not valid` },
      success: false,
      debug: { headers: ctx.headers, note: `you sent ${seen}` },
      apiKey: seen,
    },
  };
};

describe.concurrent.each(SUBJECTS)("$name: credentials stay secret", (entry) => {
  it("4xx: a refused key", async () => {
    const wrong = entry.canary();
    const { subject, events, secrets } = await canaryClient(entry, undefined, { credential: wrong });
    const error = await failure(ApiError, () => unwrap(subject.get()), secrets, events);
    expect(error.status).toBe(401);
  });

  it("5xx, after retries", async () => {
    const { subject, events, secrets } = await canaryClient(entry, ["500", "503"], {
      retry: { retries: 1, baseDelayMs: 1 },
    });
    const error = await failure(ApiError, () => unwrap(subject.get()), secrets, events);
    expect(error).toMatchObject({ status: 503, attempts: 2 });
    // the debug log was searched too: the attempt, the response, the retry and the result's warning
    const lines = events.flatMap((e) => ("line" in e ? [e.line.split(" ")[2]] : []));
    expect(lines).toEqual(["attempt", "response", "retry", "attempt", "response"]);
  });

  it("network: a connection reset, and a connection refused", async () => {
    const { fake, subject, events, secrets } = await canaryClient(entry, ["reset"]);
    await failure(NetworkError, () => subject.get(), secrets, events);
    const refused = fake.client({ credential: fake.secrets[0], baseUrl: "http://127.0.0.1:9", retry: false });
    await failure(NetworkError, () => refused.get(), secrets);
  });

  it("timeouts: an attempt, and a deadline", async () => {
    const { subject, events, secrets } = await canaryClient(entry, ["stall", "stall"]);
    const attempt = await failure(TimeoutError, () => subject.get({ timeoutMs: 100 }), secrets, events);
    expect(attempt.timeout).toBe("attempt");
    const deadline = await failure(TimeoutError, () => subject.get({ deadlineMs: 100 }), secrets, events);
    expect(deadline.timeout).toBe("deadline");
  });

  it("validation: a key-bearing http URL, and a path parameter that cannot be sent", async () => {
    const { fake, secrets } = await canaryClient(entry);
    const [key] = fake.secrets;
    for (const baseUrl of [
      `http://user:${key}@api.example.com`,
      `http://api.example.com/?api_key=${key}`,
      `http://api.example.com/${key}`,
    ]) {
      const error = await failure(ValidationError, async () => fake.client({ baseUrl }), secrets);
      expect(error).toMatchObject({ field: "baseUrl", rule: "https" });
    }
    const subject = fake.client();
    if (subject.byPath) await failure(ValidationError, () => subject.byPath!.call(".."), secrets);
    expect(fake.server.ledger.count()).toBe(0);
  });

  it("malformed: an HTML page and a truncated body, both with 200", async () => {
    const { subject, events, secrets } = await canaryClient(entry, ["html-200", "truncated"]);
    const html = await failure(MalformedResponseError, () => subject.get(), secrets, events);
    const cut = await failure(MalformedResponseError, () => subject.get(), secrets, events);
    expect([html.status, cut.status]).toEqual([200, 200]);
  });

  describe("a server that echoes the credentials it receives", () => {
    it("in a 401 body, a 500 text, a 200 HTML page and a failure envelope", async () => {
      const { fake, subject: probe } = await canaryClient(entry);
      const server = await startHostile([probe.listPath, ...(probe.byPath ? [probe.byPath.route] : [])]);
      const { observers, events } = recordingHooks();
      const subject = fake.client({ baseUrl: server.url, retry: false, ...observers });
      const secrets = [...fake.secrets];
      const seen: string[] = [];
      const answers = [
        (ctx: HostileContext) => json(401, echo(ctx).body),
        (ctx: HostileContext) => text(500, `upstream refused ${echo(ctx).seen}`),
        (ctx: HostileContext) =>
          text(200, `<html><body>Signed in with ${echo(ctx).seen}</body></html>`, "text/html"),
      ];
      for (const answer of answers) {
        server.state.answer = (ctx) => (seen.push(echo(ctx).seen), answer(ctx));
        const error = await failure<MalformedResponseError | ApiError>(
          answer === answers[2] ? MalformedResponseError : ApiError,
          () => unwrap(subject.get()),
          secrets,
          events,
        );
        if (error instanceof ApiError) expectNoSecrets([["body", JSON.stringify(error.body)]], secrets);
      }
      const envelope = subject.failureEnvelope;
      if (envelope) {
        server.state.answer = (ctx) => json(200, envelope(`the key ${echo(ctx).seen} is not valid`));
        const error = await failure(ApiError, () => unwrap(subject.get()), secrets, events);
        expect(error.status).toBe(200);
      }
      // the echo is real: the server did receive the canary
      expect(seen.every((s) => secrets.some((secret) => s.includes(secret)))).toBe(true);
    });

    it("in a page whose walk cannot go on", async () => {
      const { fake, subject: probe } = await canaryClient(entry);
      const server = await startHostile([probe.listPath]);
      const { observers, events } = recordingHooks();
      const subject = fake.client({ baseUrl: server.url, retry: false, ...observers });
      server.state.answer = (ctx) => json(200, subject.brokenPage(echo(ctx).seen));
      const collected: unknown[] = [];
      await failure(
        PaginationError,
        async () => {
          for await (const item of subject.list()) collected.push(item);
        },
        fake.secrets,
        events,
      );
    });
  });

  it("a key pasted with white space around it, or a line break inside, never comes back", async () => {
    const { fake, subject: probe } = await canaryClient(entry);
    const server = await startHostile([probe.listPath]);
    server.state.answer = (ctx) => json(401, echo(ctx).body);
    const key = fake.secrets[0]!;
    // what an environment file or a copy from a web page adds: the client either refuses the key
    // (without quoting it) or sends it trimmed, and then masks what the server echoes back
    let sent = 0;
    for (const credential of [`${key}\n`, ` ${key} `, `\t${key}\r\n`]) {
      count("hostileInputs");
      const { observers, events } = recordingHooks();
      const made = attempt(() =>
        fake.client({ baseUrl: server.url, retry: false, ...observers, credential }),
      );
      if (made instanceof ValidationError) {
        expectNoSecrets(serialisations(made), [key]);
      } else {
        await failure(ApiError, () => unwrap((made as Subject).get()), [key], events);
        sent++;
      }
    }
    // a line break inside a key cannot be sent in a header at all: refused, never quoted, nothing sent
    const halves = [key.slice(0, 16), key.slice(16)];
    count("hostileInputs");
    const refused = attempt(() => fake.client({ baseUrl: server.url, credential: halves.join("\n") }));
    expect(refused).toBeInstanceOf(ValidationError);
    expectNoSecrets(serialisations(refused), halves);
    expect(server.ledger.count()).toBe(sent);
  });

  it("redirects: the credentials never reach another origin", async () => {
    const { fake, subject, secrets } = await canaryClient(entry, ["redirect-cross-origin"]);
    const { response } = await subject.get();
    expect(response.status).toBe(401);
    const [first, second] = fake.server.requests;
    expect(first!.headers.host).toBe(new URL(fake.server.url).host);
    expect(second!.headers.host).toMatch(/^localhost:/);
    const credentialHeaders = ["authorization", "x-api-key", "environment-id"];
    expect(credentialHeaders.some((h) => first!.headers[h] === "[redacted]")).toBe(true);
    expect(credentialHeaders.filter((h) => h in second!.headers)).toEqual([]);

    // and, with nothing redacted in between, what another origin receives
    for (const status of [301, 302, 303, 307, 308]) {
      const witness = await startRedirectWitness(status);
      const via = fake.client({ baseUrl: witness.url, retry: false });
      expect((await via.get()).response.status).toBe(401);
      expect(witness.received).toHaveLength(1);
      expectNoSecrets([[`what the other origin received after a ${status}`, witness.text()]], secrets);
      expect(witness.text()).not.toMatch(/^(authorization|x-api-key|environment-id)$/im);
    }
  });

  it("plain http to a host that is not loopback: construction refuses, nothing is sent", async () => {
    const { fake } = await canaryClient(entry);
    const sent: Request[] = [];
    const spy = async (request: Request) => (sent.push(request), new Response("{}"));
    for (const baseUrl of [
      "http://api.example.com",
      "http://10.0.0.7:8080",
      "http://localhost.example.com",
      "http://127.0.0.1.nip.io",
    ]) {
      count("hostileInputs");
      const error = await failure(
        ValidationError,
        async () => fake.client({ baseUrl, fetch: spy }),
        fake.secrets,
      );
      expect(error).toMatchObject({ field: "baseUrl", rule: "https" });
    }
    // a loopback host is allowed, and so is a remote one once the caller opts in
    for (const baseUrl of ["http://localhost:9", "http://[::1]:9", "http://127.8.9.10:9"])
      expect(() => fake.client({ baseUrl, fetch: spy })).not.toThrow();
    await fake.client({ baseUrl: "http://api.example.com", fetch: spy, allowInsecureHttp: true }).get();
    expect(sent.map((r) => new URL(r.url).host)).toEqual(["api.example.com"]);
  });
});
