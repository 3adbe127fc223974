import { type ProviderMetadata, ValidationError } from "@clientele/core";

/**
 * The names in the batch deactivate body `{<property>: [{<key>: …}, …]}`. The documents lost the
 * property's name and never show a member, so the spec's `{users: [{remoteId}]}` is a guess; these
 * override it until it is confirmed.
 */
export interface DeactivateBody<Key extends string = string> {
  /** The body property that holds the members. @default "users" */
  property?: string;
  /**
   * The member's identity: the field each member must carry (a non-empty string, unique in the
   * call), and by which the server's `failed` entries are matched to members. @default "remoteId"
   */
  key?: Key;
}

const OPERATION = "POST /users/batch-deactivate";
/** A JSON property name plain enough to be a field of a request body and a pointer segment. */
const NAME = /^[A-Za-z_$][A-Za-z0-9_$-]{0,63}$/;

/** The property and member key the spec declares for batch deactivate (`x-batch.items`, `x-batch.key`). */
export function specDeactivateBody(meta: ProviderMetadata): Required<DeactivateBody> {
  const batch = meta.operations[OPERATION]!.batch!;
  return { property: batch.items.slice(1), key: batch.key!.slice(1) };
}

/**
 * Checks the `deactivateBody` option and returns the names to use: each given name must be a plain
 * JSON property name (letters, digits, `_`, `$`, `-`; at most 64 characters).
 */
export function resolveDeactivateBody(
  option: DeactivateBody | undefined,
  meta: ProviderMetadata,
): Required<DeactivateBody> {
  const names = specDeactivateBody(meta);
  if (option === undefined) return names;
  if (typeof option != "object" || option === null || Array.isArray(option))
    throw new ValidationError("deactivateBody must be an object", "deactivateBody", "type");
  for (const name of ["property", "key"] as const) {
    const value = option[name];
    if (value === undefined) continue;
    if (typeof value != "string" || !NAME.test(value))
      throw new ValidationError(
        `deactivateBody.${name} must be a JSON property name (letters, digits, _, $ or -, at most 64)`,
        `deactivateBody.${name}`,
        "pattern",
      );
    names[name] = value;
  }
  return names;
}

/**
 * The metadata with batch deactivate's `x-batch` pointing at `names`: the members array, each
 * member's key and the key inside a `failed` entry's `user`. The same object when nothing changes.
 */
export function withDeactivateBody<Meta extends ProviderMetadata>(
  meta: Meta,
  names: Required<DeactivateBody>,
): Meta {
  const spec = specDeactivateBody(meta);
  if (spec.property === names.property && spec.key === names.key) return meta;
  const op = meta.operations[OPERATION]!;
  const batch = op.batch!;
  const failureKey = batch.failureKey?.replace(/[^/]*$/, () => names.key);
  const renamed = { ...batch, items: `/${names.property}`, key: `/${names.key}`, failureKey };
  return { ...meta, operations: { ...meta.operations, [OPERATION]: { ...op, batch: renamed } } };
}
