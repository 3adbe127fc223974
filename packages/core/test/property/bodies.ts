import fc from "fast-check";

/** Statuses whose responses cannot carry a body. */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

/** A body stream that has already failed (a reset before any byte), or fails after `prefix`. */
export function erroredStream(prefix = ""): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(prefix);
  return new ReadableStream({
    start(controller) {
      if (!bytes.length) controller.error(new TypeError("terminated: other side closed"));
    },
    pull(controller) {
      if (bytes.length) controller.enqueue(bytes.slice());
      bytes.fill(0);
      controller.error(new TypeError("terminated: other side closed"));
    },
  });
}

/** A body as a hostile server may send it. */
export type BodyPlan =
  | { kind: "json"; value: unknown }
  | { kind: "deep"; depth: number; shape: "array" | "object" | "error-envelope" }
  | { kind: "proto"; text: string }
  | { kind: "big"; size: number }
  | { kind: "text"; text: string }
  | { kind: "truncated"; text: string }
  | { kind: "errored"; prefix: string }
  | { kind: "bytes"; bytes: number[] }
  | { kind: "empty" };

/** JSON nested `depth` levels deep: `[[[…]]]`, `{"a":{"a":…}}`, or an error envelope around that. */
export function deepJson(depth: number, shape: "array" | "object" | "error-envelope"): string {
  if (shape == "array") return "[".repeat(depth) + "]".repeat(depth);
  const inner = '{"a":'.repeat(depth) + "1" + "}".repeat(depth);
  return shape == "object" ? inner : `{"error":{"code":"E","message":"deep","detail":${inner}}}`;
}

export const bodyPlan: fc.Arbitrary<BodyPlan> = fc.oneof(
  fc.record({ kind: fc.constant("json" as const), value: fc.jsonValue({ maxDepth: 4 }) }),
  fc.record({
    kind: fc.constant("deep" as const),
    depth: fc.oneof(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1_000, max: 12_000 })),
    shape: fc.constantFrom("array" as const, "object" as const, "error-envelope" as const),
  }),
  fc.record({
    kind: fc.constant("proto" as const),
    text: fc.constantFrom(
      '{"__proto__":{"polluted":true},"error":{"code":"E","message":"m"}}',
      '{"error":{"__proto__":{"polluted":true},"code":{"__proto__":null}}}',
      '{"constructor":{"prototype":{"polluted":true}},"data":[{"__proto__":{"polluted":1}}]}',
      '[{"__proto__":[]},{"toString":1,"valueOf":"x","hasOwnProperty":null}]',
      '{"error":{"message":{"toString":"not a function"},"code":["__proto__"]}}',
    ),
  }),
  fc.record({ kind: fc.constant("big" as const), size: fc.integer({ min: 10_000, max: 400_000 }) }),
  fc.record({
    kind: fc.constant("text" as const),
    text: fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.constantFrom("<html><body>502 Bad Gateway</body></html>", "null", "true", '"str"', "0", "[]", "{}"),
    ),
  }),
  fc.record({
    kind: fc.constant("truncated" as const),
    text: fc.constantFrom('{"data":[{"id":"a"},{"id":', '{"error":{"code":"E","mess', "[1,2,"),
  }),
  fc.record({
    kind: fc.constant("errored" as const),
    prefix: fc.constantFrom("", '{"data":[', '{"error":{"code":"E"}}'),
  }),
  fc.record({
    kind: fc.constant("bytes" as const),
    bytes: fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 64 }),
  }),
  fc.constant({ kind: "empty" as const }),
);

/** The response body of a plan: a string, bytes or a stream. */
export function bodyOf(plan: BodyPlan): BodyInit | null {
  switch (plan.kind) {
    case "json":
      return JSON.stringify(plan.value) ?? "null";
    case "deep":
      return deepJson(plan.depth, plan.shape);
    case "proto":
      return plan.text;
    case "big":
      return JSON.stringify({ error: { code: "BIG", message: "x".repeat(plan.size) }, data: [] });
    case "text":
    case "truncated":
      return plan.text;
    case "errored":
      return erroredStream(plan.prefix);
    case "bytes":
      return new Uint8Array(plan.bytes);
    case "empty":
      return "";
  }
}

/** A response with `status`, the plan's body (none where the status forbids one) and `headers`. */
export function respond(status: number, plan: BodyPlan, headers: Record<string, string> = {}): Response {
  const body = NULL_BODY.has(status) ? null : bodyOf(plan);
  return new Response(body, { status, headers: { "content-type": "application/json", ...headers } });
}
