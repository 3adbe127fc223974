import { MalformedResponseError } from "../errors/classes.js";
import { unwrap } from "../request/response.js";
import { pick } from "../spec/pointer.js";
import { contextOf } from "./client.js";

/**
 * Sends one operation through `client` and returns its payload: the first of the operation's
 * `x-method.payload` pointers that resolves in the body (the whole body without one). An error
 * status throws as `unwrap` does; a 2xx without the payload is a `MalformedResponseError`, never
 * `undefined`. What the generated methods of a provider call.
 * @example const user = await callOperation(client, "GET /users/{id}", { params: { path: { id } } });
 */
export async function callOperation(client: object, key: string, init: object): Promise<unknown> {
  const pointer = contextOf(client).meta.operations[key]?.payload;
  const [method, path] = [key.slice(0, key.indexOf(" ")), key.slice(key.indexOf(" ") + 1)];
  const send = (client as Record<string, (path: string, init: object) => Promise<any>>)[method]!;
  const result = await send(path, init);
  const body = await unwrap(result);
  const payload = pointer === undefined ? body : pick(body, pointer);
  if (payload !== undefined) return payload;
  const status: number = result.response.status;
  throw new MalformedResponseError(
    `${key} returned ${status} without its payload at ${[pointer].flat().join(" or ")}`,
    status,
    "",
    { method, url: path, operation: key },
  );
}
