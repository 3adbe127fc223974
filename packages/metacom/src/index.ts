// what every provider package exports: the spec's types, its operations' errors, core's public API
export * from "./generated/exports.js";
// the factory, its options and the spec's methods (createLongLivedToken, getUser), all generated
export { createMetacomClient } from "./generated/client.js";
export type { MetacomClient, MetacomClientOptions } from "./generated/client.js";

import type { components } from "./generated/openapi.js";
/** A Metacom user, as `GET /users` and `GET /users/{userId}` return it. */
export type User = components["schemas"]["User"];
/** A newly minted long-lived token. */
export type LongLivedToken = components["schemas"]["LongLivedToken"];
