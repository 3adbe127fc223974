// What a consumer of @clientele/sparkwise ships when it checks responses against the spec: the size entry's program with validateResponses.
import { createSparkwiseClient } from "../../../packages/sparkwise/dist/index.js";
import { validators } from "../../../packages/sparkwise/dist/validate.js";

export async function run(apiKey: string): Promise<unknown> {
  const client = createSparkwiseClient({ validateResponses: "throw", validators, apiKey });
  const { data } = await client.GET("/users", { params: { query: { pageSize: 200 } } });
  for await (const user of client.paginate("/users")) console.log(user.remoteId);
  return data;
}
