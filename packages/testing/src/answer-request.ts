import { exchange, logFailure, settle } from "./exchange";
import type { Credentials } from "./options";
import type { Runtime } from "./runtime";
import { webAnswer } from "./web-response";

/**
 * Answers a fetch `Request` as the fake's socket would: the same record, faults and ledger, with
 * the path taken below `basePath`. Resolves `"network-error"` where a socket would give no
 * response at all (a reset before any byte, a stall, a closed fake).
 */
export async function answerRequest<S, A extends Credentials>(
  rt: Runtime<S, A>,
  request: Request,
  basePath: string,
): Promise<Response | "network-error"> {
  const url = new URL(request.url);
  const target = `${url.pathname.slice(basePath.length) || "/"}${url.search}`;
  if (rt.lifecycle.signal.aborted) return "network-error";
  try {
    const raw = {
      method: request.method,
      url: target,
      headers: headersOf(request),
      body: await request.text(),
    };
    const answered = await exchange(rt, raw);
    if (!answered) return "network-error";
    const { delivery } = answered;
    const signal =
      delivery === "stall" || delivery === "slow-body" ? anyOf(request.signal, rt) : rt.lifecycle.signal;
    const { response, status } = await webAnswer(answered.response, delivery, signal);
    settle(rt, answered, status);
    return response;
  } catch (error) {
    logFailure(rt, request.method, target, error);
    return new Response(null, { status: 500, headers: rt.cors });
  }
}

/** Whether `url` is under `basePath` (the fake's), so that the fake answers it. */
export function isUnder(url: string, basePath: string): boolean {
  const { pathname } = new URL(url);
  return pathname === basePath || pathname.startsWith(`${basePath}/`) || basePath === "";
}

function headersOf(request: Request): Record<string, string> {
  const out: Record<string, string> = {};
  request.headers.forEach((value, name) => (out[name] = value));
  return out;
}

/** Aborts when the client gives up or the fake closes, whichever comes first. */
function anyOf<S, A extends Credentials>(signal: AbortSignal, rt: Runtime<S, A>): AbortSignal {
  return AbortSignal.any([signal, rt.lifecycle.signal]);
}
