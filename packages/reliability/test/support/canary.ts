import { inspect } from "node:util";
import type { HookEvent, Hooks } from "@clientele/core";
import { expect } from "vitest";
import { count } from "./tally";

/** Hooks that keep every event they see, for the search. */
export function recordingHooks(): { hooks: Hooks; events: HookEvent[] } {
  const events: HookEvent[] = [];
  const keep = (event: HookEvent) => void events.push(event);
  return { hooks: { onRequest: keep, onResponse: keep, onRetry: keep }, events };
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

/** The hook events as a user would log them. */
export function hookTexts(events: readonly HookEvent[]): [string, string][] {
  return events.map((event, i) => [`hook event ${i}`, `${JSON.stringify(event)} ${inspect(event)}`]);
}
