/** Compares two OpenAPI documents: every change, with its location, class and reason. */
import { securityRule, securitySchemesRule, serversRule } from "./access.ts";
import { choicesRule, errorsRule, rateLimitRule } from "./extensions.ts";
import { clientName } from "../generate/metadata.ts";
import { docChanges, unclassifiedChanges } from "./meta-rules.ts";
import { diffPaths, diffWebhooks } from "./operations.ts";
import { resolveRefs } from "./resolve.ts";
import { breaking, docs, nonBreaking, type Change, type Obj } from "./types.ts";

/** Named components the generated types export as `components["<section>"]["<name>"]`. */
const EXPORTED_SECTIONS = ["schemas", "responses", "parameters", "requestBodies", "headers", "pathItems"];
/** Root keys that rules cover; a change to any other (`openapi`, `jsonSchemaDialect`, `x-…`) is unclassified. */
const HANDLED = new Set([
  ...["info", "servers", "security", "tags", "externalDocs", "paths", "webhooks", "components"],
  ...["x-errors", "x-rate-limit", "x-client", "x-client-choices"],
]);

/** Every change from `base` to `head` (both parsed, unresolved documents of `provider`'s spec). */
export function diffSpecs(base: Obj, head: Obj, provider?: string): Change[] {
  const resolved = { base: resolveApi(base), head: resolveApi(head) };
  return [
    ...infoRule(base.info ?? {}, head.info ?? {}),
    ...serversRule("servers", base.servers, head.servers),
    ...securityRule("security", base.security, head.security),
    ...securitySchemesRule(
      "securitySchemes",
      base.components?.securitySchemes,
      head.components?.securitySchemes,
    ),
    ...errorsRule(base["x-errors"], head["x-errors"]),
    ...rateLimitRule("", base["x-rate-limit"], head["x-rate-limit"]),
    ...clientNameRule(provider, base, head),
    ...choicesRule(base["x-client-choices"], head["x-client-choices"]),
    ...componentNamesRule(base.components ?? {}, head.components ?? {}),
    ...diffPaths(resolved),
    ...diffWebhooks(resolved),
    ...docChanges(base, head, "document", ["tags", "externalDocs"]),
    ...unclassifiedChanges("document", base, head, HANDLED),
  ];
}

/**
 * `x-client.name` (default: the provider's folder in PascalCase) names the factory and its types:
 * a different name renames them; declaring the name the default already gives changes nothing.
 */
function clientNameRule(provider: string | undefined, base: Obj, head: Obj): Change[] {
  const name = (doc: Obj) =>
    provider ? clientName(provider, doc) : (doc["x-client"]?.name ?? "the default");
  return name(base) === name(head)
    ? []
    : [breaking("x-client", `factory renamed: ${name(base)} → ${name(head)}`)];
}

/** What the walk needs, with every `$ref` resolved: paths and webhooks (and the root security they inherit). */
function resolveApi(doc: Obj): Obj {
  return {
    paths: resolveRefs(doc, doc.paths ?? {}),
    webhooks: resolveRefs(doc, doc.webhooks ?? {}),
    security: doc.security,
  };
}

/** The provider's own version and texts: documentation only. */
function infoRule(base: Obj, head: Obj): Change[] {
  const changes = docChanges(base, head, "info", [
    "title",
    "summary",
    "description",
    "contact",
    "license",
    "termsOfService",
  ]);
  if (base.version !== head.version)
    changes.push(docs("info", `API version ${base.version} → ${head.version}`));
  return changes;
}

/** A named component removed takes its exported type with it; one added is a new export. */
function componentNamesRule(base: Obj, head: Obj): Change[] {
  return EXPORTED_SECTIONS.flatMap((section) => {
    const before = Object.keys(base[section] ?? {});
    const after = Object.keys(head[section] ?? {});
    return [
      ...before
        .filter((name) => !after.includes(name))
        .map((name) =>
          breaking(
            `components ${section} ${name}`,
            `removed: the exported components["${section}"]["${name}"] type is gone`,
          ),
        ),
      ...after
        .filter((name) => !before.includes(name))
        .map((name) => nonBreaking(`components ${section} ${name}`, "added")),
    ];
  });
}
