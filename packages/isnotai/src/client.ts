import { ValidationError, createProviderClient } from "@clientele/core";
import type { IsNotAiClient, IsNotAiClientOptions as SpecOptions } from "./generated/client.js";
import { metadata, type PageItems } from "./generated/metadata.js";
import type { paths } from "./generated/openapi.js";

/** The regions Not AI runs in: `us` is `https://api.isnotai.com`, `eu` is `https://api-eu.isnotai.com`. */
export type IsNotAiRegion = "us" | "eu";

export interface IsNotAiClientOptions extends SpecOptions {
  /**
   * The region the key was minted in. A key only works on its own region's host and does not say
   * which one that is, so tell the client. Ignored when `baseUrl` is given. @default "us"
   */
  region?: IsNotAiRegion;
  /**
   * How the key is sent. The edge rate limiter tells callers apart by `Authorization`, so every
   * `x-api-key` caller of a tier shares one bucket: keep the default unless a proxy strips
   * `Authorization`.
   * @default "bearer"
   */
  sendKeyAs?: "bearer" | "x-api-key";
}

/** The spec's security alternative each `sendKeyAs` picks. */
const SCHEMES = { bearer: "bearerAuth", "x-api-key": "apiKeyHeader" } as const;

/**
 * Creates a typed client for the Not AI API. Options are checked before anything is sent: a key
 * that is not an `aik_v1_` key, an unknown region or `sendKeyAs` throw a `ValidationError`.
 * @example
 * const client = createIsNotAiClient({ apiKey: process.env.ISNOTAI_API_KEY!, region: "eu" });
 * for await (const user of client.paginate("/v1/users", { params: { query: { pageSize: 100 } } })) {
 *   console.log(user.userId, user.riskLevel);
 * }
 */
export function createIsNotAiClient(options: IsNotAiClientOptions): IsNotAiClient {
  const { region = "us", sendKeyAs = "bearer", ...rest } = options;
  if (region !== "us" && region !== "eu") throw invalid("region", `"us" or "eu"`, region);
  if (!Object.hasOwn(SCHEMES, sendKeyAs)) throw invalid("sendKeyAs", `"bearer" or "x-api-key"`, sendKeyAs);
  // The spec's servers are described "US" and "EU"; core picks one by its description.
  return createProviderClient<paths, PageItems>(metadata, { ...rest, server: region }, [SCHEMES[sendKeyAs]]);
}

const invalid = (field: string, allowed: string, got: unknown) =>
  new ValidationError(`${field} must be ${allowed} (got ${JSON.stringify(got)})`, field, "enum");
