import type { SpecDriftError } from "../errors/classes.js";

/**
 * What every hook event says. `url` is the operation's redacted URL template and `path` its path
 * template; no header or credential is ever passed.
 */
export interface HookEvent {
  method: string;
  url: string;
  /** The operation's path template, as the spec writes it (`/v1/users/{userId}`). */
  path: string;
  /** The attempt, from 1; a replay after a token refresh and every retry count as attempts. 0: nothing was sent. */
  attempt: number;
  /** Tells the events of one call from those of another running at the same time. */
  callId: number;
}

/** What a response says, as the events that follow one carry it. */
export interface ResponseEvent extends HookEvent {
  status: number;
  durationMs: number;
  /** The provider's request id, from the response headers the spec names (`x-errors.requestIdHeaders`), redacted. */
  requestId?: string;
  /** True when this response is the call's result: no retry, no replay and no error follows it. */
  final: boolean;
}

/** Observers of every attempt. */
export interface Hooks {
  /** Before each attempt is sent; `waitedMs` is the pacing wait it had just before, if any. */
  onRequest?(event: HookEvent & { waitedMs?: number }): void;
  /** After each attempt that produced a response. */
  onResponse?(event: ResponseEvent): void;
  /**
   * After attempt `attempt` failed, before waiting `delayMs` to send the next one. `reason` is the
   * status (`"503"`, or `"401"` for the replay after a token refresh), `"network"`, `"timeout"` or
   * `"malformed"`; `error` is the failure when the attempt got no usable response.
   */
  onRetry?(event: HookEvent & { delayMs: number; reason: string; requestId?: string; error?: Error }): void;
  /**
   * When the call ends with an error: the typed `ClienteleError` it throws (redacted), or the
   * caller's abort reason. `attempt` is the number of attempts made (0 when it failed before any).
   */
  onError?(event: HookEvent & { error: unknown; requestId?: string }): void;
  /**
   * A response that differs from the spec, with `validateResponses` on: in `"warn"` mode the call
   * still returns its data (without this hook or a logger, the drift is printed with
   * `console.warn`); in `"throw"` mode `drift` is then thrown.
   */
  onDrift?(event: HookEvent & { status: number; drift: SpecDriftError }): void;
}

export const HOOK_NAMES = ["onRequest", "onResponse", "onRetry", "onError", "onDrift"] as const;

/**
 * One set of hooks calling every given set in order (a logger's, a tracer's, the caller's); a hook
 * no set defines stays absent, so a client without observers builds no event.
 */
export function mergeHooks(all: readonly Hooks[]): Hooks {
  const merged: Record<string, (event: never) => void> = {};
  for (const name of HOOK_NAMES) {
    const fns = all.map((hooks) => hooks[name]).filter((fn) => fn !== undefined) as ((e: never) => void)[];
    if (fns.length == 1) merged[name] = fns[0]!;
    else if (fns.length > 1) merged[name] = (event) => fns.forEach((fn) => fn(event));
  }
  return merged;
}
