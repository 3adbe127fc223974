import { limitOf } from "./signal.js";

/**
 * The body of a streamed response (`parseAs: "stream"`), still bounded once the call has returned
 * it: when `ms` pass before it is read to its end (0: no time limit), the stream errors with
 * `expired()` and the response's body is cancelled; the caller's `signal` ends it the same way with
 * its reason. Reading it to its end, or cancelling it, stops the timer.
 */
export function bodyWithin(
  body: ReadableStream<Uint8Array>,
  ms: number,
  signal: AbortSignal | undefined,
  expired: () => Error,
): ReadableStream<Uint8Array> {
  const limit = limitOf(signal, ms);
  if (!limit.signal && !(ms > 0)) return body;
  const reader = body.getReader();
  const stop = (reason: unknown) => {
    limit.clear();
    // an errored source rejects its cancel: nothing to wait for, and nothing to report
    reader.cancel(reason).catch(() => undefined);
  };
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await limit.race(reader.read());
        if (!done) return controller.enqueue(value);
        limit.clear();
        controller.close();
      } catch (reason) {
        const error = limit.timedOut() ? expired() : reason;
        stop(error);
        controller.error(error);
      }
    },
    cancel: stop,
  });
}
