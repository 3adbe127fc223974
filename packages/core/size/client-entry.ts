// What a provider client costs a consumer: auth with a token provider, retries, unwrap and paginate.
import { bearerAuth, createClient, cursorPagination, unwrap } from "../src/index.js";

const metadata = {
  name: "size",
  servers: [{ url: "https://api.example.test" }],
  securitySchemes: {},
  errors: { code: "/error/code", message: "/error/message" },
  operations: {
    "GET /users": {
      id: "listUsers",
      pagination: { style: "cursor" as const, items: "/data", cursorParam: "cursor", nextCursor: "/next" },
    },
  },
  pageStyles: { cursor: cursorPagination },
};

export async function run(token: () => Promise<string>) {
  const client = createClient<any, any>(metadata, { auth: bearerAuth(token), retry: { retries: 3 } });
  for await (const user of client.paginate("/users", {})) console.log(user);
  return unwrap(client.GET("/users", {}));
}
