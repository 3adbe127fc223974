/**
 * `src/generated/client.ts`: the provider's factory, its options and its client type, from the
 * spec alone. The options are the credentials of the security schemes (each under the option its
 * `x-credential.option` names, default `apiKey`) and the server variables marked `x-client-option`;
 * core's `createProviderClient` checks them and builds the auth. A provider with nothing the spec
 * cannot say exports this file as it is; one with more wraps the factory.
 */
import { deref } from "../lib/pointer.ts";
import { clientName } from "./metadata.ts";

type Obj = Record<string, any>;

/** One option of the generated factory: its name, whether TypeScript requires it, its doc. */
interface OptionDoc {
  name: string;
  /** Required by the type; `needed` also counts a server option needed unless `baseUrl` is given. */
  required: boolean;
  needed: boolean;
  doc: string;
}

/** A JSDoc block of `text` at `indent`, its paragraphs folded at 100 columns. */
function jsdoc(text: string, indent = ""): string {
  const width = 100 - indent.length - 3;
  const lines = text
    .replaceAll("*/", "*\\/")
    .trim()
    .split("\n")
    .flatMap((line) => fold(line.trimEnd(), width));
  return `${indent}/**\n${lines.map((l) => `${indent} *${l ? ` ${l}` : ""}`).join("\n")}\n${indent} */\n`;
}

/** `line` in lines of at most `width` characters, broken between words (code lines are kept). */
function fold(line: string, width: number): string[] {
  if (line.length <= width || line.startsWith("const ")) return [line];
  const out: string[] = [];
  let current = "";
  for (const word of line.split(" ")) {
    if (current && `${current} ${word}`.length > width) {
      out.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  return [...out, current];
}

/** How a scheme sends its credential, in words. */
function sentAs(scheme: Obj): string {
  return scheme.type === "http" ? "`Authorization: Bearer <value>`" : `the \`${scheme.name}\` header`;
}

/** The credential options: one per scheme of any security alternative, required if every alternative needs it. */
function credentialOptions(doc: Obj): OptionDoc[] {
  const alternatives: string[][] = (doc.security ?? []).map((a: Obj) => Object.keys(a));
  const options = new Map<string, { doc: string; alternatives: Set<number> }>();
  alternatives.forEach((names, i) => {
    for (const name of names) {
      const scheme = deref<Obj>(doc, doc.components.securitySchemes[name]);
      const option: string = scheme["x-credential"]?.option ?? "apiKey";
      const described = `Sent as ${sentAs(scheme)} (the spec's \`${name}\` scheme).\n\n${scheme.description ?? ""}`;
      if (!options.has(option)) options.set(option, { doc: described, alternatives: new Set() });
      options.get(option)!.alternatives.add(i);
    }
  });
  return [...options].map(([name, o]) => {
    const required = o.alternatives.size === alternatives.length;
    return { name, doc: o.doc, required, needed: required };
  });
}

/** The server variables taken as options. */
function variableOptions(doc: Obj): OptionDoc[] {
  const variables: Obj = doc.servers?.[0]?.variables ?? {};
  return Object.entries<Obj>(variables)
    .filter(([, v]) => v["x-client-option"])
    .map(([name, v]) => ({
      name,
      required: false,
      needed: v["x-client-option"].required === true,
      doc: `${v.description ?? ""}${v["x-client-option"].required ? "\n\nRequired unless `baseUrl` is given." : ""}`,
    }));
}

/** `ACME_CRM_API_KEY` for the option `apiKey` of `acme-crm`. */
const envName = (provider: string, option: string) =>
  `${provider}_${option.replace(/[A-Z]/g, (c) => `_${c}`)}`.replace(/-/g, "_").toUpperCase();

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** One `x-method` operation, as the generated method sends it. */
interface MethodSpec {
  name: string;
  key: string;
  /** `paths["/users/{id}"]["get"]`: the operation's generated type. */
  op: string;
  doc: string;
  pathParams: string[];
  query?: "required" | "optional";
  /** `empty`: required, but nothing in it is, so it may be left out and `{}` is sent. */
  body?: "required" | "optional" | "empty";
  /** The members' pointer in the body of an `x-batch` operation. */
  batch?: string;
  returns: string;
}

/** Every `x-method` operation of the spec. */
function methodsOf(doc: Obj): MethodSpec[] {
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
  const requestBody = operation.requestBody && deref<Obj>(doc, operation.requestBody);
  const status = Object.keys(operation.responses ?? {}).find((s) => /^2\d\d$/.test(s)) ?? "200";
  const body = `${op}["responses"][${status}]["content"]["application/json"]`;
  const payload = spec.payload;
  return {
    name: spec.name,
    key: `${method.toUpperCase()} ${path}`,
    op,
    doc: methodDoc(operation, `${method.toUpperCase()} ${path}`, payload),
    pathParams: [...path.matchAll(/\{([^}]+)\}/g)].map(([, name]) => name!),
    query: queries.length ? (queries.some((q) => q.required) ? "required" : "optional") : undefined,
    body: requestBody ? bodyPresence(doc, requestBody) : undefined,
    batch: operation["x-batch"]?.items,
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
    : payload === undefined
      ? "Returns the body."
      : `Returns the payload at ${[payload]
          .flat()
          .map((p) => (p ? `\`${p}\`` : "the body's root"))
          .join(", else ")}.`;
  const match = operation["x-method"].match;
  const picked = match
    ? ` Of it, the item whose \`${match.field}\` is \`${match.param}\`, never another (none is a \`MalformedResponseError\`).`
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
  const args = [
    ...m.pathParams.map((p) => `${p}: ${m.op}["parameters"]["path"][${JSON.stringify(p)}]`),
    ...(m.query ? [`query${m.query === "optional" ? "?" : ""}: ${m.op}["parameters"]["query"]`] : []),
    ...(m.body ? [`body${m.body === "required" ? "" : "?"}: ${bodyType}`] : []),
    "options?: CallOptions",
  ];
  return `${m.name}(${args.join(", ")}): Promise<${m.returns}>`;
}

/** The method's implementation: the arguments put back into an openapi-fetch init. */
function implementation(m: MethodSpec): string {
  const [method, path] = m.key.split(" ");
  if (m.batch)
    return `${m.name}: (members, options) => runBatch(client, ${JSON.stringify(method)}, ${JSON.stringify(path)}, members, options)`;
  const params = [
    ...(m.pathParams.length ? [`path: { ${m.pathParams.join(", ")} }`] : []),
    ...(m.query ? ["query"] : []),
  ];
  const args = [...m.pathParams, ...(m.query ? ["query"] : []), ...(m.body ? ["body"] : []), "options"];
  const init = [
    "...options",
    ...(params.length ? [`params: { ${params.join(", ")} }`] : []),
    ...(m.body ? [m.body === "empty" ? "body: body ?? {}" : "body"] : []),
  ];
  return `${m.name}: (${args.join(", ")}) => callOperation(client, ${JSON.stringify(m.key)}, { ${init.join(", ")} })`;
}

/** The methods part of `src/generated/client.ts`, when the spec declares any. */
function emitMethods(name: string, methods: MethodSpec[]): string {
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

/** `src/generated/client.ts` for `provider`. */
export function emitClient(banner: string, provider: string, doc: Obj): string {
  const name = clientName(provider, doc);
  const options = [...credentialOptions(doc), ...variableOptions(doc)];
  const members = options
    .map((o) => `${jsdoc(o.doc, "  ")}  ${o.name}${o.required ? "" : "?"}: string;\n`)
    .join("");
  const example = options
    .filter((o) => o.needed)
    .map((o) => `${o.name}: process.env.${envName(provider, o.name)}!`)
    .join(", ");
  const title = doc.info?.title ?? name;
  const methods = methodsOf(doc);
  const calls = methods.filter((m) => !m.batch);
  const core = [
    "type Client",
    "type ClientOptions",
    "createProviderClient",
    ...(methods.length ? ["extendClient"] : []),
    ...(calls.length ? ["type CallOptions", "callOperation"] : []),
    ...(calls.some((m) => m.returns.startsWith("NonNullable<ValueAt")) ? ["type ValueAt"] : []),
    ...(calls.length < methods.length ? ["type BatchOptions", "type BatchResult", "runBatch"] : []),
  ];
  const types = methods.some((m) => m.returns.startsWith("components")) ? "components, paths" : "paths";
  return `${banner}import { ${core.join(", ")} } from "@clientele/core";
import { metadata, type PageItems } from "./metadata.js";
import type { ${types} } from "./openapi.js";

/** What \`create${name}Client\` takes: the spec's credentials and server options, and core's options. */
export interface ${name}ClientOptions extends ClientOptions {
${members}}

${jsdoc(`A typed client of the ${title}: openapi-fetch's methods, \`paginate\` on every list, core's errors.`)}export type ${name}Client = Client<paths, PageItems>${methods.length ? ` & ${name}Methods` : ""};
${emitMethods(name, methods)}
${jsdoc(`Creates a typed client of the ${title}. Every option is checked before anything is sent: a missing or malformed one is a \`ValidationError\` naming it, never quoting a credential.
@example
const client = create${name}Client({ ${example} });`)}export function create${name}Client(options: ${name}ClientOptions): ${name}Client {
  return ${methods.length ? "extendClient(" : ""}createProviderClient<paths, PageItems>(metadata, options)${methods.length ? ", methods)" : ""};
}
`;
}
