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

/** What a log line says besides its text, for a structured logger. */
export interface LogFields {
  provider: string;
  event: "attempt" | "response" | "retry" | "failure";
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
  error?: string;
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

const rank = (level: LogLevel) => LOG_LEVELS.indexOf(level);

/**
 * Hooks that log one line per attempt, response, retry and failure at or above `level`; only the
 * hooks a level needs are defined, so `info` costs nothing on a call that needs no retry. Every
 * line is redacted once more before it is written.
 */
export function logHooks(
  { level, logger, fields: withFields }: { level: LogLevel; logger: Logger; fields: boolean },
  provider: string,
  redact: Redact,
): Hooks {
  const at = rank(level);
  const write = (method: keyof Logger, line: string, fields: LogFields) => {
    const text = redact(`[clientele ${provider}] ${line.replace(/\s+/g, " ")}`);
    try {
      if (withFields) logger[method](text, fields);
      else logger[method](text);
    } catch {
      // a logger that fails must not fail the call it reports on
    }
  };
  const base = (
    e: { method: string; path: string; attempt: number; callId: number },
    event: LogFields["event"],
  ) =>
    ({ provider, event, callId: e.callId, method: e.method, path: e.path, attempt: e.attempt }) as LogFields;
  const hooks: Hooks = {};
  if (at <= rank("debug"))
    hooks.onRequest = (e) => {
      const waited = e.waitedMs ? ` after a ${e.waitedMs} ms pacing wait` : "";
      write("debug", `${e.method} ${e.path} attempt ${e.attempt}${waited}`, {
        ...base(e, "attempt"),
        waitedMs: e.waitedMs,
      });
    };
  if (at <= rank("warn"))
    hooks.onResponse = (e) => {
      const warn = e.final && e.status >= 400;
      if (!warn && at > rank("debug")) return;
      const id = e.requestId ? `, request id ${e.requestId}` : "";
      const line = `${e.method} ${e.path} ${e.status} in ${e.durationMs} ms (attempt ${e.attempt}${id})`;
      write(warn ? "warn" : "debug", line, {
        ...base(e, "response"),
        status: e.status,
        durationMs: e.durationMs,
        requestId: e.requestId,
      });
    };
  if (at <= rank("info"))
    hooks.onRetry = (e) => {
      const id = e.requestId ? `, request id ${e.requestId}` : "";
      const line = `${e.method} ${e.path} attempt ${e.attempt} failed (${e.reason}${id}); retrying in ${e.delayMs} ms`;
      write("info", line, {
        ...base(e, "retry"),
        reason: e.reason,
        delayMs: e.delayMs,
        requestId: e.requestId,
        error: (e.error as Error | undefined)?.name,
      });
    };
  if (at <= rank("error"))
    hooks.onError = (e) => {
      const error = e.error as { name?: unknown; message?: unknown } | undefined;
      const name = typeof error?.name == "string" ? error.name : typeof e.error;
      const id = e.requestId ? ` (request id ${e.requestId})` : "";
      const line = `${e.method} ${e.path} failed after ${e.attempt} attempt${e.attempt == 1 ? "" : "s"}${id}: ${name}: ${String(error?.message ?? "")}`;
      write("error", line, { ...base(e, "failure"), requestId: e.requestId, error: name });
    };
  return hooks;
}
