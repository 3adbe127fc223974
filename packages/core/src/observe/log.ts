import { readEnv } from "./env.js";
import type { Hooks } from "../request/hooks.js";
import type { Redact } from "../security/redact.js";

/** Where a client writes its log lines; `console` is one. */
export interface Logger {
  debug(message: string, fields?: object): void;
  info(message: string, fields?: object): void;
  warn(message: string, fields?: object): void;
  error(message: string, fields?: object): void;
}

/**
 * How much a client logs: `debug` every attempt and response, `info` retries, `warn` a call whose
 * result is an error status, `error` a call that throws; `silent` nothing.
 */
export type LogLevel = "debug" | "info" | "warn" | "error" | "silent";

export const LOG_LEVELS: readonly LogLevel[] = ["debug", "info", "warn", "error", "silent"];

/** What a log line says, for a structured logger: the line holds the same as `key=value` pairs. */
export interface LogFields {
  provider: string;
  event: "attempt" | "response" | "retry" | "failure" | "drift";
  callId: number;
  method: string;
  path: string;
  attempt: number;
  status?: number;
  durationMs?: number;
  requestId?: string;
  delayMs?: number;
  waitedMs?: number;
  reason?: string;
  /** The class of the error: `NetworkError`, `TimeoutError`, … */
  error?: string;
  /** The error's message, redacted. */
  message?: string;
}

/**
 * The level and logger a client logs with: `logLevel`, else `CLIENTELE_LOG` from the environment
 * (an unknown value is ignored), else `info` when a `logger` is given; nothing otherwise. Without a
 * `logger`, lines go to the `console`, the line alone.
 */
export function resolveLogging(logger: Logger | undefined, logLevel: LogLevel | undefined) {
  const env = readEnv("CLIENTELE_LOG")?.trim().toLowerCase() as LogLevel | undefined;
  const level = logLevel ?? (env && LOG_LEVELS.includes(env) ? env : logger ? "info" : "silent");
  if (level == "silent") return undefined;
  return { level, logger: logger ?? consoleLines(), fields: !!logger };
}

/** The console, one line per event, without the fields (they are in the line). */
const consoleLines = (): Logger => ({
  debug: (line) => console.debug(line),
  info: (line) => console.info(line),
  warn: (line) => console.warn(line),
  error: (line) => console.error(line),
});

type Event = { method: string; path: string; attempt: number; callId: number };
type Extra = Omit<LogFields, keyof Event | "provider" | "event">;

/**
 * Hooks that log one line per attempt, response, retry and failure at or above `level`; only the
 * hooks a level needs are defined, so `info` costs nothing on a call that needs no retry. A line is
 * `[clientele <provider>] <event> <method> <path> attempt=<n>` and the event's `key=value` pairs,
 * redacted once more before it is written.
 */
export function logHooks(
  { level, logger, fields: withFields }: { level: LogLevel; logger: Logger; fields: boolean },
  provider: string,
  redact: Redact,
): Hooks {
  const at = LOG_LEVELS.indexOf(level);
  const write = (method: keyof Logger, event: LogFields["event"], e: Event, extra: Extra) => {
    const { callId, method: verb, path, attempt } = e;
    let line = `[clientele ${provider}] ${event} ${verb} ${path} attempt=${attempt}`;
    for (const [key, value] of Object.entries(extra))
      if (value !== undefined) {
        const text = redact(String(value).replace(/\s+/g, " "));
        (extra as Record<string, unknown>)[key] = typeof value == "string" ? text : value;
        line += ` ${key}=${/[\s"=]/.test(text) ? JSON.stringify(text) : text}`;
      }
    try {
      if (withFields)
        logger[method](line, { provider, event, callId, method: verb, path, attempt, ...extra });
      else logger[method](line);
    } catch {
      // a logger that fails must not fail the call it reports on
    }
  };
  const hooks: Hooks = {};
  // levels: debug 0, info 1, warn 2, error 3
  if (at < 1) hooks.onRequest = (e) => write("debug", "attempt", e, { waitedMs: e.waitedMs });
  if (at < 3)
    hooks.onResponse = (e) => {
      const warn = e.final && e.status >= 400;
      if (warn || at < 1)
        write(warn ? "warn" : "debug", "response", e, {
          status: e.status,
          durationMs: e.durationMs,
          requestId: e.requestId,
        });
    };
  if (at < 2)
    hooks.onRetry = (e) =>
      write("info", "retry", e, {
        reason: e.reason,
        delayMs: e.delayMs,
        requestId: e.requestId,
        error: e.error?.name,
      });
  // validateResponses: "warn" reports here; "throw" too, before the error is thrown
  if (at < 3)
    hooks.onDrift = (e) =>
      write("warn", "drift", e, { status: e.status, error: e.drift.name, message: e.drift.message });
  if (at < 4)
    hooks.onError = (e) => {
      const error = e.error as { name?: unknown; message?: unknown } | undefined;
      write("error", "failure", e, {
        requestId: e.requestId,
        error: typeof error?.name == "string" ? error.name : typeof e.error,
        message: String(error?.message ?? ""),
      });
    };
  return hooks;
}
