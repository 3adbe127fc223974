import { MalformedResponseError } from "../errors/classes.js";
import { unwrap } from "../request/response.js";
import type { OperationMeta } from "../spec/metadata.js";
import { pick } from "../spec/pointer.js";
import { contextOf } from "./client.js";

/** A call's init, as a generated method builds it; a match reads its path parameters. */
interface Init {
  params?: { path?: Record<string, unknown>; query?: unknown };
  body?: unknown;
}

/**
 * Sends one operation through `client` and returns its payload: the first of the operation's
 * `x-method.payload` pointers that resolves in the body (the whole body without one) and, with
 * `x-method.match`, the one item of it (an item, or a list of items) whose field equals the path
 * parameter, never another. An error status throws as `unwrap` does; a 2xx without the payload, or
 * with a match that finds no item or more than one (an ambiguous answer: no guess at which is the
 * one asked for), is a `MalformedResponseError`, never `undefined`. What the generated methods of a
 * provider call.
 * @example const user = await callOperation(client, "GET /users/{id}", { params: { path: { id } } });
 */
export async function callOperation(client: object, key: string, init: Init): Promise<unknown> {
  const space = key.indexOf(" ");
  const [method, path] = [key.slice(0, space), key.slice(space + 1)];
  const op = contextOf(client).operation(method, path);
  const send = (client as Record<string, (path: string, init: object) => Promise<any>>)[method]!;
  const result = await send(path, init);
  const body = await unwrap(result);
  const payload = op?.payload === undefined ? body : pick(body, op.payload);
  const found = op?.match ? matching(op.match, payload, init) : payload === undefined ? [] : [payload];
  if (found.length == 1) return found[0];
  const status: number = result.response.status;
  const what = !op?.match
    ? "without its payload"
    : found.length
      ? `with the id asked for ${found.length} times`
      : "without the item asked for";
  const at = [op?.payload ?? ""].flat().join(" or ") || "the root";
  throw new MalformedResponseError(
    `${key} returned ${status} ${what} at ${at}${found.length ? ", not once" : ""}`,
    status,
    "",
    { method, url: path, operation: key },
  );
}

/** The items of `payload` (one, or a list) whose `match.field` is the path parameter `match.param`. */
function matching(match: NonNullable<OperationMeta["match"]>, payload: unknown, init: Init): unknown[] {
  const wanted = init.params?.path?.[match.param];
  const items: unknown[] = Array.isArray(payload) ? payload : [payload];
  return wanted === undefined ? [] : items.filter((item) => pick(item, match.field) === wanted);
}
