/**
 * Recordings for the `spec:verify` tests: the demo's read-only walk against each provider's fake
 * (through `pnpm demo --live`'s own code, with `--base-url`), and deliberate mutations of them, one
 * at a time, each with where `spec:verify` must report it.
 */
import type { RecordedExchange } from "@clientele/core/record";
import { type FakeServer, startFakeServer } from "@clientele/testing";
import { runLive } from "../demo/run.ts";
import { type Spec, at, join } from "../spec-verify/spec.ts";

/** The environment `--live` reads, from a fake's credentials. */
const ENV: Record<string, (s: FakeServer<any, any>) => Record<string, string>> = {
  isnotai: (s) => ({ ISNOTAI_API_KEY: s.auth.keys.us.pro }),
  "thought-industries": (s) => ({ TI_API_KEY: s.auth.apiKey, TI_TENANT: "acme" }),
  sparkwise: (s) => ({ SPARKWISE_API_KEY: s.auth.apiKey }),
  metacom: (s) => ({
    METACOM_TOKEN: s.auth.token,
    METACOM_ENVIRONMENT_ID: s.auth.environmentId,
    METACOM_DOMAIN: "metacom.example.test",
  }),
  mercury: (s) => ({ MERCURY_API_KEY: s.auth.apiKey, MERCURY_PROJECT_ID: s.state.projectId }),
};

export const fakeEnv = (provider: string, fake: FakeServer<any, any>) => ENV[provider]!(fake);

/** The walk `pnpm demo --live <provider> --verify` makes, against an unmutated, fault-free fake of 60 users. */
export async function recordWalk(provider: string, options: { record?: string; verify?: boolean } = {}) {
  const fake = await startFakeServer(provider as "sparkwise", { seed: 3, users: 60, retryAfterSeconds: 0 });
  try {
    return await runLive(provider, {
      env: fakeEnv(provider, fake),
      baseUrl: fake.url,
      verify: true,
      ...options,
    });
  } finally {
    await fake.close();
  }
}

/** Where the mutated page keeps things, per provider: the users list, an item, and its paging object. */
export const LISTS: Record<
  string,
  { template: string; item: string; itemSchema: string; page: string; pageSchema: string }
> = {
  isnotai: {
    template: "/v1/users",
    item: "/data/0",
    itemSchema: "/components/schemas/User",
    page: "/pagination",
    pageSchema: "/components/schemas/Pagination",
  },
  "thought-industries": {
    template: "/users",
    item: "/users/0",
    itemSchema: "/components/schemas/User",
    page: "/pageInfo",
    pageSchema: "/components/schemas/PageInfo",
  },
  sparkwise: {
    template: "/users",
    item: "/data/items/0",
    itemSchema: "/components/schemas/User",
    page: "/data",
    pageSchema: "/components/schemas/UserPage",
  },
  metacom: {
    template: "/users",
    item: "/data/0",
    itemSchema: "/components/schemas/User",
    page: "/pagination",
    pageSchema: "/components/schemas/Pagination",
  },
  mercury: {
    template: "/projects/{projectId}/users/properties",
    item: "/data/items/0",
    itemSchema: "/components/schemas/BotUser",
    page: "/data",
    pageSchema: "/components/schemas/BotUserList",
  },
};

/** Where `spec:verify` must report a mutation: a finding (or, for an open schema, a note; for a shape, an alternative seen). */
export interface Expected {
  readonly location: string;
  readonly message: RegExp;
}

export interface Mutation {
  readonly name: string;
  /** The recording with one exchange changed. */
  readonly exchanges: RecordedExchange[];
  /** Which. */
  readonly index: number;
  readonly expect: readonly Expected[];
  /** Whether `--write` has a fix for it. */
  readonly writable: boolean;
}

const clone = <T>(v: T): T => structuredClone(v);

/** Sets (or, with `undefined`, deletes) the value at a pointer, in place. */
function put(root: unknown, pointer: string, value: unknown) {
  const parts = pointer.slice(1).split("/");
  const key = parts.pop()!;
  const parent = at(root, parts.length ? `/${parts.join("/")}` : "") as Record<string, unknown>;
  if (value === undefined) delete parent[key];
  else parent[key] = value;
}

/** A required, non-nullable string property of a schema that the item carries and the recorder did not hash. */
function requiredString(
  spec: Spec,
  schema: string,
  item: Record<string, unknown>,
  hashed: Set<string>,
  base: string,
) {
  const node = spec.resolve(schema).node;
  return ((node?.required ?? []) as string[]).find((name) => {
    const prop = spec.resolve(join(schema, "properties", name)).node;
    return prop?.type === "string" && typeof item[name] == "string" && !hashed.has(join(base, name));
  });
}

/** The first property with an `enum` or `const`, looking through a schema's properties (and their items), depth first. */
function enumProperty(
  spec: Spec,
  schema: string,
  value: unknown,
  inst: string,
  depth = 0,
): { pointer: string; schema: string } | undefined {
  if (depth > 6 || !value || typeof value != "object") return undefined;
  const { node, pointer } = spec.resolve(schema);
  if (Array.isArray(value))
    return node?.items && value.length
      ? enumProperty(spec, `${pointer}/items`, value[0], `${inst}/0`, depth + 1)
      : undefined;
  for (const [name, sub] of Object.entries<any>(node?.properties ?? {})) {
    const resolved = spec.resolve(join(pointer, "properties", name));
    if (!(name in (value as object))) continue;
    if (Array.isArray(resolved.node?.enum) || (resolved.node && "const" in resolved.node))
      return { pointer: join(inst, name), schema: resolved.pointer };
    const deeper = enumProperty(
      spec,
      join(pointer, "properties", name),
      (value as any)[name],
      join(inst, name),
      depth + 1,
    );
    if (deeper) return deeper;
    void sub;
  }
  return undefined;
}

/**
 * One mutation at a time of the first users page: a property renamed, a type changed, a new property,
 * a required property missing, null where not nullable, a new enum value, an undocumented status, an
 * extra page field, and (Thought Industries) the documented envelope instead of the flat shape the
 * fake serves. A mutation the spec gives no hold for (no enum in the page) is left out.
 */
export function mutations(spec: Spec, provider: string, recording: RecordedExchange[]): Mutation[] {
  const list = LISTS[provider]!;
  // the first page: the one that carries the fewest query parameters (no cursor, key or page yet)
  const pages = recording.filter((e) => e.template == list.template && e.status == 200);
  const first = pages.reduce((a, b) => (Object.keys(b.query).length < Object.keys(a.query).length ? b : a));
  const index = recording.indexOf(first);
  const page = recording[index]!;
  const item = at(page.body, list.item) as Record<string, unknown>;
  const hashed = new Set(page.personal.pointers);
  const op = join("/paths", list.template, "get");
  const one = (name: string, change: (e: any) => void, expect: Expected[], writable = true): Mutation => {
    const exchanges = clone(recording);
    change(exchanges[index]);
    return { name, exchanges, index, expect, writable };
  };
  const out: Mutation[] = [];
  const prop = requiredString(spec, list.itemSchema, item, hashed, list.item);
  if (prop) {
    const at = join(list.itemSchema, "properties", prop);
    const missing = { location: at, message: new RegExp(`required property "${prop}" missing`) };
    out.push(
      one(
        `${prop} renamed`,
        (e) => {
          put(e.body, join(list.item, `${prop}Renamed`), item[prop]);
          put(e.body, join(list.item, prop), undefined);
        },
        [
          missing,
          { location: list.itemSchema, message: new RegExp(`undocumented property "${prop}Renamed"`) },
        ],
      ),
      one(`${prop} a number`, (e) => put(e.body, join(list.item, prop), 12345), [
        { location: at, message: /integer where string is expected/ },
      ]),
      one(`${prop} missing`, (e) => put(e.body, join(list.item, prop), undefined), [missing]),
      one(`${prop} null`, (e) => put(e.body, join(list.item, prop), null), [
        { location: at, message: /null where string is expected \(not nullable\)/ },
      ]),
    );
  }
  out.push(
    one("a new property", (e) => put(e.body, join(list.item, "seenOnlyInTraffic"), "x"), [
      { location: list.itemSchema, message: /undocumented property "seenOnlyInTraffic"/ },
    ]),
    one("an extra page field", (e) => put(e.body, join(list.page, "pageFieldNew"), 3), [
      { location: list.pageSchema, message: /undocumented property "pageFieldNew"/ },
    ]),
    one("an undocumented status", (e) => (e.status = 203), [
      { location: join(op, "responses"), message: /status 203 is not documented/ },
    ]),
  );
  const responseSchema = join(op, "responses", "200", "content", "application/json", "schema");
  const enumAt = enumProperty(spec, responseSchema, page.body, "");
  if (enumAt)
    out.push(
      one("a new enum value", (e) => put(e.body, enumAt.pointer, "a-value-never-documented"), [
        { location: enumAt.schema, message: /"a-value-never-documented" is not (in the enum|the const)/ },
      ]),
    );
  if (provider == "thought-industries")
    out.push(
      one(
        "the documented envelope instead of the flat list",
        (e) => (e.body = { data: { APIUsers: e.body } }),
        [{ location: "/components/schemas/UserListResponse/anyOf/0", message: /took UserListEnvelope/ }],
        false,
      ),
    );
  return out;
}
