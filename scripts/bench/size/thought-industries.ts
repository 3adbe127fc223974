// What a consumer of @clientele/thought-industries ships: the factory, one call and one paginate.
import { createThoughtIndustriesClient } from "../../../packages/thought-industries/dist/index.js";

export async function run(apiKey: string): Promise<unknown> {
  const client = createThoughtIndustriesClient({ tenant: "acme", apiKey });
  const { data } = await client.GET("/users", { params: { query: { role: "learner" } } });
  for await (const user of client.paginate("/users")) console.log(user.email);
  return data;
}
