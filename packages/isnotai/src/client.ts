import {
  type Client,
  type ClientOptions,
  ValidationError,
  bearerAuth,
  createClient,
  headerAuth,
} from "@clientele/core";
import { metadata, type PageItems } from "./generated/metadata.js";
import type { paths } from "./generated/openapi.js";

/** The regions Not AI runs in: `us` is `https://api.isnotai.com`, `eu` is `https://api-eu.isnotai.com`. */
export type IsNotAiRegion = "us" | "eu";

export interface IsNotAiClientOptions extends ClientOptions {
  /** The integration's API key, `aik_v1_…`. It is never part of an error message. */
  apiKey: string;
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

/** A typed Not AI client: openapi-fetch's methods, `paginate` on every list, and core's errors. */
export type IsNotAiClient = Client<paths, PageItems>;

/** The key's shape, as the spec declares it (`x-credential`): `aik_v1_` and an opaque body. */
const KEY_SHAPE = /* @__PURE__ */ new RegExp(metadata.securitySchemes.bearerAuth.credential.pattern);

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
  const { apiKey, region = "us", sendKeyAs = "bearer", ...rest } = options;
  if (typeof apiKey !== "string" || !KEY_SHAPE.test(apiKey)) {
    throw invalid(
      "apiKey",
      "pattern",
      'apiKey must be a Not AI key: "aik_v1_" followed by the key body, no spaces',
    );
  }
  if (region !== "us" && region !== "eu") {
    throw invalid("region", "enum", `region must be "us" or "eu" (got ${JSON.stringify(region)})`);
  }
  if (sendKeyAs !== "bearer" && sendKeyAs !== "x-api-key") {
    throw invalid(
      "sendKeyAs",
      "enum",
      `sendKeyAs must be "bearer" or "x-api-key" (got ${JSON.stringify(sendKeyAs)})`,
    );
  }
  const auth =
    sendKeyAs === "bearer"
      ? bearerAuth(apiKey)
      : headerAuth(metadata.securitySchemes.apiKeyHeader.name, apiKey);
  // The spec's servers are described "US" and "EU"; core picks one by its description.
  return createClient<paths, PageItems>(metadata, { ...rest, server: region, auth });
}

function invalid(field: string, rule: string, message: string): ValidationError {
  return new ValidationError(message, field, rule);
}
