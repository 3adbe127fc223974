// What a consumer of @clientele/sparkwise ships: the factory, one call and one paginate.
import { createSparkwiseClient } from "../../../packages/sparkwise/dist/index.js";

export async function run(apiKey: string): Promise<unknown> {
  const client = createSparkwiseClient({ apiKey });
  const { data } = await client.GET("/users", { params: { query: { pageSize: 200 } } });
  for await (const user of client.paginate("/users")) console.log(user.remoteId);
  return data;
}
