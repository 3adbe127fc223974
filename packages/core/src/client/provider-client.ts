import { invalid } from "../errors/invalid.js";
import { type Auth, bearerAuth, combineAuth, headerAuth } from "../security/auth.js";
import { canSend } from "../security/schemes.js";
import type { ClientOptionMeta, ProviderMetadata, SecuritySchemeMeta } from "../spec/metadata.js";
import { checkValue } from "../request/validate.js";
import { type Client, type ClientOptions, createClient } from "./client.js";

/** A credential is printable ASCII: anything else breaks a header, or smuggles a second value in. */
const NOT_A_CREDENTIAL = /[^!-~]/;

/**
 * Builds a provider's client from what its spec declares: each security scheme's credential comes
 * from the option `x-credential.option` names (default `apiKey`), each server variable marked with
 * `x-client-option` from the option of its name. Every option is checked before the client exists,
 * and a refusal names it without quoting it: all missing ones at once, then a credential holding
 * white space or breaking its declared pattern, then a server variable breaking its pattern, then a
 * path parameter's option (`pathOptions`) breaking the parameter's rule. `requirement` picks the spec's security requirement (default: the first alternative), `server` a
 * server by its description.
 */
export function createProviderClient<Paths extends {}, Items = {}>(
  meta: ProviderMetadata,
  options: ClientOptions & { server?: string },
  requirement: readonly string[] = meta.security?.[0] ?? [],
): Client<Paths, Items> {
  const given: Record<string, unknown> = { ...options };
  const factory = meta.factory ?? "createClient";
  const refuse = refuser(factory);
  const credentials = requirement.map((scheme) => ({
    scheme,
    option: optionOf(sendable(meta, scheme, factory)),
  }));
  const variables = Object.entries(meta.servers[0]?.variables ?? {}).flatMap(([name, v]) =>
    v.option ? [{ name, option: v.option }] : [],
  );
  const viaBaseUrl = !absent(given.baseUrl);
  const missing = [
    ...credentials.filter((c) => absent(given[c.option])).map((c) => [c.option, c.option]),
    ...variables
      .filter((v) => v.option.required && !viaBaseUrl && absent(given[v.name]))
      .map((v) => [v.name, `${v.name} (or baseUrl)`]),
  ];
  if (missing[0]) refuse(missing[0][0]!, "required", `missing ${list(missing.map(([, words]) => words!))}`);
  const auth = credentials.map(({ scheme, option }) =>
    credentialAuth(meta.securitySchemes[scheme]!, option, given[option], refuse),
  );
  const serverVariables: Record<string, string> = {};
  for (const { name, option } of viaBaseUrl ? [] : variables)
    if (!absent(given[name])) serverVariables[name] = checkVariable(name, option, given[name], refuse);
  const pathDefaults = pathOptions(meta, given);
  for (const key of [...credentials.map((c) => c.option), ...variables.map((v) => v.name)]) delete given[key];
  return createClient<Paths, Items>(meta, {
    ...given,
    serverVariables,
    pathDefaults,
    auth: auth.length > 1 ? combineAuth(...auth) : auth[0],
  });
}

type Refuse = (field: string, rule: string, message: string) => never;

/** Throws a `ValidationError` whose message starts with the factory's name. */
const refuser =
  (factory: string): Refuse =>
  (field, rule, message) =>
    invalid(field, rule, `${factory}: ${message}`);

/**
 * The auth of one credential, after checking it: printable ASCII only, so no white space, control
 * character or line break anywhere (it is not trimmed: a key read with its line break is refused,
 * not sent as another key), then the declared pattern. The refusal never quotes the value.
 */
function credentialAuth(scheme: SecuritySchemeMeta, option: string, value: unknown, refuse: Refuse): Auth {
  const { pattern, shape } = scheme.credential ?? {};
  if (typeof value != "string") return refuse(option, "type", `${option} must be a string`);
  if (NOT_A_CREDENTIAL.test(value))
    refuse(option, "pattern", `${option} must be printable ASCII, without white space or control characters`);
  if (pattern && !new RegExp(pattern).test(value))
    refuse(option, "pattern", `${option} must be ${shape ?? `a credential matching ${pattern}`}`);
  return authOf(scheme, value);
}

/** A server variable given as an option, checked against its declared pattern. */
function checkVariable(name: string, option: ClientOptionMeta, value: unknown, refuse: Refuse): string {
  if (typeof value != "string" || (option.pattern && !new RegExp(option.pattern).test(value)))
    refuse(
      name,
      "pattern",
      `${name} must be ${option.shape ?? "a host name part"} (or pass a full URL as baseUrl)`,
    );
  return value;
}

/**
 * The path parameters given as options (`x-client-option` on a path parameter), each checked by the
 * parameter's rule, and taken out of `given`; undefined when the spec declares none.
 */
function pathOptions(meta: ProviderMetadata, given: Record<string, unknown>) {
  if (!meta.pathOptions) return undefined;
  const values: Record<string, string> = {};
  for (const [name, rule] of Object.entries(meta.pathOptions)) {
    const value = given[name];
    delete given[name];
    if (value === undefined) continue;
    checkValue(name, value, { type: "string", ...rule });
    values[name] = value as string;
  }
  return values;
}

/**
 * A scheme of the security requirement, if core can send it. `pnpm generate` refuses a spec naming
 * one it cannot, so only hand-written metadata gets this `TypeError`, before any option is read.
 */
function sendable(meta: ProviderMetadata, name: string, factory: string): SecuritySchemeMeta {
  const scheme = meta.securitySchemes[name];
  if (scheme && canSend(scheme)) return scheme;
  throw new TypeError(`${factory}: core cannot send the security scheme ${name}`);
}

/** The option that carries a scheme's credential. */
const optionOf = (scheme: SecuritySchemeMeta) => scheme.credential?.option ?? "apiKey";

/** How a scheme `sendable` let through sends its credential: a bearer token, or a named header. */
const authOf = (scheme: SecuritySchemeMeta, value: string): Auth =>
  scheme.type == "http" ? bearerAuth(value) : headerAuth(scheme.name, value);

/** Not given: undefined, null, or text of nothing but white space. */
const absent = (value: unknown) => value == null || (typeof value == "string" && !value.trim());

/** `a`, `a and b`, `a, b and c`. */
const list = (names: string[]) =>
  names.length < 2 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
