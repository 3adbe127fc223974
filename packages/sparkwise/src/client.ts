import {
  type BatchOptions,
  type BatchResult,
  type ProviderMetadata,
  ValidationError,
  createProviderClient,
  extendClient,
} from "@clientele/core";
import {
  type SparkwiseClient as BaseClient,
  type SparkwiseClientOptions as SpecOptions,
  methods,
} from "./generated/client.js";
import { metadata, type PageItems } from "./generated/metadata.js";
import type { components, paths } from "./generated/openapi.js";
import { type DeactivateBody, applyDeactivateBody } from "./deactivate-body.js";

type Schemas = components["schemas"];

/**
 * A half-open time window: `from` inclusive, `to` exclusive, each a `Date` or an ISO 8601 date-time
 * with an offset (a local time is refused: its instant depends on the machine's time zone). Sent
 * in UTC with a `Z`, as the spec declares (`x-serialize: utc`); `from < to` is checked too.
 */
export type TimeWindow = NonNullable<paths["/clusters"]["get"]["parameters"]["query"]>;

export interface SparkwiseClientOptions<Key extends string = "remoteId"> extends SpecOptions {
  /**
   * The header that carries the key. The spec infers `x-api-key`; the docs do not show it, so it
   * can be changed here without waiting for a new release. @default "x-api-key"
   */
  apiKeyHeader?: string;
  /**
   * The names in the batch deactivate body, `{<property>: [{<key>: …}]}`. The documents lost the
   * property's name and show no member, so the spec's `{users: [{remoteId}]}` is a guess; change
   * either name here without waiting for a new release. `key` is the field each member must carry
   * and by which failures are matched. @default { property: "users", key: "remoteId" }
   */
  deactivateBody?: DeactivateBody<Key>;
}

/**
 * A member of `deactivateUsers`: the spec's `UserRef` (`{remoteId, id?}`), or, with
 * `deactivateBody.key`, an object carrying that key.
 */
export type DeactivateRef<Key extends string = "remoteId"> = Key extends "remoteId"
  ? Schemas["UserRef"]
  : { readonly [K in Key]: string } & Partial<Schemas["UserRef"]>;

/** Every member appears exactly once: in `succeeded`, or in `failed` with the reason. */
export type BatchOutcome<Member> = BatchResult<Member>;

/** Options of the batch helpers: chunks in flight, progress, retries, deadline, signal. */
export type SparkwiseBatchOptions = Omit<BatchOptions, "body">;

/**
 * The typed client: openapi-fetch's methods, `paginate`, and the spec's methods: `listClusters` and
 * `listCompletions` (a window: `from` inclusive, `to` exclusive), `upsertUsers` (matched by
 * `remoteId`) and `deactivateUsers`, each batch in chunks of at most 200.
 */
export type SparkwiseClient<Key extends string = "remoteId"> = Omit<BaseClient, "deactivateUsers"> & {
  /**
   * Deactivates any number of users, in chunks of at most 200. The request body,
   * `{users: [{remoteId}]}`, is a guess (the documents lost its names; see `deactivateBody`), and so
   * is what deactivation does (presumably soft: the user stays listed with `active: false`).
   */
  deactivateUsers(
    users: readonly DeactivateRef<Key>[],
    options?: SparkwiseBatchOptions,
  ): Promise<BatchOutcome<DeactivateRef<Key>>>;
};

/**
 * Creates a typed client for the Sparkwise Account API.
 * @example
 * const client = createSparkwiseClient({ apiKey: process.env.SPARKWISE_API_KEY! });
 * const { succeeded, failed } = await client.upsertUsers(users);
 */
export function createSparkwiseClient<Key extends string = "remoteId">(
  options: SparkwiseClientOptions<Key>,
): SparkwiseClient<Key> {
  const { apiKeyHeader, deactivateBody, ...rest } = options;
  if (apiKeyHeader !== undefined && (typeof apiKeyHeader != "string" || !HEADER_NAME.test(apiKeyHeader)))
    throw new ValidationError("apiKeyHeader must be an HTTP header name", "apiKeyHeader", "pattern");
  const { meta } = applyDeactivateBody(withKeyHeader(metadata, apiKeyHeader), deactivateBody);
  // the members' type follows `deactivateBody.key`, which the generated methods cannot know
  return extendClient(createProviderClient<paths, PageItems>(meta, rest), methods) as SparkwiseClient<Key>;
}

/** An HTTP header name (RFC 9110 token). */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** The metadata with the key sent in `header` (the spec's header when none is given). */
function withKeyHeader<Meta extends ProviderMetadata>(meta: Meta, header: string | undefined): Meta {
  const scheme = meta.securitySchemes.ServerApiKey!;
  if (header === undefined || !("name" in scheme)) return meta;
  return { ...meta, securitySchemes: { ...meta.securitySchemes, ServerApiKey: { ...scheme, name: header } } };
}
