/** A signal that follows a parent signal and also fires on its own after a time limit. */
export interface LinkedSignal {
  readonly signal: AbortSignal;
  /** True once it fired because its own time limit passed (not because the parent fired). */
  timedOut(): boolean;
  /** Stops the timer and detaches from the parent; call when the scope is over. */
  clear(): void;
}

/** A `LinkedSignal` that may have no signal at all: no parent, and no time limit. */
export type Scope = Omit<LinkedSignal, "signal"> & { readonly signal: AbortSignal | undefined };

/**
 * A signal that fires when `parent` fires, or `ms` from now (no limit when `ms` is absent or 0).
 * Timers use `setTimeout`, so tests can control them.
 */
export function link(parent: AbortSignal | undefined, ms?: number): LinkedSignal {
  const controller = new AbortController();
  let expired = false;
  const follow = () => controller.abort(parent!.reason);
  if (parent?.aborted) follow();
  else parent?.addEventListener("abort", follow);
  const timer =
    ms! > 0
      ? setTimeout(() => {
          expired = !controller.signal.aborted;
          controller.abort(new DOMException(`timed out after ${ms} ms`, "TimeoutError"));
        }, ms)
      : undefined;
  return {
    signal: controller.signal,
    timedOut: () => expired,
    clear() {
      clearTimeout(timer);
      parent?.removeEventListener("abort", follow);
    },
  };
}

/**
 * `link`, except that without a time limit of its own it is the parent itself (or nothing): on
 * Node 20 an `AbortController` and a listener on the parent cost several µs per call, and a
 * signal that only follows another adds nothing. Calls and attempts use it.
 */
export function scopeOf(parent: AbortSignal | undefined, ms?: number): Scope {
  return ms! > 0 ? link(parent, ms) : { signal: parent, timedOut: () => false, clear: () => undefined };
}

/** Waits `ms`, or rejects with the signal's reason as soon as it fires. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    if (signal?.aborted) return stop();
    timer = setTimeout(() => {
      signal?.removeEventListener("abort", stop);
      resolve();
    }, ms);
    signal?.addEventListener("abort", stop, { once: true });
  });
}
