import { vi } from "vitest";
import { turn } from "./invariants.js";

/** Fakes the clock and the timers core uses; the event loop's own turns stay real. */
export function fakeClock(): void {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"] });
  vi.setSystemTime(Date.UTC(2025, 0, 1));
}

/** How a promise ended on the fake clock: when (virtual ms after the start), and with what. */
export type Settled<T> =
  | { settled: true; at: number; ok: true; value: T }
  | { settled: true; at: number; ok: false; error: unknown }
  | { settled: false; at: number };

/**
 * Runs the fake clock timer by timer until `promise` settles, or until `capMs` of virtual time have
 * passed, or until nothing is left that could settle it (no timer pending after several real turns
 * of the event loop): a hang.
 */
export async function settle<T>(promise: Promise<T>, capMs: number): Promise<Settled<T>> {
  const start = Date.now();
  let done: Settled<T> | undefined;
  promise.then(
    (value) => void (done = { settled: true, at: Date.now() - start, ok: true, value }),
    (error: unknown) => void (done = { settled: true, at: Date.now() - start, ok: false, error }),
  );
  for (;;) {
    for (let i = 0; i < 5 && !done; i++) {
      await vi.advanceTimersByTimeAsync(0);
      await turn();
    }
    if (done) return done;
    if (vi.getTimerCount() == 0 || Date.now() - start > capMs)
      return { settled: false, at: Date.now() - start };
    await vi.advanceTimersToNextTimerAsync();
  }
}
