import { createHmac, randomBytes } from "node:crypto";
import type { FaultKind, FaultScript } from "@clientele/testing";
import { SUBJECTS, type Fake } from "../subjects";
import type { Plan, Provider, ProviderPlan, WebhookPlan } from "./probe/plan";

/** Every fault a walk must survive (a stall or a redirect ends a call, not a page). */
export const MATRIX_FAULTS: readonly FaultKind[] = [
  "503",
  "reset",
  "html-200",
  "429",
  "truncated",
  "slow-body",
  "502",
  "500",
  "504",
];
/** Each kind once, every other request, in every fake of every run: 9 faults in the first 17 requests. */
const SCRIPT: FaultScript = MATRIX_FAULTS.flatMap((kind, i) => (i ? ["ok", kind] : [kind]));
const ITEMS = 120;
/** 12 pages of every list (Thought Industries' page size is the instance's: set on its state). */
const PAGE_SIZE = 10;

/** The credential options each factory takes, from what the fake accepts; `key` is the one a canary replaces. */
const CREDENTIALS: Record<Provider, { key: string; of(fake: Fake): Record<string, string> }> = {
  isnotai: { key: "apiKey", of: (f) => ({ apiKey: auth<{ keys: { us: { pro: string } } }>(f).keys.us.pro }) },
  "thought-industries": { key: "apiKey", of: (f) => ({ apiKey: auth<{ apiKey: string }>(f).apiKey }) },
  sparkwise: { key: "apiKey", of: (f) => ({ apiKey: auth<{ apiKey: string }>(f).apiKey }) },
  metacom: {
    key: "token",
    of: (f) => {
      const { token, environmentId } = auth<{ token: string; environmentId: string }>(f);
      return { token, environmentId };
    },
  },
  mercury: {
    key: "apiKey",
    of: (f) => ({
      apiKey: auth<{ apiKey: string }>(f).apiKey,
      projectId: (f.server.state as { projectId: string }).projectId,
    }),
  },
};

function auth<A>(fake: Fake): A {
  return fake.server.auth as A;
}

/** One provider's fake for one run (the faulted one), and what the runtime must not print. */
export interface RunFake {
  readonly fake: Fake;
  /** The credentials both fakes accept, and the refused canary. */
  readonly secrets: readonly string[];
}

/** The five fakes of one run (every fault kind scripted) and the plan that points a runtime at them. */
export interface RunFakes {
  readonly plan: Plan;
  readonly fakes: ReadonlyMap<Provider, RunFake>;
}

/** Starts the five fakes of one run; they close after the test file (and their ledgers are counted). */
export async function startRunFakes(seed: number): Promise<RunFakes> {
  const started = await Promise.all(
    SUBJECTS.map(async ({ name, start, canary }) => {
      const [fake, clean] = await Promise.all([
        start({ items: ITEMS, seed, faults: SCRIPT }),
        start({ items: 1, seed }),
      ]);
      if (name === "thought-industries")
        (fake.server.state as { settings: { perPage: number } }).settings.perPage = PAGE_SIZE;
      const { key, of } = CREDENTIALS[name];
      const credentials = of(fake);
      const refusedKey = canary();
      const plan: ProviderPlan = {
        name,
        baseUrl: fake.server.url,
        refusedUrl: clean.server.url,
        credentials,
        refused: { ...credentials, [key]: refusedKey },
        pageSize: PAGE_SIZE,
      };
      return { plan, run: { fake, secrets: [...fake.secrets, ...clean.secrets, refusedKey] } };
    }),
  );
  return {
    plan: { providers: started.map((s) => s.plan), webhook: signedWebhook() },
    fakes: new Map(started.map((s) => [s.plan.name, s.run])),
  };
}

/** A Mercury webhook as Mercury signs it: `t=<now>,sig=<hex HMAC-SHA256 of "<t>:<body>">`. */
export function signedWebhook(secret = `whsec_${randomBytes(12).toString("hex")}`): WebhookPlan {
  const body = JSON.stringify({
    event: "user.updated",
    projectId: "3f2b8c1e",
    userId: "u-42",
    at: Date.now(),
  });
  const t = Math.floor(Date.now() / 1000);
  const sig = createHmac("sha256", secret).update(`${t}:${body}`).digest("hex");
  return {
    body,
    header: `t=${t},sig=${sig}`,
    secret,
    tamperedBody: body.replace("u-42", "u-43"),
    wrongSecret: `whsec_${randomBytes(12).toString("hex")}`,
  };
}
