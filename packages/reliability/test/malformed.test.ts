import { ApiError, MalformedResponseError, PaginationError, unwrap } from "@clientele/core";
import { json, text, type FakeResponse } from "@clientele/testing";
import { describe, expect, it } from "vitest";
import { expectNoSecrets, serialisations } from "./support/canary";
import { startHostile } from "./support/hostile";
import { until } from "./support/checks";
import { count } from "./support/tally";
import { SUBJECTS } from "./support/subjects";

/** A body that starts with a credential the server had no business sending, and goes on for 60 kB. */
const padded = (head: string) => `${head} ${"lorem ipsum ".repeat(5_000)}`;

/** Answers a 2xx must never be taken for data, each with what the client should make of it. */
function answers(secret: string, failureEnvelope?: (text: string) => unknown) {
  const cases: { label: string; response: FakeResponse; type: Function }[] = [
    {
      label: "an HTML page with 200",
      response: text(200, padded(`<html><body>Bad gateway for ${secret}`), "text/html; charset=utf-8"),
      type: MalformedResponseError,
    },
    {
      label: "truncated JSON",
      response: text(200, `{"data": [{"id": "${secret}"}, {"id": "x`, "application/json"),
      type: MalformedResponseError,
    },
    {
      label: "an empty body",
      response: { status: 200, headers: { "content-type": "application/json" } },
      type: MalformedResponseError,
    },
    {
      label: "a wrong content type",
      response: text(200, `<users><user token="${secret}"/></users>`, "application/xml"),
      type: MalformedResponseError,
    },
    { label: "plain text", response: text(200, padded(`OK ${secret}`)), type: MalformedResponseError },
    {
      label: "an HTML error page with 502",
      response: text(502, padded(`<html><h1>502</h1>${secret}`), "text/html"),
      type: ApiError,
    },
  ];
  if (failureEnvelope)
    cases.push({
      label: "a 200 whose envelope says failure",
      response: json(200, failureEnvelope(padded(`refused ${secret}`))),
      type: ApiError,
    });
  return cases;
}

describe.concurrent.each(SUBJECTS)("$name: malformed responses", ({ start }) => {
  it("each gives a typed error with the status and a short, redacted excerpt, raw or walked", async () => {
    const fake = await start();
    const probe = fake.client();
    const server = await startHostile([probe.listPath]);
    const [secret] = fake.secrets;
    const subject = fake.client({
      baseUrl: server.url,
      retry: { retries: 2, baseDelayMs: 1, maxDelayMs: 1 },
    });
    for (const { label, response, type } of answers(secret!, probe.failureEnvelope)) {
      count("hostileInputs");
      server.state.answer = () => response;
      const before = server.ledger.count();
      const error = (await unwrap(subject.get()).catch((e: unknown) => e)) as
        MalformedResponseError | ApiError;
      expect(error, label).toBeInstanceOf(type);
      expect(error.status, label).toBe(response.status);
      // short: the excerpt of a body that is not JSON, and the message whatever the body held
      if (error instanceof MalformedResponseError)
        expect(error.excerpt.length, label).toBeLessThanOrEqual(201);
      expect(error.message.length, label).toBeLessThan(400);
      expectNoSecrets(serialisations(error), fake.secrets);
      // a 2xx that is not JSON is retried like a failure (the request is a GET); the others are not
      const retried =
        response.status === 200 && error instanceof MalformedResponseError && label !== "an empty body";
      expect(server.ledger.count() - before, label).toBe(retried || response.status === 502 ? 3 : 1);

      // walked: never a silently empty result
      const walked = await subject
        .list(undefined, { prefetch: false })
        .toArray()
        .catch((e: unknown) => e);
      expect(walked, label).toBeInstanceOf(type);
    }
  });

  it("a page the walk cannot read is an error, never an empty list", async () => {
    const fake = await start();
    const probe = fake.client();
    const server = await startHostile([probe.listPath]);
    server.state.answer = () => json(200, probe.brokenPage("anything"));
    const error = await fake
      .client({ baseUrl: server.url, retry: false })
      .list()
      .toArray()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
  });

  it("a malformed page fetched ahead, then abandoned, never becomes an unhandled rejection", async () => {
    const fake = await start({ items: 1_000 });
    const subject = fake.client({ retry: false });
    // the first page of a walk is fine; every later one (its query carries the walk's position) is
    // an HTML page, fetched ahead of the consumer
    const position = ["cursor", "page", "after", "startId"];
    fake.server.setFaults({
      rate: 1,
      kinds: ["html-200"],
      only: ({ query }) => Object.keys(query).some((name) => position.includes(name)),
    });
    const malformed = () => fake.server.ledger.count((e) => e.fault === "html-200" && e.status === 200);
    for (const options of [
      { prefetch: true, concurrency: 4 },
      { prefetch: true, concurrency: 1 },
    ]) {
      const before = malformed();
      let seen = 0;
      for await (const _ of subject.list(undefined, options)) {
        // a slow consumer: the pages fetched ahead reach the server, and fail there, meanwhile
        if (++seen === 1) await until(() => malformed() > before);
        if (seen === 3) break;
      }
      expect(seen).toBe(3);
      // toArray({ max }) fetches nothing ahead for items it cannot take: the first page only
      // (once the requests the walk above abandoned have all reached the server)
      for (let last = -1; last !== fake.server.ledger.count();) {
        last = fake.server.ledger.count();
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const requests = fake.server.ledger.count();
      expect(await subject.list(undefined, options).toArray({ max: 2 })).toHaveLength(2);
      expect(fake.server.ledger.count()).toBe(requests + 1);
    }
    // give a stray rejection every chance to surface before the file's listener is checked
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
});
