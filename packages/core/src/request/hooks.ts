/** What every hook event says. `url` is the operation's redacted URL template; no header or credential is ever passed. */
export interface HookEvent {
  method: string;
  url: string;
  /** The attempt, from 1; a replay after a token refresh and every retry count as attempts. */
  attempt: number;
}

/** Observers of every attempt. */
export interface Hooks {
  /** Before each attempt is sent (after any pacing wait). */
  onRequest?(event: HookEvent): void;
  /** After each attempt that produced a response. */
  onResponse?(event: HookEvent & { status: number; durationMs: number }): void;
  /**
   * After attempt `attempt` failed, before waiting `delayMs` to send the next one. `reason` is the
   * status (`"503"`, or `"401"` for the replay after a token refresh), `"network"`, `"timeout"` or
   * `"malformed"`.
   */
  onRetry?(event: HookEvent & { delayMs: number; reason: string }): void;
}
