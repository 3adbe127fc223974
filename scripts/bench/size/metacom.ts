// What a consumer of @clientele/metacom ships: the factory, one call and one paginate.
import { createMetacomClient } from "../../../packages/metacom/dist/index.js";

export async function run(token: string): Promise<unknown> {
  const client = createMetacomClient({ domain: "acme.metacom.example", token, environmentId: "acme_prod" });
  const { data } = await client.GET("/users", { params: { query: { limit: 100 } } });
  for await (const user of client.paginate("/users")) console.log(user._id);
  return data;
}
