// What a consumer of @clientele/mercury ships: the factory, one call and one paginate.
import { createMercuryClient } from "../../../packages/mercury/dist/index.js";

const USERS = "/projects/{projectId}/users/properties";

export async function run(apiKey: string, projectId: string): Promise<unknown> {
  const client = createMercuryClient({ apiKey });
  const { data } = await client.GET(USERS, { params: { path: { projectId }, query: { limit: 50 } } });
  for await (const user of client.paginate(USERS, { params: { path: { projectId } } }))
    console.log(user.userId);
  return data;
}
