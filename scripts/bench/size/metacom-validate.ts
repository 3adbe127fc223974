// What a consumer of @clientele/metacom ships when it checks responses against the spec: the size entry's program with validateResponses.
import { createMetacomClient } from "../../../packages/metacom/dist/index.js";
import { validators } from "../../../packages/metacom/dist/validate.js";

export async function run(token: string): Promise<unknown> {
  const client = createMetacomClient({
    validateResponses: "throw",
    validators,
    domain: "acme.metacom.example",
    token,
    environmentId: "acme_prod",
  });
  const { data } = await client.GET("/users", { params: { query: { limit: 100 } } });
  for await (const user of client.paginate("/users")) console.log(user._id);
  return data;
}
