import type { DriftMutation } from "./drift";
import type { LedgerEntry } from "./ledger";
import type { FakeResponse } from "./response";

/**
 * A response of the fake with a drift mutation applied: only a 2xx of the mutation's operation
 * (`"<METHOD> <route>"`) whose body is JSON or empty; anything else is returned as it is. The ledger
 * entry names the mutation when it changed the response.
 */
export function applyDrift(
  mutation: DriftMutation | undefined,
  entry: LedgerEntry,
  response: FakeResponse,
): FakeResponse {
  if (!mutation || `${entry.method} ${entry.route}` !== mutation.operation) return response;
  if (response.status < 200 || response.status > 299) return response;
  let body: unknown;
  try {
    body = response.body ? JSON.parse(response.body) : undefined;
  } catch {
    return response;
  }
  const changed = mutation.apply({ status: response.status, body });
  if (!changed) return response;
  entry.drift = mutation.name;
  const text = changed.body === undefined ? response.body : JSON.stringify(changed.body);
  return { ...response, status: changed.status, body: text };
}
