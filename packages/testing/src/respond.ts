import type { Incoming, MutableContext } from "./context";
import { preflight } from "./cors";
import { isStatusFault, type FaultKind } from "./fault-plan";
import { crossOriginRedirect, htmlErrorPage, statusFaultResponse, withRetryAfter } from "./fault-response";
import { queryObject } from "./incoming";
import type { Credentials } from "./options";
import type { Route } from "./provider";
import { withHeaders, type FakeResponse } from "./response";
import type { RouteMatch } from "./router";
import type { Runtime } from "./runtime";

/** How a response goes on the wire: whole, or lost or mangled by a fault. */
export type Delivery = "normal" | "reset" | "stall" | "truncated" | "slow-body";

/** The response decided for a request and how it goes on the wire. */
export interface Outcome {
  readonly response: FakeResponse;
  readonly delivery: Delivery;
}

/**
 * Decides the answer to one request: preflight → route → fault drawn → (status fault answers
 * instead of the handler) → auth → rate limit → body → handler → post-handler fault.
 */
export async function respond<S, A extends Credentials>(
  rt: Runtime<S, A>,
  incoming: Incoming<S, A>,
): Promise<Outcome> {
  const { ctx, entry } = incoming;
  if (ctx.method === "OPTIONS") return plain(preflight());
  const match = rt.router(ctx.method, ctx.path);
  if (match.kind !== "match") return plain(unrouted(ctx, match));
  ctx.route = entry.route = match.route.path;
  ctx.params = match.params;
  const fault = drawFault(rt, incoming);
  if (fault !== undefined && isStatusFault(fault)) return plain(statusFaultResponse(fault, ctx, rt.provider));
  const response = await runRoute(rt, incoming, match.route);
  return afterHandler(rt, incoming.url, response, fault);
}

function unrouted<S, A extends Credentials>(
  ctx: MutableContext<S, A>,
  match: Exclude<RouteMatch<Route<S, A>>, { kind: "match" }>,
): FakeResponse {
  switch (match.kind) {
    case "bad-path":
      return ctx.error(400, "bad_request", "Malformed percent-encoding in path");
    case "not-found":
      return ctx.error(404, "not_found", `No route for ${ctx.method} ${ctx.path}`);
    case "method-not-allowed": {
      const response = ctx.error(405, "method_not_allowed", `${ctx.method} is not allowed on ${ctx.path}`);
      return withHeaders(response, { allow: match.allow.join(", ") });
    }
  }
}

function drawFault<S, A extends Credentials>(
  rt: Runtime<S, A>,
  { ctx, entry }: Incoming<S, A>,
): FaultKind | undefined {
  const query = queryObject(ctx.query);
  const fault = rt.faults.pick({ method: ctx.method, path: ctx.path, route: ctx.route, query });
  if (fault !== undefined) rt.writer.fault(entry, fault);
  return fault;
}

async function runRoute<S, A extends Credentials>(
  rt: Runtime<S, A>,
  { ctx, parsed }: Incoming<S, A>,
  route: Route<S, A>,
): Promise<FakeResponse> {
  if (route.auth !== false) {
    const outcome = rt.provider.authenticate(ctx);
    if (!outcome.ok) return outcome.response;
    ctx.principal = outcome.principal;
  }
  const decision = rt.limiter?.take(ctx.principal ?? "anonymous");
  const limitHeaders = decision ? (rt.provider.rateLimitHeaders?.(decision) ?? {}) : {};
  if (decision && !decision.allowed) {
    return withRetryAfter(
      withHeaders(rt.provider.rateLimited(ctx, decision), limitHeaders),
      decision.retryAfterSeconds,
    );
  }
  if (!parsed.ok) return withHeaders(ctx.error(400, "bad_request", parsed.message), limitHeaders);
  return withHeaders(await runHandler(rt, ctx, route), limitHeaders);
}

async function runHandler<S, A extends Credentials>(
  rt: Runtime<S, A>,
  ctx: MutableContext<S, A>,
  route: Route<S, A>,
): Promise<FakeResponse> {
  try {
    return await route.handler(ctx);
  } catch (error) {
    rt.options.log(
      `#${ctx.seq} handler of ${route.method} ${route.path} threw: ${(error as Error).stack ?? error}`,
    );
    return ctx.error(500, "internal_error", "The fake's handler failed");
  }
}

/** Faults that let the handler run and then lose or mangle its response. */
function afterHandler<S, A extends Credentials>(
  rt: Runtime<S, A>,
  url: string,
  response: FakeResponse,
  fault: FaultKind | undefined,
): Outcome {
  switch (fault) {
    case undefined:
      return plain(response);
    case "html-200":
      return plain(htmlErrorPage());
    case "redirect-cross-origin":
      return plain(crossOriginRedirect(rt.url, url));
    case "reset":
    case "stall":
    case "truncated":
    case "slow-body":
      return { response, delivery: fault };
    default:
      throw new Error(`Unhandled fault kind ${fault}`);
  }
}

function plain(response: FakeResponse): Outcome {
  return { response, delivery: "normal" };
}
