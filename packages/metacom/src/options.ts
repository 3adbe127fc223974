import { type ClientOptions, ValidationError } from "@clientele/core";

/** What `createMetacomClient` takes: the two credentials, and where the API is. */
export interface MetacomClientOptions extends ClientOptions {
  /** The API token, sent as `Authorization: Bearer <token>` (a long-lived token of a service user, typically). */
  token: string;
  /** The environment every request acts in, e.g. `acme_prod`; sent as the `environment-id` header. */
  environmentId: string;
  /**
   * Your Metacom API host (the "Main API Domain"), e.g. `acme.metacom.example`: no scheme, no path.
   * Requests go to `https://<domain>/api/v2`. Required unless `baseUrl` is given.
   */
  domain?: string;
}

/** Characters a header value cannot carry: white space and control characters. */
const NOT_IN_HEADER = /[\s\u0000-\u001f\u007f]/;
const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$/;

/**
 * Refuses options that cannot work, before any request: every missing one is named in the message
 * (`field` is the first), then values a header or a host name cannot hold. No value is ever quoted.
 */
export function checkOptions(options: Partial<MetacomClientOptions>): void {
  const { token, environmentId, domain, baseUrl } = options;
  const missing = [
    !isText(token) && "token",
    !isText(environmentId) && "environmentId",
    !isText(domain) && !isText(baseUrl) && "domain",
  ].filter((name): name is string => !!name);
  if (missing.length) {
    const names = missing.map((name) => (name == "domain" ? "domain (or baseUrl)" : name));
    throw new ValidationError(`createMetacomClient: missing ${list(names)}`, missing[0]!, "required");
  }
  for (const field of ["token", "environmentId"] as const)
    if (NOT_IN_HEADER.test(options[field]!))
      throw new ValidationError(
        `createMetacomClient: ${field} must not contain white space or control characters`,
        field,
        "pattern",
      );
  if (isText(domain) && !isText(baseUrl) && !HOST.test(domain))
    throw new ValidationError(
      "createMetacomClient: domain must be a host name such as acme.metacom.example, without a scheme or path (pass a full URL as baseUrl)",
      "domain",
      "pattern",
    );
}

const isText = (value: unknown): value is string => typeof value == "string" && value.trim() !== "";

/** `a`, `a and b`, `a, b and c`. */
const list = (names: string[]) =>
  names.length < 2 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
