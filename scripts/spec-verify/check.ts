/**
 * One recorded exchange against the spec: the operation is documented, its status is (not only by
 * `default`), the content type, the body's schema, the documented headers (and rate-limit or
 * request-id headers the response documents none of), and the pagination facts.
 */
import type { RecordedExchange } from "@clientele/core/record";
import { checkBody } from "./body.ts";
import type { ExchangeResult, Finding } from "./finding.ts";
import { checkPage } from "./pagination.ts";
import { type Operation, type Spec, join } from "./spec.ts";

/** Headers that say something about rate limits or request ids: worth documenting when seen. */
const WORTH_DOCUMENTING = /^(x-)?(rate-?limit|ratelimit)|^retry-after$|request-?id$|^x-amzn-requestid$/i;

export function checkExchange(spec: Spec, exchange: RecordedExchange): ExchangeResult {
  const op = spec.operation(exchange.method, exchange.template);
  if (!op)
    return {
      findings: [
        {
          kind: "operation",
          location: "/paths",
          message: `${exchange.method} ${exchange.template} is not in the spec`,
        },
      ],
      shapes: [],
    };
  const findings: Finding[] = [];
  const responses = join(op.pointer, "responses");
  const status = String(exchange.status);
  const keys = Object.keys(op.node.responses ?? {});
  const key = [status, `${status[0]}XX`].find((k) => keys.includes(k));
  if (!key) {
    const like = likeResponse(op, exchange.status);
    findings.push({
      kind: "status",
      location: responses,
      message: `status ${status} is not documented${keys.includes("default") ? " (only by default)" : ""}`,
      fix: { op: "document-status", responses, status, like, body: exchange.body },
    });
  }
  // `default` describes the error envelope: an undocumented success is not held to it
  const chosen = key ?? (exchange.status >= 400 && keys.includes("default") ? "default" : undefined);
  if (!chosen) return { findings, shapes: [] };
  const response = spec.resolve(join(responses, chosen));
  findings.push(...checkHeaders(spec, response.pointer, response.node, exchange));
  const result = checkContent(spec, response.pointer, response.node, exchange);
  findings.push(...result.findings);
  const page = checkPage(op, exchange);
  findings.push(...page.findings);
  return { findings, shapes: [...result.shapes, ...page.shapes] };
}

/** The response an undocumented status is most like: the operation's `default` for an error, its documented 2xx for a success. */
function likeResponse(op: Operation, status: number): string | undefined {
  const keys = Object.keys(op.node.responses ?? {});
  const pick =
    status < 400
      ? keys.find((k) => /^2/.test(k))
      : keys.includes("default")
        ? "default"
        : keys.find((k) => /^[45]/.test(k));
  return pick && join(op.pointer, "responses", pick);
}

function checkContent(
  spec: Spec,
  pointer: string,
  response: any,
  exchange: RecordedExchange,
): ExchangeResult {
  const content: Record<string, any> = response?.content ?? {};
  const type = (exchange.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  const hasBody = exchange.body !== undefined || !!exchange.text;
  if (!hasBody) return { findings: [], shapes: [] };
  const media = Object.keys(content).find((m) => m.toLowerCase() == type || matches(m.toLowerCase(), type));
  if (!media)
    return {
      findings: [
        {
          kind: "content-type",
          location: join(pointer, "content"),
          message: Object.keys(content).length
            ? `content type ${type || "(none)"} is not documented (documented: ${Object.keys(content).join(", ")})`
            : `a ${type || "untyped"} body where none is documented`,
        },
      ],
      shapes: [],
    };
  if (exchange.body === undefined) {
    if (/json/.test(media))
      return {
        findings: [
          {
            kind: "content-type",
            location: join(pointer, "content", media),
            message: "a body that is not JSON",
          },
        ],
        shapes: [],
      };
    return { findings: [], shapes: [] };
  }
  if (!content[media]?.schema) return { findings: [], shapes: [] };
  return checkBody(spec, join(pointer, "content", media, "schema"), exchange.body, exchange.personal);
}

const matches = (range: string, type: string) =>
  range == "*/*" || (range.endsWith("/*") && type.startsWith(range.slice(0, -1)));

function checkHeaders(spec: Spec, pointer: string, response: any, exchange: RecordedExchange): Finding[] {
  const findings: Finding[] = [];
  const documented: Record<string, unknown> = response?.headers ?? {};
  const names = new Set(Object.keys(documented).map((n) => n.toLowerCase()));
  for (const name of Object.keys(documented)) {
    const header = spec.resolve(join(pointer, "headers", name));
    const value = exchange.headers[name.toLowerCase()];
    if (value === undefined) {
      if (header.node?.required === true)
        findings.push({
          kind: "header",
          location: header.pointer,
          message: `required header ${name} missing`,
        });
      continue;
    }
    if (!header.node?.schema) continue;
    const schema = join(header.pointer, "schema");
    const errors = spec.validate(schema, coerce(spec, schema, value));
    if (errors.length)
      findings.push({
        kind: "header",
        location: schema,
        message: `header ${name}: ${errors[0]!.message}`,
      });
  }
  for (const name of Object.keys(exchange.headers))
    if (WORTH_DOCUMENTING.test(name) && !names.has(name))
      findings.push({
        kind: "header",
        location: join(pointer, "headers"),
        message: `undocumented header ${name}`,
      });
  return findings;
}

/** A header's text as the JSON value its schema expects (an integer header is compared as a number). */
function coerce(spec: Spec, schema: string, value: string): unknown {
  const { node } = spec.resolve(schema);
  const types = [node?.type ?? [], ...(node?.oneOf ?? node?.anyOf ?? []).map((s: any) => s?.type)].flat();
  if (
    (types.includes("integer") || types.includes("number")) &&
    value.trim() !== "" &&
    Number.isFinite(Number(value))
  )
    return Number(value);
  return value;
}
