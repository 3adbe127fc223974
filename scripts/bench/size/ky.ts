// ky making the same kind of call, for comparison.
import ky from "ky";

export async function run(apiKey: string): Promise<unknown> {
  const api = ky.create({ prefixUrl: "https://api.example.test", headers: { authorization: apiKey } });
  return api.get("v1/users").json();
}
