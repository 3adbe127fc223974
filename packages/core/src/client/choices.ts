import { ValidationError } from "../errors/classes.js";
import type { ProviderMetadata } from "../spec/metadata.js";
import type { ClientOptions } from "./client.js";

/**
 * Reads the factory options of `x-client-choices` (`meta.choices`) out of `options`: each one's
 * value, else its default, must be a value the spec maps (else a `ValidationError` naming the
 * option, rule `enum`, listing the values, before anything else is checked), and picks the server
 * (by its description) or the security alternative it maps to. Returns the other options with that
 * `server`, and the alternative, for `createProviderClient`; a generated factory whose spec declares
 * choices calls it, so that no other client ships it.
 * @example createProviderClient(metadata, ...chooseOptions(metadata, options))
 */
export function chooseOptions<O extends ClientOptions>(
  meta: ProviderMetadata,
  options: O,
): [options: O & { server?: string }, requirement?: readonly string[]] {
  const given: Record<string, unknown> = { ...(options as Record<string, unknown>) };
  let requirement: readonly string[] | undefined;
  for (const [name, { default: fallback, server, security }] of Object.entries(meta.choices ?? {})) {
    const value = given[name] ?? fallback;
    const values = server ?? security ?? {};
    if (typeof value != "string" || !Object.hasOwn(values, value))
      throw new ValidationError(
        `${meta.factory ?? "createClient"}: ${name} must be ${Object.keys(values)
          .map((v) => `"${v}"`)
          .join(" or ")}`,
        name,
        "enum",
      );
    delete given[name];
    if (server) given.server = server[value];
    else requirement = security![value];
  }
  return [given as O & { server?: string }, requirement];
}
