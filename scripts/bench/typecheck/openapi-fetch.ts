// The same consumer on plain openapi-fetch with the same schemas: one typed call and a hand-written
// walk over every item of a list, per provider.
import createClient from "openapi-fetch";
import type { paths as IsNotAiPaths } from "../../../packages/isnotai/dist/index.js";
import type { paths as MercuryPaths } from "../../../packages/mercury/dist/index.js";
import type { paths as MetacomPaths } from "../../../packages/metacom/dist/index.js";
import type { paths as SparkwisePaths } from "../../../packages/sparkwise/dist/index.js";
import type { paths as ThoughtIndustriesPaths } from "../../../packages/thought-industries/dist/index.js";

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

export async function isnotai(apiKey: string): Promise<string[]> {
  const client = createClient<IsNotAiPaths>({ baseUrl: "https://api.isnotai.com", headers: bearer(apiKey) });
  const { data } = await client.GET("/v1/sessions/{sessionId}", { params: { path: { sessionId: "s1" } } });
  const ids = [data?.data.id ?? ""];
  let cursor: string | undefined;
  for (;;) {
    const page = await client.GET("/v1/users", { params: { query: { pageSize: 100, cursor } } });
    if (!page.data) throw new Error("request failed");
    for (const user of page.data.data) ids.push(user.userId);
    if (!page.data.pagination.hasMore) return ids;
    cursor = page.data.pagination.nextCursor ?? undefined;
  }
}

export async function thoughtIndustries(apiKey: string): Promise<string[]> {
  const baseUrl = "https://acme.thoughtindustries.com/incoming/v2";
  const client = createClient<ThoughtIndustriesPaths>({ baseUrl, headers: bearer(apiKey) });
  const { data } = await client.GET("/users/{id}", { params: { path: { id: "u1" } } });
  const emails = [data && "email" in data ? data.email : ""];
  let cursor: string | undefined;
  for (;;) {
    const page = await client.GET("/users", { params: { query: { role: "learner", cursor } } });
    if (!page.data) throw new Error("request failed");
    const list = "users" in page.data ? page.data : page.data.data.APIUsers;
    for (const user of list.users) emails.push(user.email);
    if (!list.pageInfo?.hasMore || !list.pageInfo.cursor) return emails;
    cursor = list.pageInfo.cursor;
  }
}

export async function sparkwise(apiKey: string): Promise<string[]> {
  const baseUrl = "https://account-api.sparkwise.co";
  const client = createClient<SparkwisePaths>({ baseUrl, headers: { "x-api-key": apiKey } });
  const { data } = await client.GET("/clusters", { params: { query: {} } });
  const ids = [String(data?.data.items.length)];
  for (let page = 0; ; page++) {
    const res = await client.GET("/users", { params: { query: { pageSize: 200, page } } });
    if (!res.data) throw new Error("request failed");
    for (const user of res.data.data.items) ids.push(user.remoteId ?? "");
    if (page + 1 >= (res.data.data.totalPages ?? 0)) return ids;
  }
}

export async function metacom(token: string): Promise<string[]> {
  const headers = { ...bearer(token), "environment-id": "acme_prod" };
  const client = createClient<MetacomPaths>({ baseUrl: "https://acme.metacom.example/api/v2", headers });
  const { data } = await client.GET("/users/{userId}", { params: { path: { userId: "u1" } } });
  const ids = [data?.status ?? ""];
  let after: string | undefined;
  for (;;) {
    const page = await client.GET("/users", { params: { query: { limit: 100, after } } });
    if (!page.data) throw new Error("request failed");
    for (const user of page.data.data) ids.push(user._id);
    const next = page.data.pagination?.next;
    if (!next) return ids;
    after = new URLSearchParams(next).get("after") ?? undefined;
  }
}

export async function mercury(apiKey: string, projectId: string): Promise<string[]> {
  const client = createClient<MercuryPaths>({
    baseUrl: "https://api.mercury.ai/v1",
    headers: bearer(apiKey),
  });
  const path = "/projects/{projectId}/users/properties";
  const { data } = await client.GET(path, { params: { path: { projectId }, query: { limit: 10 } } });
  const ids = (data?.data.items ?? []).map((u) => u.userId);
  let startId: string | undefined;
  for (;;) {
    const page = await client.GET(path, { params: { path: { projectId }, query: { limit: 50, startId } } });
    if (!page.data) throw new Error("request failed");
    const items = startId ? page.data.data.items.slice(1) : page.data.data.items;
    for (const user of items) ids.push(user.userId);
    if (!items.length) return ids;
    startId = items.at(-1)!.userId;
  }
}
