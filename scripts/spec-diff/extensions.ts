/**
 * Rules for the vendor extensions of `specs/README.md`. They change what the client does, not its types,
 * so they break consumers only where they change what a consumer receives: the items a walk yields, how a
 * batch is split and reported, which calls are refused before sending.
 */
import { EXTENSION_SCHEMA } from "../lib/extensions.ts";
import { breaking, docs, nonBreaking, same, show, type Change, type Obj } from "./types.ts";

const asList = (value: unknown): unknown[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];
/** `GET /users  x-pagination`; a root extension is named alone. */
const extensionAt = (where: string, name: string) => (where ? `${where}  ${name}` : name);
const fieldsOf = (base: Obj, head: Obj) => [...new Set([...Object.keys(base), ...Object.keys(head)])];

/** Fields that hold a pointer or a list of pointers (the first that resolves is used), as the extension schema says. */
const POINTER_FIELDS = ["x-pagination", "x-batch"].flatMap((name) =>
  Object.entries<Obj>(EXTENSION_SCHEMA.properties[name].properties)
    .filter(([, field]) => field.$ref === "#/$defs/pointer")
    .map(([field]) => field),
);
/** Pagination fields that only inform the walk; without them the same items still arrive. */
const PAGINATION_HINTS = ["hasMore", "totalPages", "total", "sizeUsed"];

/** A pointer field still reading every old location (plus new ones) accepts more shapes: not breaking. */
function pointerField(
  where: string,
  field: string,
  before: unknown,
  after: unknown,
  hint: boolean,
): Change[] {
  const b = asList(before);
  const a = asList(after);
  if (same(b, a)) return [];
  if (!b.length) return [(hint ? nonBreaking : breaking)(where, `${field} added: ${show(after)}`)];
  if (!a.length)
    return [
      hint
        ? nonBreaking(where, `${field} removed: the same items arrive, the walk knows less about the end`)
        : breaking(where, `${field} removed`),
    ];
  if (b.every((p) => a.includes(p)))
    return [nonBreaking(where, `${field} also read from ${show(a.filter((p) => !b.includes(p)))}`)];
  return [breaking(where, `${field} changed: ${show(before)} → ${show(after)}`)];
}

/** `x-pagination`: the style, where the items are and how the next request is built decide what a walk yields. */
export function paginationRule(where: string, base: Obj | undefined, head: Obj | undefined): Change[] {
  const loc = extensionAt(where, "x-pagination");
  if (same(base, head)) return [];
  if (!base) return [nonBreaking(loc, "added: paginate() now walks this operation")];
  if (!head) return [breaking(loc, "removed: paginate() no longer walks this operation")];
  if (base.style !== head.style) return [breaking(loc, `style changed: ${base.style} → ${head.style}`)];
  return fieldsOf(base, head).flatMap((field) =>
    POINTER_FIELDS.includes(field)
      ? pointerField(loc, field, base[field], head[field], PAGINATION_HINTS.includes(field))
      : same(base[field], head[field])
        ? []
        : [
            breaking(
              loc,
              `${field} changed: ${show(base[field] ?? "none")} → ${show(head[field] ?? "none")}`,
            ),
          ],
  );
}

/** `x-batch`: how members are split, keyed and reported as failed is what the batch helper hands back. */
export function batchRule(where: string, base: Obj | undefined, head: Obj | undefined): Change[] {
  const loc = extensionAt(where, "x-batch");
  if (same(base, head)) return [];
  if (!base) return [nonBreaking(loc, "added: the batch helper now splits this operation's members")];
  if (!head) return [breaking(loc, "removed: the batch helper no longer splits this operation's members")];
  return fieldsOf(base, head).flatMap((field) => {
    if (same(base[field], head[field])) return [];
    if (field === "max") return [batchMax(loc, base.max, head.max)];
    if (POINTER_FIELDS.includes(field)) return pointerField(loc, field, base[field], head[field], false);
    return [
      breaking(loc, `${field} changed: ${show(base[field] ?? "none")} → ${show(head[field] ?? "none")}`),
    ];
  });
}

function batchMax(where: string, before: number, after: number): Change {
  return after > before
    ? nonBreaking(where, `max raised: ${before} → ${after}`)
    : breaking(
        where,
        `max lowered: ${before} → ${after}: members are split into more requests and each result covers fewer`,
      );
}

/** `x-idempotent`: only whether a failed send is retried changes; types and results do not. */
export function idempotentRule(where: string, base: unknown, head: unknown): Change[] {
  if (Boolean(base) === Boolean(head)) return [];
  return [
    head
      ? nonBreaking(
          extensionAt(where, "x-idempotent"),
          "added: now retried even after a request may have reached the server",
        )
      : nonBreaking(
          extensionAt(where, "x-idempotent"),
          "removed: no longer retried once a request may have reached the server; such failures now surface as errors",
        ),
  ];
}

const budget = (limit: Obj | undefined) => (limit ? `${limit.requests} per ${limit.perSeconds} s` : "none");

/** `x-rate-limit`: the client paces itself differently; nothing a consumer receives changes. */
export function rateLimitRule(where: string, base: Obj | undefined, head: Obj | undefined): Change[] {
  if (same(base, head)) return [];
  const loc = extensionAt(where, "x-rate-limit");
  const { description: _before, ...before } = base ?? {};
  const { description: _after, ...after } = head ?? {};
  if (base && head && same(before, after)) return [docs(loc, "description changed")];
  const scope =
    budget(base) === budget(head)
      ? ` (scope ${show(base?.scope ?? "none")} → ${show(head?.scope ?? "none")})`
      : "";
  return [nonBreaking(loc, `request budget ${budget(base)} → ${budget(head)}${scope}`)];
}

/** `x-constraints`: a relation added refuses calls that used to be sent; one removed refuses fewer. */
export function constraintsRule(where: string, base: unknown, head: unknown): Change[] {
  const before = asList(base).map((c) => JSON.stringify(c));
  const after = asList(head).map((c) => JSON.stringify(c));
  const loc = extensionAt(where, "x-constraints");
  return [
    ...after
      .filter((c) => !before.includes(c))
      .map((c) => breaking(loc, `constraint ${c} added: calls violating it are now refused before sending`)),
    ...before.filter((c) => !after.includes(c)).map((c) => nonBreaking(loc, `constraint ${c} removed`)),
  ];
}

/** `x-errors`: where error codes and messages are read from; a fix to match the provider, not a type change. */
export function errorsRule(base: Obj | undefined, head: Obj | undefined): Change[] {
  const changed = fieldsOf(base ?? {}, head ?? {}).filter((f) => !same(base?.[f], head?.[f]));
  if (!changed.length) return [];
  return [
    nonBreaking(
      "x-errors",
      `${changed.join(", ")} changed: error codes, messages and request ids may read differently`,
    ),
  ];
}

/**
 * `x-client-choices`: a factory option picking a server or a security alternative. An option or a
 * value removed is refused where code passes it; a default changed, or a value now picking another
 * server or alternative, sends existing code elsewhere; an exported type renamed or removed is gone:
 * all breaking. An option, a value or a type added breaks no one; a description is documentation.
 */
export function choicesRule(base: Obj = {}, head: Obj = {}): Change[] {
  return fieldsOf(base, head).flatMap((name) =>
    choiceChanges(`x-client-choices ${name}`, base[name], head[name]),
  );
}

function choiceChanges(loc: string, before: Obj | undefined, after: Obj | undefined): Change[] {
  if (same(before, after)) return [];
  if (!before) return [nonBreaking(loc, "option added")];
  if (!after) return [breaking(loc, "option removed: the factory no longer takes it")];
  const kind = (choice: Obj) => (choice.server ? "server" : "security");
  if (kind(before) !== kind(after))
    return [breaking(loc, `now picks a ${kind(after)} instead of a ${kind(before)}`)];
  const b: Obj = before[kind(before)] ?? {};
  const a: Obj = after[kind(after)] ?? {};
  const changes = fieldsOf(b, a).flatMap((value) =>
    same(b[value], a[value])
      ? []
      : a[value] === undefined
        ? [breaking(loc, `value ${value} removed`)]
        : b[value] === undefined
          ? [nonBreaking(loc, `value ${value} added`)]
          : [breaking(loc, `value ${value} now picks ${show(a[value])}, not ${show(b[value])}`)],
  );
  if (before.default !== after.default)
    changes.push(breaking(loc, `default changed: ${before.default} → ${after.default}`));
  if (before.type !== after.type)
    changes.push(
      (before.type ? breaking : nonBreaking)(
        loc,
        `type ${before.type ? `${before.type} → ${after.type ?? "none (the union is inlined)"}` : `${after.type} added`}`,
      ),
    );
  if (before.description !== after.description) changes.push(docs(loc, "description changed"));
  return changes;
}
