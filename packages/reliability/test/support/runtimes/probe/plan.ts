/**
 * What the harness (Node, beside the fakes) hands a runtime, and what the runtime reports back: plain
 * JSON both ways, so it crosses a process, a worker or a page unchanged.
 */

/** The five providers, by package name. */
export type Provider = "isnotai" | "thought-industries" | "sparkwise" | "metacom" | "mercury";

/** One provider's fake, as the runtime under test reaches it. */
export interface ProviderPlan {
  readonly name: Provider;
  /** The fake's URL on 127.0.0.1: it injects faults. */
  readonly baseUrl: string;
  /** A second fake of the provider, without faults, that refuses the canary (so that the 4xx is the answer). */
  readonly refusedUrl: string;
  /** The factory's credential options the fake accepts (`apiKey`; `token` and `environmentId`; `projectId`). */
  readonly credentials: Readonly<Record<string, string>>;
  /** The same options with a canary in place of the key: the fake refuses it (a 4xx). */
  readonly refused: Readonly<Record<string, string>>;
  /** Items per page asked for. */
  readonly pageSize: number;
}

/** A real signed Mercury webhook, and the same body and header spoiled. */
export interface WebhookPlan {
  readonly body: string;
  /** `x-hub-signature`: `t=<unix seconds>,sig=<hex>` over `<t>:<body>`. */
  readonly header: string;
  readonly secret: string;
  readonly tamperedBody: string;
  readonly wrongSecret: string;
}

export interface Plan {
  readonly providers: readonly ProviderPlan[];
  readonly webhook: WebhookPlan;
}

/** How one runtime did with one provider. */
export interface ProviderReport {
  readonly name: Provider;
  /** The ids `paginate` yielded, in order. */
  readonly ids: readonly string[];
  /** `onRetry` calls of the walk. */
  readonly retries: number;
  /** What the refused call threw. */
  readonly error: {
    readonly name: string;
    readonly status: number | undefined;
    /** `isApiError(error)` and `error instanceof ApiError`, both from the package. */
    readonly typed: readonly [guard: boolean, instance: boolean];
    /** Every way the runtime can print it: `[how, text]`. */
    readonly texts: readonly (readonly [string, string])[];
  };
}

export interface Report {
  /** The runtime's own name for itself and its version, e.g. `node 22.23.5`. */
  readonly runtime: string;
  /** Where each package was loaded from, as the runtime resolved it ("bundled" when a bundler did). */
  readonly resolved: Readonly<Record<string, string>>;
  readonly providers: readonly ProviderReport[];
  /** `verifyWebhookSignature` of the signed body, of the tampered body, under the wrong secret. */
  readonly webhook: readonly [valid: boolean, tampered: boolean, wrongSecret: boolean];
}
