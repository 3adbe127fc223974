// @octokit/core making the same kind of call, for comparison.
import { Octokit } from "@octokit/core";

export async function run(auth: string): Promise<unknown> {
  const octokit = new Octokit({ auth, baseUrl: "https://api.example.test" });
  return (await octokit.request("GET /v1/users")).data;
}
