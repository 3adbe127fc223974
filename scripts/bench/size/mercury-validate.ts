// What a consumer of @clientele/mercury ships when it checks responses against the spec: the size entry's program with validateResponses.
import { createMercuryClient } from "../../../packages/mercury/dist/index.js";
import { validators } from "../../../packages/mercury/dist/validate.js";

const USERS = "/projects/{projectId}/users/properties";

export async function run(apiKey: string, projectId: string): Promise<unknown> {
  const client = createMercuryClient({ validateResponses: "throw", validators, apiKey });
  const { data } = await client.GET(USERS, { params: { path: { projectId }, query: { limit: 50 } } });
  for await (const user of client.paginate(USERS, { params: { path: { projectId } } }))
    console.log(user.userId);
  return data;
}
