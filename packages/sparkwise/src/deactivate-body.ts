import { type MemberRule, type ProviderMetadata, ValidationError } from "@clientele/core";

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
const NAME = /^[A-Za-z_$][\w$-]{0,63}$/;

/**
 * Checks the `deactivateBody` option and returns the names to use (the spec's, `x-batch.items` and
 * `x-batch.key`, where the option gives none) and the metadata with batch deactivate's `x-batch`
 * pointing at them: the members array, each member's key and the key inside a `failed` entry's
 * `user`. Without the option, the metadata is returned as it is.
 */
export function applyDeactivateBody<Meta extends ProviderMetadata>(
  meta: Meta,
  option: DeactivateBody | undefined,
): { meta: Meta; names: { property: string; key: string } } {
  const op = meta.operations[OPERATION]!;
  const batch = op.batch!;
  const names = { property: batch.items.slice(1), key: batch.key!.slice(1) };
  if (option === undefined) return { meta, names };
  if (typeof option != "object" || !option || Array.isArray(option))
    throw new ValidationError("deactivateBody must be an object", "deactivateBody", "type");
  for (const name of ["property", "key"] as const) {
    const value = option[name];
    if (value === undefined) continue;
    if (typeof value != "string" || !NAME.test(value))
      throw new ValidationError(
        `deactivateBody.${name} must be a plain JSON property name`,
        `deactivateBody.${name}`,
        "pattern",
      );
    names[name] = value;
  }
  const failureKey = batch.failureKey?.replace(/[^/]*$/, () => names.key);
  const member = renameKey(batch.member, batch.key!.slice(1), names.key);
  const renamed = { ...batch, items: `/${names.property}`, key: `/${names.key}`, failureKey, member };
  return {
    meta: { ...meta, operations: { ...meta.operations, [OPERATION]: { ...op, batch: renamed } } },
    names,
  };
}

/** The member's schema with its key named `key`: required, a non-empty string, as the spec's is. */
function renameKey(member: MemberRule | undefined, from: string, key: string): MemberRule | undefined {
  if (!member || from === key) return member;
  const { [from]: rule, ...fields } = member.fields ?? {};
  return {
    required: [...(member.required ?? []).filter((name) => name !== from), key],
    fields: { ...fields, [key]: rule ?? { type: "string", minLength: 1 } },
  };
}
