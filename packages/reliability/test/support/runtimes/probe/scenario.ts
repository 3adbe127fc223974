/**
 * What every runtime is asked to do with the built packages: only `fetch`, timers and WebCrypto,
 * nothing of Node's. Bundled for a worker and a page; compiled with the packages left as imports
 * (ESM) or requires (CommonJS) for the runtimes that resolve them themselves.
 */
import * as isnotai from "@clientele/isnotai";
import * as mercury from "@clientele/mercury";
import * as metacom from "@clientele/metacom";
import * as sparkwise from "@clientele/sparkwise";
import * as thoughtIndustries from "@clientele/thought-industries";
import type { Plan, Provider, ProviderPlan, ProviderReport, Report } from "./plan";

/** A provider's package as the scenario uses it: its client's user list, and its error class and guard. */
interface Walker {
  list(options: Record<string, unknown>, pageSize: number): AsyncIterable<unknown>;
  idOf(item: unknown): string;
  readonly ApiError: abstract new (...args: never[]) => Error;
  isApiError(value: unknown): boolean;
}

const WALKERS: Record<Provider, Walker> = {
  isnotai: {
    list: (options, pageSize) =>
      isnotai
        .createIsNotAiClient(options as never)
        .paginate("/v1/users", { params: { query: { pageSize } } }),
    idOf: (item) => (item as { userId: string }).userId,
    ApiError: isnotai.ApiError,
    isApiError: isnotai.isApiError,
  },
  "thought-industries": {
    list: (options) =>
      thoughtIndustries.createThoughtIndustriesClient(options as never).paginate("/users", { params: {} }),
    idOf: (item) => (item as { id: string }).id,
    ApiError: thoughtIndustries.ApiError,
    isApiError: thoughtIndustries.isApiError,
  },
  sparkwise: {
    list: (options, pageSize) =>
      sparkwise
        .createSparkwiseClient(options as never)
        .paginate("/users", { params: { query: { pageSize } } }),
    idOf: (item) => (item as { remoteId: string }).remoteId,
    ApiError: sparkwise.ApiError,
    isApiError: sparkwise.isApiError,
  },
  metacom: {
    list: (options, limit) =>
      metacom.createMetacomClient(options as never).paginate("/users", { params: { query: { limit } } }),
    idOf: (item) => (item as { _id: string })._id,
    ApiError: metacom.ApiError,
    isApiError: metacom.isApiError,
  },
  mercury: {
    list: (options, limit) => mercury.createMercuryClient(options as never).listBotUsers({ limit }),
    idOf: (item) => (item as { userId: string }).userId,
    ApiError: mercury.ApiError,
    isApiError: mercury.isApiError,
  },
};

const RETRY = { retries: 8, baseDelayMs: 1, maxDelayMs: 20 };

/** A way the runtime can print a value (Node's and Bun's `util.inspect`, `Deno.inspect`), if it has one. */
export type Inspect = (value: unknown) => string;

/** Runs the plan: the five providers at once, then the webhook checks. */
export async function runScenario(
  plan: Plan,
  runtime: string,
  resolved: Record<string, string>,
  inspect?: Inspect,
): Promise<Report> {
  const providers = await Promise.all(plan.providers.map((p) => runProvider(p, inspect)));
  const { body, header, secret, tamperedBody, wrongSecret } = plan.webhook;
  const webhook = [
    await mercury.verifyWebhookSignature(body, header, secret),
    await mercury.verifyWebhookSignature(tamperedBody, header, secret),
    await mercury.verifyWebhookSignature(body, header, wrongSecret),
  ] as const;
  return { runtime, resolved, providers, webhook };
}

async function runProvider(plan: ProviderPlan, inspect: Inspect | undefined): Promise<ProviderReport> {
  const walker = WALKERS[plan.name];
  let retries = 0;
  const options = (credentials: Readonly<Record<string, string>>, baseUrl: string) => ({
    ...credentials,
    baseUrl,
    retry: RETRY,
    timeoutMs: 5_000,
    hooks: { onRetry: () => void retries++ },
  });
  const ids: string[] = [];
  for await (const item of walker.list(options(plan.credentials, plan.baseUrl), plan.pageSize))
    ids.push(walker.idOf(item));
  const walked = retries;
  try {
    for await (const _ of walker.list(options(plan.refused, plan.refusedUrl), plan.pageSize));
    throw new Error(`${plan.name}: the refused key was accepted`);
  } catch (error) {
    const e = error as { name: string; status?: number };
    const typed = [walker.isApiError(error), error instanceof walker.ApiError] as const;
    const report = { name: e.name, status: e.status, typed, texts: texts(error, inspect) };
    return { name: plan.name, ids, retries: walked, error: report };
  }
}

/** `String()`, `message`, `stack`, `JSON.stringify` and the runtime's inspector, for the error and each cause. */
function texts(error: unknown, inspect: Inspect | undefined): [string, string][] {
  const out: [string, string][] = [];
  let link: unknown = error;
  for (let depth = 0; link !== null && typeof link === "object" && depth < 10; depth++) {
    const at = depth ? `cause${".cause".repeat(depth - 1)} ` : "";
    const e = link as { message?: unknown; stack?: unknown; cause?: unknown };
    out.push(
      [`${at}String()`, String(link)],
      [`${at}message`, String(e.message)],
      [`${at}stack`, String(e.stack)],
    );
    out.push([`${at}JSON.stringify`, JSON.stringify(link) ?? ""]);
    if (inspect) out.push([`${at}inspect`, inspect(link)]);
    link = e.cause;
  }
  return out;
}
