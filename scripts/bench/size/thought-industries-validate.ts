// What a consumer of @clientele/thought-industries ships when it checks responses against the spec: the size entry's program with validateResponses.
import { createThoughtIndustriesClient } from "../../../packages/thought-industries/dist/index.js";
import { validators } from "../../../packages/thought-industries/dist/validate.js";

export async function run(apiKey: string): Promise<unknown> {
  const client = createThoughtIndustriesClient({
    validateResponses: "throw",
    validators,
    tenant: "acme",
    apiKey,
  });
  const { data } = await client.GET("/users", { params: { query: { role: "learner" } } });
  for await (const user of client.paginate("/users")) console.log(user.email);
  return data;
}
