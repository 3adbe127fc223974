import type { components } from "./generated/openapi.js";

/**
 * A Thought Industries client: a Panorama sub-tenant with its own catalog, licences and branding
 * (the spec's `Client` schema, what `clientId`, `clientSku` and a user's `client` refer to). Named
 * so that it cannot be taken for the API client, which is `ThoughtIndustriesClient`.
 */
export type ClientAccount = components["schemas"]["Client"];

/**
 * The spec's `Client` schema, a client account.
 * @deprecated Use `ClientAccount`: `Client` reads as the API client, which is `ThoughtIndustriesClient`.
 */
export type Client = ClientAccount;

/**
 * The body of a 429 (the spec's `RateLimitError` schema, whose name the `RateLimitError` class
 * takes in this package's exports).
 */
export type RateLimitErrorBody = components["schemas"]["RateLimitError"];
