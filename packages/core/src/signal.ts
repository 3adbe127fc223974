/** Why a linked signal fired. */
export type AbortCause = "caller" | "deadline" | "timeout";

export interface LinkedSignal {
  readonly signal: AbortSignal;
  /** Why it fired, once it has. */
  cause(): AbortCause | undefined;
  /** Clears the timer; call when the attempt is over. */
  clear(): void;
}

/**
 * One signal that fires when the caller's or the deadline's signal fires, or after `timeoutMs`.
 * Timers use `setTimeout`, so tests can control them.
 */
export function linkSignals(caller?: AbortSignal, deadline?: AbortSignal, timeoutMs?: number): LinkedSignal {
  const controller = new AbortController();
  let why: AbortCause | undefined;
  const fire = (cause: AbortCause, reason: unknown) => {
    if (why) return;
    why = cause;
    controller.abort(reason);
  };
  const onCaller = () => fire("caller", caller?.reason);
  const onDeadline = () => fire("deadline", deadline?.reason);
  if (caller?.aborted) onCaller();
  else caller?.addEventListener("abort", onCaller);
  if (deadline?.aborted) onDeadline();
  else deadline?.addEventListener("abort", onDeadline);
  const timer =
    timeoutMs !== undefined && timeoutMs > 0 && !why
      ? setTimeout(() => fire("timeout", new DOMException("attempt timed out", "TimeoutError")), timeoutMs)
      : undefined;
  return {
    signal: controller.signal,
    cause: () => why,
    clear() {
      clearTimeout(timer);
      caller?.removeEventListener("abort", onCaller);
      deadline?.removeEventListener("abort", onDeadline);
    },
  };
}

/** A signal that fires `ms` from now; `clear()` stops the timer. */
export function deadlineSignal(ms: number): { signal: AbortSignal; clear(): void } {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException("deadline exceeded", "TimeoutError")), ms);
  return { signal: controller.signal, clear: () => clearTimeout(timer) };
}

/** Waits `ms`, or rejects with the signal's reason as soon as any signal fires. */
export function sleep(ms: number, ...signals: (AbortSignal | undefined)[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const live = signals.filter((s): s is AbortSignal => !!s);
    const fired = live.find((s) => s.aborted);
    if (fired) return reject(fired.reason);
    const done = () => {
      clearTimeout(timer);
      for (const s of live) s.removeEventListener("abort", onAbort);
    };
    const onAbort = (event: Event) => {
      done();
      reject((event.target as AbortSignal).reason);
    };
    const timer = setTimeout(() => {
      done();
      resolve();
    }, ms);
    for (const s of live) s.addEventListener("abort", onAbort, { once: true });
  });
}
