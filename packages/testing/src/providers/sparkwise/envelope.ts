import { json, type FakeResponse } from "../../response";

/** `{success: true, data, error: null}`, the envelope of users and batch results. */
export function success(data: unknown): FakeResponse {
  return json(200, { success: true, data, error: null });
}

/**
 * `{success: false, data: null, error: {message, metadata}}`: the one error body the docs show.
 * No error code is documented, so none is sent.
 */
export function failure(status: number, message: string): FakeResponse {
  return json(status, { success: false, data: null, error: { message, metadata: {} } });
}
