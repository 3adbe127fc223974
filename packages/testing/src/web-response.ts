import type { Delivery } from "./respond";
import type { FakeResponse } from "./response";
import { sleep } from "./runtime";

/** A `Response` as a transport hands it back, or `"network-error"` for none at all, and the status sent. */
export interface WebAnswer {
  readonly response: Response | "network-error";
  /** The status the client sees (0 when it sees no response), for the ledger. */
  readonly status: number;
}

const SLOW_BODY_MS = 200;
const SLOW_BODY_CHUNKS = 8;
const encoder = new TextEncoder();

/**
 * Builds the `Response` a socket would have produced, fault included: `reset` errors the body
 * halfway (or gives no response when there is no body), `truncated` ends it halfway, `slow-body`
 * drips it over about 200 ms, and `stall` answers nothing until `signal` aborts (the client gave
 * up, or the fake closed).
 */
export async function webAnswer(
  response: FakeResponse,
  mode: Delivery,
  signal: AbortSignal,
): Promise<WebAnswer> {
  const body = encoder.encode(response.body ?? "");
  const { status } = response;
  switch (mode) {
    case "stall":
      await aborted(signal);
      return { response: "network-error", status: 0 };
    case "reset":
      if (body.length === 0) return { response: "network-error", status: 0 };
      return { response: build(response, halfThenError(body), body.length), status };
    case "truncated": {
      const cut = body.subarray(0, Math.floor(body.length / 2));
      return { response: build(response, cut, cut.length, { connection: "close" }), status };
    }
    case "slow-body":
      return { response: build(response, drip(body, signal), body.length), status };
    case "normal":
      return { response: build(response, body, body.length), status };
  }
}

/** Statuses whose response must have no body (the `Response` constructor refuses one). */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

function build(
  response: FakeResponse,
  body: Uint8Array | ReadableStream<Uint8Array>,
  length: number,
  extra: Record<string, string> = {},
): Response {
  const empty = NULL_BODY.has(response.status);
  const headers = { ...response.headers, ...extra, ...(empty ? {} : { "content-length": String(length) }) };
  return new Response(empty ? null : (body as BodyInit), { status: response.status, headers });
}

/** The first half of the body, then an error, as when the connection drops mid-body. */
function halfThenError(body: Uint8Array): ReadableStream<Uint8Array> {
  let sent = false;
  return new ReadableStream({
    pull(controller) {
      if (sent) return controller.error(new TypeError("terminated: the connection was reset"));
      sent = true;
      controller.enqueue(body.slice(0, Math.floor(body.length / 2)));
    },
  });
}

/** The body in several chunks spread over about 200 ms; an error if `signal` aborts first. */
function drip(body: Uint8Array, signal: AbortSignal): ReadableStream<Uint8Array> {
  const size = Math.max(1, Math.ceil(body.length / SLOW_BODY_CHUNKS));
  let offset = 0;
  return new ReadableStream({
    async pull(controller) {
      const waited = await sleep(SLOW_BODY_MS / SLOW_BODY_CHUNKS, signal);
      if (!waited) return controller.error(new TypeError("terminated: the fake closed"));
      controller.enqueue(body.slice(offset, offset + size));
      offset += size;
      if (offset >= body.length) controller.close();
    },
  });
}

function aborted(signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => signal.addEventListener("abort", () => resolve(), { once: true }));
}
