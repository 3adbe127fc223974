/**
 * The Cloudflare Worker run by workerd, bundled as a Worker would be deployed (conditions `workerd`,
 * `worker`, `browser`; no Node compatibility flag). `POST /scenario` runs a plan against the fakes
 * through the outbound network (loopback only); `POST /webhook` is a Mercury webhook receiver that
 * answers 204 to a valid signature and 401 otherwise.
 */
import { verifyWebhookSignature } from "@clientele/mercury";
import type { Plan } from "./plan";
import { runScenario } from "./scenario";

interface Env {
  /** The webhook's shared key (a text binding). */
  readonly WEBHOOK_SECRET: string;
  /** workerd's version, as the harness read it from the binary (a text binding). */
  readonly WORKERD_VERSION: string;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const { pathname } = new URL(request.url);
    if (request.method === "POST" && pathname === "/webhook") {
      const ok = await verifyWebhookSignature(
        await request.text(),
        request.headers.get("x-hub-signature"),
        env.WEBHOOK_SECRET,
      );
      return new Response(null, { status: ok ? 204 : 401 });
    }
    if (request.method === "POST" && pathname === "/scenario") {
      try {
        const plan = (await request.json()) as Plan;
        return Response.json(await runScenario(plan, `workerd ${env.WORKERD_VERSION}`, { "*": "bundled" }));
      } catch (error) {
        return Response.json({ fatal: String((error as Error)?.stack ?? error) }, { status: 500 });
      }
    }
    return new Response("not found", { status: 404 });
  },
};
