/** A throwaway Verdaccio registry on 127.0.0.1: local publishes only, everything else from npm. */
import { writeFileSync, mkdirSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { runServer } from "verdaccio";

export interface LocalRegistry {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  /** Closes the server and every open connection. */
  stop(): Promise<void>;
}

/** The npm registry packages not published locally are looked up in. */
const UPSTREAM = "https://registry.npmjs.org/";

/** Scoped packages are served from local storage only; any other name comes from the upstream registry. */
function config(storage: string, upstream: string): string {
  return `storage: ${JSON.stringify(storage)}
auth:
  htpasswd:
    file: ${JSON.stringify(join(storage, "htpasswd"))}
    max_users: -1
uplinks:
  npmjs:
    url: ${JSON.stringify(upstream)}
packages:
  "@clientele/*":
    access: $all
    publish: $all
    unpublish: $all
  "**":
    access: $all
    proxy: npmjs
logs:
  type: stdout
  format: pretty
  level: error
`;
}

/** Starts Verdaccio in this process on an ephemeral port, storing everything under `dir`. */
export async function startRegistry(dir: string, upstream = UPSTREAM): Promise<LocalRegistry> {
  const storage = join(dir, "storage");
  mkdirSync(storage, { recursive: true });
  const configPath = join(dir, "config.yaml");
  writeFileSync(configPath, config(storage, upstream));
  const server = (await runServer(configPath)) as Server;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
