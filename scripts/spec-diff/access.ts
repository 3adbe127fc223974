/** Rules about how a client reaches and authenticates to the API: servers, security requirements, schemes. */
import { docChanges } from "./meta-rules.ts";
import { breaking, isObject, nonBreaking, same, show, type Change, type Obj } from "./types.ts";

/**
 * Servers are compared by position, because a client picks them by position (a region, the default):
 * a URL changed or a server removed breaks consumers; a server appended does not.
 */
export function serversRule(where: string, base: unknown, head: unknown): Change[] {
  const before: Obj[] = Array.isArray(base) ? base : [];
  const after: Obj[] = Array.isArray(head) ? head : [];
  const changes: Change[] = [];
  before.forEach((server, i) => {
    const loc = `${where}[${i}]`;
    const next = after[i];
    if (!next) changes.push(breaking(loc, `server ${server.url} removed`));
    else if (server.url !== next.url)
      changes.push(breaking(loc, `server URL changed: ${server.url} → ${next.url}`));
    else changes.push(...serverVariablesRule(loc, server.variables ?? {}, next.variables ?? {}));
    if (next) changes.push(...docChanges(server, next, loc, ["description"]));
  });
  after
    .slice(before.length)
    .forEach((server, i) =>
      changes.push(nonBreaking(`${where}[${before.length + i}]`, `server ${server.url} added`)),
    );
  return changes;
}

/** A server variable removed, its default changed or an allowed value dropped changes where requests go. */
function serverVariablesRule(where: string, base: Obj, head: Obj): Change[] {
  const changes: Change[] = [];
  for (const [name, variable] of Object.entries<Obj>(base)) {
    const next = head[name] as Obj | undefined;
    const loc = `${where} variable ${name}`;
    if (!next) changes.push(breaking(loc, "server variable removed"));
    else if (next.default !== variable.default)
      changes.push(breaking(loc, `default changed: ${variable.default} → ${next.default}`));
    else if (Array.isArray(next.enum) && !(variable.enum ?? []).every((v: string) => next.enum.includes(v)))
      changes.push(breaking(loc, `allowed values narrowed: ${show(variable.enum)} → ${show(next.enum)}`));
    else if (!same(variable.enum, next.enum))
      changes.push(
        nonBreaking(
          loc,
          `allowed values widened: ${show(variable.enum ?? "any")} → ${show(next.enum ?? "any")}`,
        ),
      );
    if (next) changes.push(...clientOptionChanges(loc, variable["x-client-option"], next["x-client-option"]));
    if (next) changes.push(...docChanges(variable, next, loc, ["description"]));
  }
  for (const name of Object.keys(head).filter((n) => !(n in base)))
    changes.push(nonBreaking(`${where} variable ${name}`, "server variable added"));
  return changes;
}

/**
 * `x-client-option`: a variable that stops being an option, becomes required or changes its pattern
 * may refuse what a consumer passes today; one that becomes an option, or a new `shape`, does not.
 */
function clientOptionChanges(where: string, base: Obj | undefined, head: Obj | undefined): Change[] {
  if (same(base, head)) return [];
  if (!head) return [breaking(where, "no longer a client option")];
  if (!base) return [nonBreaking(where, "now a client option")];
  if ((head.required && !base.required) || !same(base.pattern, head.pattern))
    return [breaking(where, "client option now required, or its pattern changed")];
  return [nonBreaking(where, "client option relaxed, or its shape reworded")];
}

/**
 * `x-credential`: the option renamed (the factory takes another name) or the pattern changed (a
 * credential accepted today may be refused) breaks consumers; a new prefix or shape does not.
 */
function credentialChanges(where: string, base: Obj = {}, head: Obj = {}): Change[] {
  const option = (c: Obj) => c.option ?? "apiKey";
  if (option(base) !== option(head))
    return [breaking(where, `credential option renamed: ${option(base)} → ${option(head)}`)];
  if (!same(base.pattern, head.pattern)) return [breaking(where, "credential pattern changed")];
  return same(base, head) ? [] : [nonBreaking(where, "credential prefix or shape changed")];
}

/** One alternative: `{a: [], b: []}` means a and b together (`a + b`); `{}` means no credentials. */
const requirementName = (requirement: Obj) =>
  Object.keys(requirement)
    .sort()
    .map((k) => (requirement[k]?.length ? `${k}(${requirement[k].join(" ")})` : k))
    .join(" + ") || "none";

/** The alternatives of a `security` list; `[]` allows calls without credentials. */
function alternatives(security: unknown): string[] {
  if (!Array.isArray(security)) return [];
  return security.length ? security.map(requirementName) : ["none"];
}

/** An alternative removed leaves callers that used it without access; one added gives them a choice. */
export function securityRule(where: string, base: unknown, head: unknown): Change[] {
  const before = alternatives(base);
  const after = alternatives(head);
  return [
    ...before
      .filter((a) => !after.includes(a))
      .map((a) => breaking(where, `security requirement ${a} removed`)),
    ...after
      .filter((a) => !before.includes(a))
      .map((a) => (before.length ? nonBreaking : breaking)(where, `security requirement ${a} added`)),
  ];
}

/** What a client does with a credential: `apiKey in header x-api-key`, `http bearer`. */
const describeScheme = (s: Obj) =>
  s.type === "apiKey"
    ? `apiKey in ${s.in} ${s.name}`
    : s.type === "http"
      ? `http ${s.scheme}`
      : String(s.type);
const OTHER_FIELDS = ["bearerFormat", "openIdConnectUrl", "flows"];

/** A scheme's type, location or header name changed: the credential goes somewhere else. */
export function securitySchemesRule(where: string, base: Obj = {}, head: Obj = {}): Change[] {
  const changes: Change[] = [];
  for (const [name, scheme] of Object.entries<Obj>(base)) {
    const next = head[name] as Obj | undefined;
    const loc = `${where} ${name}`;
    if (!isObject(next)) changes.push(breaking(loc, "security scheme removed"));
    else changes.push(...schemeChanges(loc, scheme, next), ...docChanges(scheme, next, loc, ["description"]));
  }
  for (const name of Object.keys(head).filter((n) => !(n in base)))
    changes.push(nonBreaking(`${where} ${name}`, "security scheme added"));
  return changes;
}

function schemeChanges(where: string, base: Obj, head: Obj): Change[] {
  const changes: Change[] = [];
  if (base.type === head.type && base.in === head.in && base.name !== head.name)
    changes.push(
      breaking(
        where,
        `auth ${base.in === "header" ? "header" : base.in} name changed: ${base.name} → ${head.name}`,
      ),
    );
  else if (describeScheme(base) !== describeScheme(head))
    changes.push(breaking(where, `credential changed: ${describeScheme(base)} → ${describeScheme(head)}`));
  changes.push(...credentialChanges(where, base["x-credential"], head["x-credential"]));
  for (const field of OTHER_FIELDS.filter((f) => !same(base[f], head[f])))
    changes.push(
      breaking(where, `${field} changed: ${show(base[field] ?? "none")} → ${show(head[field] ?? "none")}`),
    );
  return changes;
}
