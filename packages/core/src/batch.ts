import { type CallContext, type CallOptions, call } from "./call.js";
import { ClienteleError, ValidationError } from "./errors.js";
import type { BatchMeta } from "./metadata.js";
import { pick } from "./pointer.js";
import { unwrap } from "./response.js";

/** A member that did not go through, and why. */
export interface BatchFailure<Member> {
  readonly member: Member;
  readonly reason: string;
  /** The HTTP status when the whole chunk failed with one. */
  readonly status?: number;
  readonly code?: string;
}

/** Every member of the input appears exactly once, in one of the two lists, in input order. */
export interface BatchResult<Member> {
  readonly succeeded: Member[];
  readonly failed: BatchFailure<Member>[];
}

export interface BatchOptions extends CallOptions {
  /** The request body around the members (the members replace the array at `x-batch.items`). */
  body?: Record<string, unknown>;
  /** Chunks sent at once. @default 2 */
  concurrency?: number;
  /** Called after each chunk, with the running totals. */
  onProgress?(progress: { done: number; total: number; failed: number }): void;
}

/**
 * Sends any number of members to a batch operation (`x-batch`): chunks of at most `max`, a few at
 * a time; a chunk that fails outright marks each of its members failed with the reason.
 */
export async function runBatch<Member>(
  ctx: CallContext,
  method: string,
  path: string,
  members: readonly Member[],
  options: BatchOptions = {},
): Promise<BatchResult<Member>> {
  const spec = ctx.meta.operations[`${method} ${path}`]?.batch;
  if (!spec) throw new ValidationError(`${method} ${path} is not a batch operation`, "path", "x-batch");
  const { body = {}, concurrency = 2, onProgress, ...init } = options;
  const chunks: Member[][] = [];
  for (let i = 0; i < members.length; i += spec.max) chunks.push(members.slice(i, i + spec.max));
  const outcomes: BatchResult<Member>[] = new Array(chunks.length);
  let next = 0;
  let done = 0;
  let failed = 0;
  const worker = async () => {
    for (let i = next++; i < chunks.length; i = next++) {
      outcomes[i] = await sendChunk(ctx, method, path, spec, chunks[i]!, body, init);
      done += chunks[i]!.length;
      failed += outcomes[i]!.failed.length;
      onProgress?.({ done, total: members.length, failed });
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, chunks.length) }, worker));
  return { succeeded: outcomes.flatMap((o) => o.succeeded), failed: outcomes.flatMap((o) => o.failed) };
}

async function sendChunk<Member>(
  ctx: CallContext,
  method: string,
  path: string,
  spec: BatchMeta,
  chunk: Member[],
  body: Record<string, unknown>,
  init: CallOptions,
): Promise<BatchResult<Member>> {
  let data: unknown;
  try {
    data = await unwrap(call(ctx, method, path, { ...init, body: withItems(body, spec.items, chunk) }));
  } catch (error) {
    if (!(error instanceof ClienteleError)) throw error;
    const { status, code } = error as ClienteleError & { status?: number; code?: string };
    return {
      succeeded: [],
      failed: chunk.map((member) => ({ member, reason: error.message, status, code })),
    };
  }
  const reasons = new Map<string, string>();
  const failures = pick(data, spec.failures);
  for (const f of Array.isArray(failures) ? failures : []) {
    reasons.set(String(pick(f, spec.failureKey)), describe(pick(f, spec.failureReason)));
  }
  const result: BatchResult<Member> = { succeeded: [], failed: [] };
  for (const member of chunk) {
    const reason = reasons.get(String(spec.key ? pick(member, spec.key) : member));
    if (reason === undefined) result.succeeded.push(member);
    else result.failed.push({ member, reason });
  }
  return result;
}

/** A copy of `body` with the array at `pointer` (one level, e.g. `/users`) set to `items`. */
function withItems(
  body: Record<string, unknown>,
  pointer: string,
  items: unknown[],
): Record<string, unknown> {
  const key = pointer.slice(1);
  if (key.includes("/"))
    throw new ValidationError(
      `x-batch.items must be a top-level property, got ${pointer}`,
      "x-batch.items",
      "pointer",
    );
  return { ...body, [key]: items };
}

function describe(reason: unknown): string {
  if (typeof reason === "string") return reason;
  const message = pick(reason, "/message");
  return typeof message === "string" ? message : JSON.stringify(reason ?? "failed");
}
