// A consumer of all five clients: one typed call and one typed walk over every item of a list each.
import { createIsNotAiClient } from "../../../packages/isnotai/dist/index.js";
import { createMercuryClient } from "../../../packages/mercury/dist/index.js";
import { createMetacomClient } from "../../../packages/metacom/dist/index.js";
import { createSparkwiseClient } from "../../../packages/sparkwise/dist/index.js";
import { createThoughtIndustriesClient } from "../../../packages/thought-industries/dist/index.js";

export async function isnotai(apiKey: string): Promise<string[]> {
  const client = createIsNotAiClient({ apiKey });
  const { data } = await client.GET("/v1/sessions/{sessionId}", { params: { path: { sessionId: "s1" } } });
  const ids = [data?.data.id ?? ""];
  for await (const user of client.paginate("/v1/users", { params: { query: { pageSize: 100 } } }))
    ids.push(user.userId);
  return ids;
}

export async function thoughtIndustries(apiKey: string): Promise<string[]> {
  const client = createThoughtIndustriesClient({ tenant: "acme", apiKey });
  const { data } = await client.GET("/users/{id}", { params: { path: { id: "u1" } } });
  const emails = [data && "email" in data ? data.email : ""];
  for await (const user of client.paginate("/users", { params: { query: { role: "learner" } } }))
    emails.push(user.email);
  return emails;
}

export async function sparkwise(apiKey: string): Promise<string[]> {
  const client = createSparkwiseClient({ apiKey });
  const { data } = await client.GET("/clusters", { params: { query: {} } });
  const ids = [String(data?.data.items.length)];
  for await (const user of client.paginate("/users", { params: { query: { pageSize: 200 } } }))
    ids.push(user.remoteId ?? "");
  return ids;
}

export async function metacom(token: string): Promise<string[]> {
  const client = createMetacomClient({ domain: "acme.metacom.example", token, environmentId: "acme_prod" });
  const { data } = await client.GET("/users/{userId}", { params: { path: { userId: "u1" } } });
  const ids = [data?.status ?? ""];
  for await (const user of client.paginate("/users", { params: { query: { limit: 100 } } }))
    ids.push(user._id);
  return ids;
}

export async function mercury(apiKey: string, projectId: string): Promise<string[]> {
  const client = createMercuryClient({ apiKey, projectId });
  const path = "/projects/{projectId}/users/properties";
  const { data } = await client.GET(path, { params: { path: { projectId }, query: { limit: 10 } } });
  const ids = (data?.data.items ?? []).map((u) => u.userId);
  for await (const user of client.paginate(path, { params: { path: { projectId }, query: { limit: 50 } } }))
    ids.push(user.userId);
  return ids;
}
