/**
 * The methods of `src/generated/client.ts`: each `x-method` operation as a typed method that puts its
 * arguments back into an openapi-fetch init and calls core's `callOperation` (a list's
 * `paginateOperation`, a batch's `runBatch`).
 */
import { deref } from "../lib/pointer.ts";
import { jsdoc } from "./jsdoc.ts";

type Obj = Record<string, any>;

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** One `x-method` operation, as the generated method sends it. */
export interface MethodSpec {
  name: string;
  key: string;
  /** `paths["/users/{id}"]["get"]`: the operation's generated type. */
  op: string;
  doc: string;
  pathParams: string[];
  /** Path parameters that are client options (`x-client-option`): optional members of `query`. */
  bound: string[];
  /** Whether the method takes a query argument (query parameters, or bound path parameters), and must. */
  query?: "required" | "optional";
  /** The operation has query parameters. */
  queryParams: boolean;
  /** `empty`: required, but nothing in it is, so it may be left out and `{}` is sent. */
  body?: "required" | "optional" | "empty";
  /** The members' pointer in the body of an `x-batch` operation. */
  batch?: string;
  /** A paginated GET (`x-pagination`): the method returns its paginator. */
  paginate?: boolean;
  returns: string;
}

/** Every `x-method` operation of the spec. */
export function methodsOf(doc: Obj): MethodSpec[] {
  return Object.entries<Obj>(doc.paths ?? {}).flatMap(([path, rawItem]) => {
    const item = deref<Obj>(doc, rawItem);
    return METHODS.filter((m) => item[m]?.["x-method"]).map((m) => methodOf(doc, path, m, item));
  });
}

function methodOf(doc: Obj, path: string, method: string, item: Obj): MethodSpec {
  const operation: Obj = item[method];
  const spec: Obj = operation["x-method"];
  const op = `paths[${JSON.stringify(path)}][${JSON.stringify(method)}]`;
  const params = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((p) => deref<Obj>(doc, p));
  const queries = params.filter((p) => p.in === "query");
  const bound = params.filter((p) => p.in === "path" && p["x-client-option"]).map((p) => p.name as string);
  const requestBody = operation.requestBody && deref<Obj>(doc, operation.requestBody);
  const status = Object.keys(operation.responses ?? {}).find((s) => /^2\d\d$/.test(s)) ?? "200";
  const body = `${op}["responses"][${status}]["content"]["application/json"]`;
  const payload = spec.payload;
  return {
    name: spec.name,
    key: `${method.toUpperCase()} ${path}`,
    op,
    doc: methodDoc(operation, `${method.toUpperCase()} ${path}`, payload),
    pathParams: [...path.matchAll(/\{([^}]+)\}/g)].map(([, name]) => name!).filter((n) => !bound.includes(n)),
    bound,
    queryParams: queries.length > 0,
    query:
      queries.length || bound.length
        ? queries.some((q) => q.required)
          ? "required"
          : "optional"
        : undefined,
    body: requestBody ? bodyPresence(doc, requestBody) : undefined,
    batch: operation["x-batch"]?.items,
    paginate: method === "get" && !!operation["x-pagination"],
    returns: spec.schema
      ? `components["schemas"][${JSON.stringify(spec.schema)}]`
      : typeof payload === "string"
        ? `NonNullable<ValueAt<${body}, ${JSON.stringify(payload)}>>`
        : body,
  };
}

/** Whether a method's body argument is required: not when the body is optional or needs nothing. */
function bodyPresence(doc: Obj, requestBody: Obj): MethodSpec["body"] {
  if (!requestBody.required) return "optional";
  const schema = deref<Obj>(doc, requestBody.content?.["application/json"]?.schema ?? {});
  return schema.type === "object" && !schema.required?.length ? "empty" : "required";
}

/** The operation's summary, what the method sends and what it returns. */
function methodDoc(operation: Obj, key: string, payload: string | string[] | undefined): string {
  const returns = operation["x-batch"]
    ? "Returns every member's outcome: in `succeeded`, or in `failed` with the reason."
    : operation["x-pagination"]
      ? "Returns its paginator: every item of every page, each once, fetched lazily; a bad parameter is refused when the walk starts, before any request."
      : payload === undefined
        ? "Returns the body."
        : `Returns the payload at ${[payload]
            .flat()
            .map((p) => (p ? `\`${p}\`` : "the body's root"))
            .join(", else ")}.`;
  const match = operation["x-method"].match;
  const picked = match
    ? ` Of it, the item whose \`${match.field}\` is \`${match.param}\`, never another (none, or several, is a \`MalformedResponseError\`).`
    : "";
  return `${operation.summary ?? key}.\n\nSends \`${key}\`. ${returns}${picked}`;
}

/** `["users"][number]` for the members at `/users`. */
const memberAt = (pointer: string) =>
  `${pointer
    .split("/")
    .slice(1)
    .map((s) => `[${JSON.stringify(s.replace(/~1/g, "/").replace(/~0/g, "~"))}]`)
    .join("")}[number]`;

/** The method's signature in the generated client type. */
function signature(m: MethodSpec): string {
  const bodyType = `NonNullable<${m.op}["requestBody"]>["content"]["application/json"]`;
  if (m.batch) {
    const member = `${bodyType}${memberAt(m.batch)}`;
    return `${m.name}(members: readonly ${member}[], options?: Omit<BatchOptions, "body">): Promise<BatchResult<${member}>>`;
  }
  const pathType = (p: string) => `${m.op}["parameters"]["path"][${JSON.stringify(p)}]`;
  const bound = m.bound.map((p) => `${p}?: ${pathType(p)}`).join("; ");
  const queryType = [
    ...(m.queryParams ? [`NonNullable<${m.op}["parameters"]["query"]>`] : []),
    ...(bound ? [`{ ${bound} }`] : []),
  ].join(" & ");
  const args = [
    ...m.pathParams.map((p) => `${p}: ${pathType(p)}`),
    ...(m.query ? [`query${m.query === "optional" ? "?" : ""}: ${queryType}`] : []),
    ...(m.body ? [`body${m.body === "required" ? "" : "?"}: ${bodyType}`] : []),
    m.paginate ? "options?: PaginateOptions & CallOptions" : "options?: CallOptions",
  ];
  const path = JSON.stringify(m.key.slice(m.key.indexOf(" ") + 1));
  return `${m.name}(${args.join(", ")}): ${m.paginate ? `Paginator<PageItems[${path}]>` : `Promise<${m.returns}>`}`;
}

/** The method's implementation: the arguments put back into an openapi-fetch init. */
function implementation(m: MethodSpec): string {
  const [method, path] = m.key.split(" ");
  if (m.batch)
    return `${m.name}: (members, options) => runBatch(client, ${JSON.stringify(method)}, ${JSON.stringify(path)}, members, options)`;
  const inPath = [...m.pathParams, ...m.bound];
  const params = [
    ...(inPath.length ? [`path: { ${inPath.join(", ")} }`] : []),
    ...(m.query ? ["query"] : []),
  ];
  const queryArg = m.bound.length ? `{ ${m.bound.join(", ")}, ...query } = {}` : "query";
  const args = [...m.pathParams, ...(m.query ? [queryArg] : []), ...(m.body ? ["body"] : []), "options"];
  if (m.paginate)
    return `${m.name}: (${args.join(", ")}) => paginateOperation(client, ${JSON.stringify(path)}, { ${params.join(", ")} }, options)`;
  const init = [
    "...options",
    ...(params.length ? [`params: { ${params.join(", ")} }`] : []),
    ...(m.body ? [m.body === "empty" ? "body: body ?? {}" : "body"] : []),
  ];
  return `${m.name}: (${args.join(", ")}) => callOperation(client, ${JSON.stringify(m.key)}, { ${init.join(", ")} })`;
}

/** The methods part of `src/generated/client.ts`, when the spec declares any. */
export function emitMethods(name: string, methods: MethodSpec[]): string {
  if (!methods.length) return "";
  const members = methods.map((m) => `${jsdoc(m.doc || m.key, "  ")}  ${signature(m)};\n`).join("");
  return `
/** The methods the spec declares (\`x-method\`), each sending one operation. */
export interface ${name}Methods {
${members}}

/** The spec's methods, sent through \`client\` (the factory adds them with \`extendClient\`). */
export const methods = (client: Client<paths, PageItems>): ${name}Methods =>
  ({
${methods.map((m) => `    ${implementation(m)},\n`).join("")}  }) as ${name}Methods;
`;
}
