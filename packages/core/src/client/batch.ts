import { call } from "../request/call.js";
import { type Client, contextOf } from "./client.js";
import { invalid, invalidField } from "../errors/invalid.js";
import type { BatchMeta } from "../spec/metadata.js";
import { check, checkCallOptions } from "./options.js";
import { pick } from "../spec/pointer.js";
import type { Redact } from "../security/redact.js";
import { unwrap } from "../request/response.js";
import { checkMembers } from "../request/validate.js";
import type { CallContext, CallOptions } from "../request/context.js";

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
 * Sends any number of members to a batch operation (`x-batch`) of `client`: chunks of at most
 * `max`, a few at a time. A chunk that fails outright (after its retries) marks each of its members
 * failed with the reason; members the response lists as failed are failed with theirs; the rest
 * succeeded. An abort (or an unexpected error) stops every worker and rejects. A function rather
 * than a client method, so that only clients whose spec has batch operations ship it.
 * @example const { succeeded, failed } = await runBatch(client, "POST", "/users/batch-upsert", users);
 */
export async function runBatch<Paths extends {}, Member>(
  client: Client<Paths, any>,
  method: "POST" | "PUT" | "PATCH",
  path: keyof Paths & string,
  members: readonly Member[],
  options: BatchOptions = {},
): Promise<BatchResult<Member>> {
  const ctx = contextOf(client);
  const spec = ctx.operation(method, path)?.batch;
  if (!spec) return invalid("path", "x-batch", `${method} ${path} is not a batch operation`);
  if (spec.items.lastIndexOf("/"))
    invalidField("x-batch.items", "pointer", `must be top-level, got ${spec.items}`);
  const { body = {}, concurrency = 2, onProgress, ...init } = options;
  check(concurrency, "concurrency", "positive");
  check(onProgress, "onProgress", "function");
  checkCallOptions(init);
  if (!body || typeof body != "object" || Array.isArray(body))
    invalidField("body", "type", "must be an object (the members are set into it)");
  if (!Array.isArray(members)) invalidField("members", "type", "must be an array");
  checkMembers(spec, members);
  const chunks: Member[][] = [];
  for (let i = 0; i < members.length; i += spec.max) chunks.push(members.slice(i, i + spec.max));
  const outcomes: BatchResult<Member>[] = [];
  let next = 0;
  let done = 0;
  let failed = 0;
  let stopped = false;
  const worker = async () => {
    try {
      for (let i = next++; i < chunks.length && !stopped; i = next++) {
        const outcome = (outcomes[i] = await sendChunk(ctx, method, path, spec, chunks[i]!, body, init));
        done += chunks[i]!.length;
        failed += outcome.failed.length;
        onProgress?.({ done, total: members.length, failed });
      }
    } catch (error) {
      stopped = true;
      throw error;
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
  try {
    const data = await unwrap(
      call(ctx, method, path, { ...init, body: { ...body, [spec.items.slice(1)]: chunk } }),
    );
    return sort(spec, chunk, data, ctx.redact);
  } catch (error) {
    // the caller's abort stops the batch; any other failure is this chunk's, and its members say so
    if (init.signal?.aborted && error === init.signal.reason) throw error;
    const { message, status, code } = error as Error & { status?: number; code?: string };
    const reason = ctx.redact(String(message ?? error));
    return { succeeded: [], failed: chunk.map((member) => ({ member, reason, status, code })) };
  }
}

/** Sorts a chunk's members by the failures its response lists (`x-batch.failures`); the rest succeeded. */
function sort<Member>(spec: BatchMeta, chunk: Member[], data: unknown, redact: Redact): BatchResult<Member> {
  const reasons = new Map<string, string>();
  const failures = pick(data, spec.failures);
  for (const f of Array.isArray(failures) ? failures : []) {
    const reason = pick(f, spec.failureReason);
    reasons.set(
      String(pick(f, spec.failureKey)),
      redact(typeof reason == "string" ? reason : describe(reason)),
    );
  }
  const result: BatchResult<Member> = { succeeded: [], failed: [] };
  for (const member of chunk) {
    const reason = reasons.get(String(spec.key ? pick(member, spec.key) : member));
    if (reason === undefined) result.succeeded.push(member);
    else result.failed.push({ member, reason });
  }
  return result;
}

/** A reason that is not text, as short JSON ("failed" when there is none or it cannot be written). */
function describe(reason: unknown): string {
  try {
    return JSON.stringify(reason ?? "failed").slice(0, 500);
  } catch {
    return "failed";
  }
}
