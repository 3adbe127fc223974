import { defineProvider, startFakeServer, type FakeResponse, type RouteContext } from "@clientele/testing";
import { track } from "./fakes";

/** A request as the hostile server's answer sees it. */
export type HostileContext = RouteContext<HostileState>;

/** Every header value a request carried that could be a credential, exactly as received. */
export function presented(ctx: HostileContext): string[] {
  return ["authorization", "x-api-key", "environment-id", "cookie"]
    .map((name) => ctx.header(name))
    .filter((value): value is string => !!value);
}

export interface HostileState {
  /** How the next requests are answered; the credentials the request carried are passed in. */
  answer: (ctx: HostileContext) => FakeResponse;
}

/**
 * A server that accepts anything and answers what `state.answer` says: built to echo the
 * credentials it receives back in its bodies, the way a careless debug page or proxy does.
 */
export async function startHostile(paths: readonly string[]) {
  const provider = defineProvider<HostileState, Record<string, never>>({
    name: "hostile",
    defaultAuth: {},
    createState: () => ({ answer: () => ({ status: 204 }) }),
    routes: paths.flatMap((path) =>
      (["GET", "POST"] as const).map((method) => ({
        method,
        path,
        auth: false as const,
        handler: (ctx: HostileContext) => ctx.state.answer(ctx),
      })),
    ),
    authenticate: () => ({ ok: true, principal: "anyone" }),
    rateLimited: () => ({ status: 429 }),
    error: (_ctx, problem) => ({ status: problem.status, body: problem.message }),
  });
  return track(await startFakeServer(provider, { rateLimit: false }));
}
