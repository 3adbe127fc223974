// What a consumer of @clientele/isnotai ships when it checks responses against the spec: the size entry's program with validateResponses.
import { createIsNotAiClient } from "../../../packages/isnotai/dist/index.js";
import { validators } from "../../../packages/isnotai/dist/validate.js";

export async function run(apiKey: string): Promise<unknown> {
  const client = createIsNotAiClient({ validateResponses: "throw", validators, apiKey });
  const { data } = await client.GET("/v1/users", { params: { query: { pageSize: 100 } } });
  for await (const user of client.paginate("/v1/users")) console.log(user.userId);
  return data;
}
