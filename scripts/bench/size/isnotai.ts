// What a consumer of @clientele/isnotai ships: the factory, one call and one paginate.
import { createIsNotAiClient } from "../../../packages/isnotai/dist/index.js";

export async function run(apiKey: string): Promise<unknown> {
  const client = createIsNotAiClient({ apiKey });
  const { data } = await client.GET("/v1/users", { params: { query: { pageSize: 100 } } });
  for await (const user of client.paginate("/v1/users")) console.log(user.userId);
  return data;
}
