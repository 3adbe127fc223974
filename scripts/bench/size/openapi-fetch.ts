// openapi-fetch alone, making the same kind of call: the floor every Clientele client starts from.
import createClient from "openapi-fetch";

export async function run(apiKey: string): Promise<unknown> {
  const client = createClient<any>({
    baseUrl: "https://api.example.test",
    headers: { authorization: apiKey },
  });
  return (await client.GET("/v1/users" as never, {} as never)).data;
}
