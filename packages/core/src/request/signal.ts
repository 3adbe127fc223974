/** The end of a whole call: the caller's signal, and the deadline. */
export interface Scope {
  /** The signal for pacing and backoff waits, and the parent of each attempt's limit. */
  readonly signal: AbortSignal | undefined;
  /** Why it fired: the caller's reason, or a `TimeoutError` `DOMException`. */
  readonly reason: unknown;
  /** True once it fired because its own time ran out (not because the parent fired). */
  timedOut(): boolean;
  /** Stops the timer and detaches from the parent; call when the work is over. */
  clear(): void;
}

/**
 * The end of one attempt: when its parent (the call's scope) fires, or `ms` from now. Core
 * enforces it itself (`race`), whatever the `fetch` does with the signal it is given.
 */
export interface Limit extends Scope {
  /**
   * A signal that fires with the limit: the parent itself when the limit has no time of its own,
   * else one made on first read (a `fetch` that never looks at it costs no `AbortController`).
   * Undefined when nothing can end the work.
   */
  readonly signal: AbortSignal | undefined;
  /** `{ signal }`, the second argument of `fetch`; undefined when nothing can end the work. */
  readonly init: { readonly signal?: AbortSignal } | undefined;
  /** Whether it fired, for either reason. */
  readonly aborted: boolean;
  /**
   * `pending`'s outcome, or a rejection with the reason as soon as the limit fires, whichever comes
   * first: the work ends on time whatever `fetch` does with its signal. One race per limit.
   */
  race<T>(pending: Promise<T>): Promise<T>;
  /** Throws the reason if it fired: nothing may be sent after that. */
  check(): void;
}

const NONE: Limit = {
  signal: undefined,
  init: undefined,
  aborted: false,
  reason: undefined,
  race: (pending) => pending,
  timedOut: () => false,
  check() {},
  clear() {},
};

const LIMIT = Symbol("limit");

/** The timer's callback takes the limit as its argument: no closure per limit. */
const expire = (limit: TimeLimit) =>
  limit.fire(new DOMException(`timed out after ${limit.ms} ms`, "TimeoutError"), true);

type LimitInit = { readonly [LIMIT]: TimeLimit; readonly signal?: AbortSignal };

/**
 * `init.signal`: an own getter, so that a fetch wrapper that spreads `init` still passes the signal
 * on. It reaches the limit through a property, and one descriptor serves every limit: a getter
 * written in an object literal is a new function for each limit (about 0.5 µs per attempt).
 */
const SIGNAL = {
  enumerable: true,
  get(this: LimitInit): AbortSignal | undefined {
    return this[LIMIT].signal;
  },
};

class TimeLimit implements Limit {
  readonly init = Object.defineProperty<LimitInit>({ [LIMIT]: this }, "signal", SIGNAL);
  aborted = false;
  reason: unknown;
  #expired = false;
  #controller?: AbortController;
  #reject?: (reason: unknown) => void;
  #timer?: ReturnType<typeof setTimeout> | (() => void);

  declare readonly parent: AbortSignal | undefined;
  declare readonly ms: number;

  constructor(parent: AbortSignal | undefined, ms: number) {
    this.parent = parent;
    this.ms = ms;
    if (parent?.aborted) this.fire(parent.reason, false);
    else parent?.addEventListener("abort", this);
    if (ms > 0 && !this.aborted)
      this.#timer = ms > MAX_TIMER ? longTimer(ms, () => expire(this)) : setTimeout(expire, ms, this);
  }

  get signal(): AbortSignal | undefined {
    if (!(this.ms > 0)) return this.parent;
    if (!this.#controller) {
      this.#controller = new AbortController();
      if (this.aborted) this.#controller.abort(this.reason);
    }
    return this.#controller.signal;
  }

  race<T>(pending: Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#reject = reject;
      if (this.aborted) reject(this.reason);
      // subscribed even when already fired: the work's own failure must not go unhandled
      pending.then(resolve, reject);
    });
  }

  timedOut(): boolean {
    return this.#expired;
  }

  check(): void {
    if (this.aborted) throw this.reason;
  }

  clear(): void {
    if (typeof this.#timer == "function") this.#timer();
    else clearTimeout(this.#timer);
    this.parent?.removeEventListener("abort", this);
  }

  /** The parent's "abort" event (the limit is its own listener: no closure per limit). */
  handleEvent(): void {
    this.fire(this.parent!.reason, false);
  }

  fire(reason: unknown, expired: boolean): void {
    if (this.aborted) return;
    this.aborted = true;
    this.#expired = expired;
    this.reason = reason;
    this.#controller?.abort(reason);
    this.#reject?.(reason);
  }
}

/** A call's scope without a deadline: the caller's signal itself, with no timer and no listener. */
class SignalScope implements Scope {
  declare readonly signal: AbortSignal;
  constructor(signal: AbortSignal) {
    this.signal = signal;
  }
  get reason(): unknown {
    return this.signal.reason;
  }
  timedOut(): boolean {
    return false;
  }
  clear(): void {}
}

/**
 * The limit of an attempt: it ends when `parent` fires or `ms` from now (no time limit when `ms` is
 * absent or 0). Timers use `setTimeout`, so tests can control them.
 */
export function limitOf(parent: AbortSignal | undefined, ms = 0): Limit {
  return parent || ms > 0 ? new TimeLimit(parent, ms) : NONE;
}

/** The scope of a call: the caller's signal and the deadline (none when absent or 0). */
export function scopeOf(parent: AbortSignal | undefined, deadlineMs = 0): Scope {
  return deadlineMs > 0 || !parent ? limitOf(parent, deadlineMs) : new SignalScope(parent);
}

/** The longest delay a timer holds: runtimes fire a longer one at once (Node after 1 ms, with a warning). */
export const MAX_TIMER = 2 ** 31 - 1;

/** Calls `done` after `ms`, however long, chaining timers past `MAX_TIMER`; returns a function that cancels it. */
function longTimer(ms: number, done: () => void): () => void {
  const end = Date.now() + ms;
  let timer: ReturnType<typeof setTimeout>;
  const arm = () => {
    const left = end - Date.now();
    if (left > 0) timer = setTimeout(arm, Math.min(left, MAX_TIMER));
    else done();
  };
  timer = setTimeout(arm, MAX_TIMER);
  return () => clearTimeout(timer);
}

/** Waits `ms` (however long: never cut short by a timer's limit), or rejects with the signal's reason as soon as it fires. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    let cancel: (() => void) | undefined;
    const stop = () => {
      cancel?.();
      reject(signal!.reason);
    };
    if (signal?.aborted) return stop();
    const done = () => {
      signal?.removeEventListener("abort", stop);
      resolve();
    };
    if (ms > MAX_TIMER) cancel = longTimer(ms, done);
    else {
      const timer = setTimeout(done, ms);
      cancel = () => clearTimeout(timer);
    }
    signal?.addEventListener("abort", stop, { once: true });
  });
}

/** `pending`, or a rejection with the signal's reason as soon as it fires (the work itself goes on, unobserved). */
export function abortable<T>(pending: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return pending;
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(signal.reason);
    if (signal.aborted) stop();
    else signal.addEventListener("abort", stop, { once: true });
    pending.then(resolve, reject).finally(() => signal.removeEventListener("abort", stop));
  });
}
