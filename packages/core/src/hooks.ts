/** Observers of every attempt. URLs are redacted; no header or credential is ever passed. */
export interface Hooks {
  /** Before each attempt is sent. */
  onRequest?(event: { method: string; url: string; attempt: number }): void;
  /** After each attempt that produced a response. */
  onResponse?(event: {
    method: string;
    url: string;
    attempt: number;
    status: number;
    durationMs: number;
  }): void;
  /** Before waiting to retry. `reason` is a status (`"503"`), `"network"`, `"timeout"` or `"malformed"`. */
  onRetry?(event: { method: string; url: string; attempt: number; delayMs: number; reason: string }): void;
}
