/**
 * `src/generated/client.ts`: the provider's factory, its options and its client type, from the
 * spec alone. The options are the credentials of the security schemes (each under the option its
 * `x-credential.option` names, default `apiKey`), the server variables marked `x-client-option` and
 * the options of `x-client-choices` (each the union of its values); core's `chooseOptions` picks the
 * server and the security alternative those name, and `createProviderClient` checks the rest and
 * builds the auth. A provider with nothing the spec cannot say exports this file as it is; one with
 * more wraps the factory.
 */
import { deref } from "../lib/pointer.ts";
import { jsdoc } from "./jsdoc.ts";
import { clientName } from "./metadata.ts";
import { emitMethods, methodsOf } from "./methods.ts";

type Obj = Record<string, any>;

/** One option of the generated factory: its name, whether TypeScript requires it, its doc. */
interface OptionDoc {
  name: string;
  /** Required by the type; `needed` also counts a server option needed unless `baseUrl` is given. */
  required: boolean;
  needed: boolean;
  doc: string;
  /** Its TypeScript type. @default "string" */
  type?: string;
}

/** An option of `x-client-choices` and, when it names one, the exported type of its values. */
interface Choice {
  option: OptionDoc;
  alias?: { name: string; values: string; doc: string };
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

/** The path parameters taken as options: each fills its parameter in every call that leaves it out. */
function pathOptions(doc: Obj): OptionDoc[] {
  const seen = new Map<string, OptionDoc>();
  for (const rawItem of Object.values<Obj>(doc.paths ?? {})) {
    const item = deref<Obj>(doc, rawItem);
    const params = [item.parameters ?? [], ...METHODS.map((m) => item[m]?.parameters ?? [])].flat();
    for (const p of params.map((raw: unknown) => deref<Obj>(doc, raw)))
      if (p.in === "path" && p["x-client-option"] && !seen.has(p.name))
        seen.set(p.name, {
          name: p.name,
          required: false,
          needed: false,
          doc: `${p.description?.trim() ?? ""}\n\nSent as the path parameter \`${p.name}\` by every call that names none.`,
        });
  }
  return [...seen.values()];
}

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** What a value of a choice picks, in words: a server's URL, or the schemes of a security alternative. */
function picked(doc: Obj, choice: Obj, value: string): string {
  if (choice.security) return choice.security[value].map((s: string) => `\`${s}\``).join(" + ");
  const server = (doc.servers ?? []).find(
    (s: Obj) => String(s.description).toLowerCase() === choice.server[value].toLowerCase(),
  );
  return `\`${server?.url ?? choice.server[value]}\``;
}

/** The options of `x-client-choices`: each the union of its values, named when it declares `type`. */
function choices(doc: Obj, client: string): Choice[] {
  return Object.entries<Obj>(doc["x-client-choices"] ?? {}).map(([name, choice]) => {
    const values = Object.keys(choice.server ?? choice.security);
    const union = values.map((v) => JSON.stringify(v)).join(" | ");
    const what = values.map((v) => `\`${v}\` is ${picked(doc, choice, v)}`).join(", ");
    const alias = choice.type && {
      name: `${client}${choice.type}`,
      values: union,
      doc: `The values of \`${name}\`: ${what}.`,
    };
    const option = {
      name,
      required: false,
      needed: false,
      doc: `${choice.description.trim()}\n@default ${JSON.stringify(choice.default)}`,
      type: alias ? alias.name : union,
    };
    return { option, alias };
  });
}

/** `ACME_CRM_API_KEY` for the option `apiKey` of `acme-crm`. */
const envName = (provider: string, option: string) =>
  `${provider}_${option.replace(/[A-Z]/g, (c) => `_${c}`)}`.replace(/-/g, "_").toUpperCase();

/** `src/generated/client.ts` for `provider`. */
export function emitClient(banner: string, provider: string, doc: Obj): string {
  const name = clientName(provider, doc);
  const chosen = choices(doc, name);
  const options = [
    ...credentialOptions(doc),
    ...variableOptions(doc),
    ...pathOptions(doc),
    ...chosen.map((c) => c.option),
  ];
  const members = options
    .map((o) => `${jsdoc(o.doc, "  ")}  ${o.name}${o.required ? "" : "?"}: ${o.type ?? "string"};\n`)
    .join("");
  const aliases = chosen
    .flatMap(({ alias }) =>
      alias ? [`${jsdoc(alias.doc)}export type ${alias.name} = ${alias.values};\n\n`] : [],
    )
    .join("");
  const example = options
    .filter((o) => o.needed)
    .map((o) => `${o.name}: process.env.${envName(provider, o.name)}!`)
    .join(", ");
  const title = doc.info?.title ?? name;
  const methods = methodsOf(doc);
  const calls = methods.filter((m) => !m.batch && !m.paginate);
  const walks = methods.filter((m) => m.paginate);
  const core = [
    "type Client",
    "type ClientOptions",
    "createProviderClient",
    ...(chosen.length ? ["chooseOptions"] : []),
    ...(methods.length ? ["extendClient"] : []),
    ...(calls.length || walks.length ? ["type CallOptions"] : []),
    ...(calls.length ? ["callOperation"] : []),
    ...(walks.length ? ["paginateOperation", "type PaginateOptions", "type Paginator"] : []),
    ...(calls.some((m) => m.returns.startsWith("NonNullable<ValueAt")) ? ["type ValueAt"] : []),
    ...(methods.some((m) => m.batch) ? ["type BatchOptions", "type BatchResult", "runBatch"] : []),
  ];
  const types = calls.some((m) => m.returns.startsWith("components")) ? "components, paths" : "paths";
  return `${banner}import { ${core.join(", ")} } from "@clientele/core";
import { metadata, type PageItems } from "./metadata.js";
import type { ${types} } from "./openapi.js";

${aliases}/** What \`create${name}Client\` takes: the spec's credentials and server options, and core's options. */
export interface ${name}ClientOptions extends ClientOptions {
${members}}

${jsdoc(`A typed client of the ${title}: openapi-fetch's methods, \`paginate\` on every list, core's errors.`)}export type ${name}Client = Client<paths, PageItems>${methods.length ? ` & ${name}Methods` : ""};
${emitMethods(name, methods)}
${jsdoc(`Creates a typed client of the ${title}. Every option is checked before anything is sent: a missing or malformed one is a \`ValidationError\` naming it, never quoting a credential.
@example
const client = create${name}Client({ ${example} });`)}export function create${name}Client(options: ${name}ClientOptions): ${name}Client {
  return ${methods.length ? "extendClient(" : ""}createProviderClient<paths, PageItems>(metadata, ${chosen.length ? "...chooseOptions(metadata, options)" : "options"})${methods.length ? ", methods)" : ""};
}
`;
}
