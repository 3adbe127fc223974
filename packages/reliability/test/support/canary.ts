import { inspect } from "node:util";
import type { ClientOptions, HookEvent, Hooks } from "@clientele/core";
import { expect } from "vitest";
import { count } from "./tally";

/** A line a client logged, with its fields. */
export interface LogLine {
  line: string;
  fields?: object;
}

/**
 * Client options that keep everything a client reports, for the search: every hook event
 * (`onError` included) and every debug log line with its fields.
 */
export function recordingHooks(): {
  observers: Pick<ClientOptions, "hooks" | "logger" | "logLevel">;
  events: (HookEvent | LogLine)[];
} {
  const events: (HookEvent | LogLine)[] = [];
  const keep = (event: HookEvent) => void events.push(event);
  const log = (line: string, fields?: object) => void events.push({ line, fields });
  const hooks: Hooks = { onRequest: keep, onResponse: keep, onRetry: keep, onError: keep };
  const logger = { debug: log, info: log, warn: log, error: log };
  return { observers: { hooks, logger, logLevel: "debug" }, events };
}

/**
 * Every way a user might log an error: `String(e)`, `message`, `stack`, `JSON.stringify`,
 * `util.inspect` (deep, hidden properties too), and the same for each link of its `cause` chain.
 */
export function serialisations(error: unknown): [how: string, text: string][] {
  const out: [string, string][] = [];
  let link: unknown = error;
  for (let depth = 0; link !== undefined && link !== null && depth < 10; depth++) {
    const at = depth ? `cause${".cause".repeat(depth - 1)} ` : "";
    const e = link as { message?: unknown; stack?: unknown; cause?: unknown };
    out.push([`${at}String()`, String(link)]);
    out.push([`${at}message`, String(e.message)]);
    out.push([`${at}stack`, String(e.stack)]);
    out.push([`${at}JSON.stringify`, JSON.stringify(link) ?? ""]);
    out.push([`${at}util.inspect`, inspect(link, { depth: 10 })]);
    out.push([`${at}util.inspect showHidden`, inspect(link, { depth: 10, showHidden: true })]);
    link = typeof link === "object" ? e.cause : undefined;
  }
  return out;
}

/**
 * Searches every text for every secret; counts what it searched and every leak it finds, then
 * fails naming where each leak was.
 */
export function expectNoSecrets(
  texts: readonly [how: string, text: string][],
  secrets: readonly string[],
): void {
  const leaks = texts.flatMap(([how, text]) =>
    secrets.filter((secret) => text.includes(secret)).map((secret) => `${how} holds ${secret.slice(0, 8)}…`),
  );
  count("serialisationsSearched", texts.length);
  count("leaked", leaks.length);
  expect(leaks).toEqual([]);
}

/** The hook events and log lines as a user would log them (an error in an event, as `inspect` shows it). */
export function hookTexts(events: readonly (HookEvent | LogLine)[]): [string, string][] {
  return events.map((event, i) => [
    "line" in event ? `log line ${i}` : `hook event ${i}`,
    `${JSON.stringify(event)} ${inspect(event, { depth: 10 })}`,
  ]);
}
