/** Rules for request bodies, responses, response headers and their media types. */
import { docChanges } from "./meta-rules.ts";
import { diffSchema } from "./schema.ts";
// the change constructors every rule file takes (spec-diff/types.ts)
import {
  breaking,
  breaksReaders,
  breaksSenders,
  nonBreaking,
  type Change,
  type Direction,
  type Obj,
} from "./types.ts";

const JSON_MEDIA = "application/json";

/** Each media type's schema; a media type removed or added changes the body type callers see. */
export function diffContent(where: string, direction: Direction, base: Obj = {}, head: Obj = {}): Change[] {
  const changes: Change[] = [];
  for (const [type, media] of Object.entries<Obj>(base)) {
    const loc = type === JSON_MEDIA ? where : `${where} (${type})`;
    const next = head[type] as Obj | undefined;
    if (!next) changes.push(breaking(loc, `media type ${type} removed`));
    else
      changes.push(
        ...diffSchema({ where: loc, direction }, "", media.schema, next.schema),
        ...docChanges(media, next, loc, ["example", "examples"]),
      );
  }
  // a body that may now come in another form is one more shape to read
  for (const type of Object.keys(head).filter((t) => !(t in base)))
    changes.push(breaksReaders(direction, where, `media type ${type} added`));
  return changes;
}

/** `direction`: request for an operation, response for a webhook's payload. */
export function diffRequestBody(
  where: string,
  direction: Direction,
  base: Obj | undefined,
  head: Obj | undefined,
): Change[] {
  const loc = `${where}  request body`;
  if (!base && !head) return [];
  if (!head)
    return [
      breaking(
        loc,
        direction === "request"
          ? "request body removed: calls sending one no longer type-check"
          : "request body removed",
      ),
    ];
  if (!base)
    return [
      head.required && direction === "request"
        ? breaking(loc, "required request body added")
        : nonBreaking(loc, "request body added"),
    ];
  return [
    ...bodyRequired(loc, direction, base, head),
    ...diffContent(loc, direction, base.content, head.content),
    ...docChanges(base, head, loc, ["description"]),
  ];
}

function bodyRequired(where: string, direction: Direction, base: Obj, head: Obj): Change[] {
  if (Boolean(base.required) === Boolean(head.required)) return [];
  return head.required
    ? [breaksSenders(direction, where, "made required")]
    : [breaksReaders(direction, where, "made optional")];
}

/** `direction`: response for an operation, request for what a webhook receiver answers. */
export function diffResponses(where: string, direction: Direction, base: Obj = {}, head: Obj = {}): Change[] {
  const changes: Change[] = [];
  for (const [status, response] of Object.entries<Obj>(base)) {
    const loc = `${where}  response ${status}`;
    const next = head[status] as Obj | undefined;
    if (!next) changes.push(breaking(loc, "response removed"));
    else
      changes.push(
        ...diffContent(loc, direction, response.content, next.content),
        ...diffHeaders(loc, direction, response.headers, next.headers),
        ...docChanges(response, next, loc, ["description"]),
      );
  }
  for (const status of Object.keys(head).filter((s) => !(s in base)))
    changes.push(responseAdded(`${where}  response ${status}`, direction, status, head[status]));
  return changes;
}

/** A success response with a body adds a shape to the data a caller reads; any other response does not. */
function responseAdded(where: string, direction: Direction, status: string, response: Obj): Change {
  return /^2/.test(status) && response.content
    ? breaksReaders(direction, where, "success response with a body added: the data may now have its shape")
    : nonBreaking(where, "response added");
}

/** Response headers, matched case-insensitively: removed ones are lost to readers. */
function diffHeaders(where: string, direction: Direction, base: Obj = {}, head: Obj = {}): Change[] {
  const byName = (headers: Obj) =>
    new Map(Object.entries<Obj>(headers).map(([n, h]) => [n.toLowerCase(), { n, h }]));
  const before = byName(base);
  const after = byName(head);
  const changes: Change[] = [];
  for (const [key, { n, h }] of before) {
    const loc = `${where} header ${n}`;
    const next = after.get(key);
    if (!next) changes.push(breaking(loc, "response header removed"));
    else
      changes.push(
        ...diffSchema({ where: loc, direction }, "", h.schema, next.h.schema),
        ...docChanges(h, next.h, loc, ["description", "example", "examples"]),
      );
  }
  for (const [key, { n }] of after)
    if (!before.has(key)) changes.push(nonBreaking(`${where} header ${n}`, "response header added"));
  return changes;
}
