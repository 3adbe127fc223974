import { inspect } from "node:util";
import { afterAll, beforeAll } from "vitest";
import { ClienteleError } from "../../src/index.js";
import { figures } from "./figures.js";

/** Fails the case with `message` unless `ok`, and counts the check. */
export function holds(ok: boolean, message: string | (() => string)): asserts ok {
  figures.invariants++;
  if (!ok) throw new Error(typeof message == "function" ? message() : message);
}

/** An error as a counterexample shows it: its class and the start of its message. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return `a non-Error: ${inspect(error, { depth: 1 }).slice(0, 200)}`;
  return `${error.constructor.name} (${error.name}): ${error.message.slice(0, 300)}`;
}

/** Every rejection is a `ClienteleError`, or exactly the caller's own abort reason. */
export function expectTyped(error: unknown, ...reasons: unknown[]): void {
  holds(
    error instanceof ClienteleError || reasons.some((r) => r !== undefined && r === error),
    () =>
      `rejected with ${describeError(error)}, not a ClienteleError${reasons.length ? " nor the abort reason" : ""}`,
  );
}

/** How a promise ended. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

export const outcome = <T>(promise: Promise<T>): Promise<Outcome<T>> =>
  promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );

// the real one, taken before any test fakes the timers
const realImmediate = globalThis.setImmediate;
/** One turn of the real event loop: pending `unhandledRejection` events are emitted by then. */
export const turn = () => new Promise<void>((resolve) => realImmediate(resolve));

/**
 * Records every `unhandledRejection` of this file. `take()` waits two turns of the event loop and
 * returns (and forgets) what was seen since the last call: a case asserts it is empty.
 */
export function watchUnhandled() {
  const seen: unknown[] = [];
  const record = (reason: unknown) => void seen.push(reason);
  beforeAll(() => void process.on("unhandledRejection", record));
  afterAll(() => void process.off("unhandledRejection", record));
  return {
    async expectNone(): Promise<void> {
      await turn();
      await turn();
      const found = seen.splice(0);
      holds(found.length == 0, () => `unhandled rejection: ${found.map(describeError).join("; ")}`);
    },
  };
}

/**
 * Every way a user might log an error: `String()`, `message`, `stack`, `JSON.stringify`,
 * `util.inspect` (hidden properties too), for it and each link of its `cause` chain. Each one
 * must also not throw.
 */
export function serialisations(error: unknown): [how: string, text: string][] {
  const out: [string, string][] = [];
  let link: unknown = error;
  for (let depth = 0; link != null && depth < 10; depth++) {
    const at = depth ? `cause${".cause".repeat(depth - 1)} ` : "";
    const e = link as { message?: unknown; stack?: unknown; cause?: unknown };
    const texts: [string, () => string][] = [
      ["String()", () => String(link)],
      ["message", () => String(e.message)],
      ["stack", () => String(e.stack)],
      ["JSON.stringify", () => JSON.stringify(link) ?? ""],
      ["util.inspect", () => inspect(link, { depth: 10 })],
      ["util.inspect showHidden", () => inspect(link, { depth: 10, showHidden: true })],
    ];
    for (const [how, make] of texts) {
      let text = "";
      try {
        text = make();
      } catch (thrown) {
        holds(false, `${at}${how} of ${describeError(error)} throws ${describeError(thrown)}`);
      }
      out.push([`${at}${how}`, text]);
    }
    link = typeof link == "object" ? e.cause : undefined;
  }
  return out;
}
