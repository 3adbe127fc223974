// axios (fetch adapter) making the same kind of call, for comparison.
import axios from "axios";

export async function run(apiKey: string): Promise<unknown> {
  const api = axios.create({
    baseURL: "https://api.example.test",
    adapter: "fetch",
    headers: { authorization: apiKey },
  });
  return (await api.get("/v1/users")).data;
}
