/**
 * The read-only walk of `pnpm demo --live <provider>` besides the users list: every other GET
 * operation of the spec. A path parameter is taken from the first item of the list the path continues
 * (`/v1/sessions/{sessionId}` from `/v1/sessions`), a required query parameter from a first item too
 * (`userId` from `/users`); an operation whose input cannot be found so is left out. A paginated one is
 * walked for at most `maxPages` pages. An operation whose call fails is reported, and the walk goes on.
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { specPath } from "../lib/providers.ts";
import type { DemoClient } from "./providers.ts";

export interface WalkStep {
  readonly template: string;
  readonly pages: number;
  readonly status?: number;
  readonly error?: string;
}

type Obj = Record<string, any>;

/** Every GET operation and what it needs, lists first (their items give the path parameters of the rest). */
function readOperations(provider: string) {
  const doc = parse(readFileSync(specPath(provider), "utf8")) as Obj;
  const ops = Object.entries<Obj>(doc.paths ?? {})
    .filter(([, item]) => item.get)
    .map(([template, item]) => {
      const params: Obj[] = [...(item.parameters ?? []), ...(item.get.parameters ?? [])].map((p: Obj) =>
        p.$ref ? doc.components.parameters[p.$ref.split("/").pop()] : p,
      );
      return {
        template,
        paged: !!item.get["x-pagination"],
        pathParams: [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!),
        requiredQuery: params.filter((p) => p.in == "query" && p.required).map((p) => p.name as string),
      };
    });
  return ops.sort(
    (a, b) => a.pathParams.length - b.pathParams.length || a.template.localeCompare(b.template),
  );
}

/** The first item of each list walked, by its path template. */
export type FirstItems = Map<string, Obj>;

/** A path parameter's value: the first item of the list the template continues, by the parameter's own name or `id`. */
function paramValue(template: string, name: string, first: FirstItems): unknown {
  const list = template.slice(0, template.indexOf(`/{${name}}`));
  const item = first.get(list);
  return item?.[name] ?? item?.id ?? item?._id;
}

/** A required query parameter's value: a field of that name in a list's first item, or `userId` from the first of `/users`. */
function queryValue(name: string, first: FirstItems): unknown {
  for (const [list, item] of first) {
    if (item[name] !== undefined) return item[name];
    const noun = list.slice(list.lastIndexOf("/") + 1).replace(/s$/, "");
    if (name == `${noun}Id`) return item.id ?? item._id;
  }
  return undefined;
}

const firstItem = (page: { items: unknown[] }) => page.items[0] as Obj | undefined;

export async function walkReads(
  provider: string,
  client: DemoClient,
  first: FirstItems,
  { skip, maxPages = 3 }: { skip: string; maxPages?: number },
): Promise<WalkStep[]> {
  const steps: WalkStep[] = [];
  for (const op of readOperations(provider)) {
    if (op.template == skip) continue;
    const path: Obj = {};
    for (const name of op.pathParams) path[name] = paramValue(op.template, name, first);
    const query: Obj = {};
    for (const name of op.requiredQuery) query[name] = queryValue(name, first);
    if ([...Object.values(path), ...Object.values(query)].some((v) => v === undefined || v === null))
      continue;
    const init = { params: { path, query } };
    try {
      if (op.paged) {
        let pages = 0;
        for await (const page of client.paginate(op.template, init).pages()) {
          if (!pages && firstItem(page)) first.set(op.template, firstItem(page)!);
          if (++pages >= maxPages) break;
        }
        steps.push({ template: op.template, pages });
      } else {
        const { response } = await client.GET(op.template, init);
        steps.push({ template: op.template, pages: 1, status: response.status });
      }
    } catch (error) {
      steps.push({
        template: op.template,
        pages: 0,
        error: `${(error as Error).name}: ${(error as Error).message}`,
      });
    }
  }
  return steps;
}
