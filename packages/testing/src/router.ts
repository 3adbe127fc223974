/** Anything routable: an HTTP method and an OpenAPI-style path template such as `/v1/users/{userId}`. */
export interface Routable {
  readonly method: string;
  readonly path: string;
}

export type RouteMatch<R extends Routable> =
  | { readonly kind: "match"; readonly route: R; readonly params: Readonly<Record<string, string>> }
  | { readonly kind: "method-not-allowed"; readonly allow: readonly string[] }
  | { readonly kind: "not-found" }
  /** A segment holds a malformed percent escape. */
  | { readonly kind: "bad-path" };

export type Router<R extends Routable> = (method: string, path: string) => RouteMatch<R>;

type Segment = { readonly literal: string } | { readonly param: string };

interface Compiled<R> {
  readonly route: R;
  readonly segments: readonly Segment[];
}

/**
 * Compiles route templates into a matcher. Literal segments win over parameters at the same
 * position (`/v1/users/me` before `/v1/users/{userId}`), whatever the order of the table.
 */
export function createRouter<R extends Routable>(routes: readonly R[]): Router<R> {
  const compiled = routes.map((route) => ({ route, segments: parseTemplate(route.path) }));
  compiled.sort((a, b) => compareSpecificity(a.segments, b.segments));
  return (method, path) => {
    const segments = splitPath(path);
    if (segments === undefined) return { kind: "bad-path" };
    const candidates = compiled.filter((c) => matchSegments(c, segments) !== undefined);
    const hit = candidates.find((c) => c.route.method.toUpperCase() === method.toUpperCase());
    if (hit) return { kind: "match", route: hit.route, params: matchSegments(hit, segments) ?? {} };
    if (candidates.length > 0) {
      return { kind: "method-not-allowed", allow: [...new Set(candidates.map((c) => c.route.method))] };
    }
    return { kind: "not-found" };
  };
}

/**
 * Splits a raw (percent-encoded) path into segments, each decoded exactly once: `..%2Fadmin`
 * becomes the single segment `../admin`, `%252e` becomes `%2e`. Undefined on a malformed escape.
 */
export function splitPath(rawPath: string): string[] | undefined {
  const parts = rawPath.split("/").slice(1);
  try {
    return parts.map((part) => decodeURIComponent(part));
  } catch {
    return undefined;
  }
}

function parseTemplate(template: string): Segment[] {
  if (!template.startsWith("/")) throw new Error(`Route path must start with "/": ${template}`);
  return template
    .split("/")
    .slice(1)
    .map((part) => {
      const param = /^\{([^{}/]+)\}$/.exec(part)?.[1];
      if (param !== undefined) return { param };
      if (part.includes("{") || part.includes("}")) {
        throw new Error(`A path parameter must fill a whole segment: ${template}`);
      }
      return { literal: part };
    });
}

function matchSegments<R>(
  compiled: Compiled<R>,
  segments: readonly string[],
): Record<string, string> | undefined {
  if (compiled.segments.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, segment] of compiled.segments.entries()) {
    const value = segments[i] ?? "";
    if ("literal" in segment) {
      if (segment.literal !== value) return undefined;
    } else {
      if (value === "") return undefined;
      params[segment.param] = value;
    }
  }
  return params;
}

function compareSpecificity(a: readonly Segment[], b: readonly Segment[]): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const aLiteral = isLiteral(a[i]);
    const bLiteral = isLiteral(b[i]);
    if (aLiteral !== bLiteral) return aLiteral ? -1 : 1;
  }
  return 0;
}

function isLiteral(segment: Segment | undefined): boolean {
  return segment !== undefined && "literal" in segment;
}
