// openapi-fetch alone, for comparison: the floor every Clientele client starts from.
import createClient from "openapi-fetch";

export const run = () =>
  createClient<any>({ baseUrl: "https://api.example.test" }).GET("/users" as never, {} as never);
