/**
 * Which Chromium the browser test drives, in this order:
 *   1. the browser `CHROMIUM_PATH` names;
 *   2. a system Chromium at /usr/bin/chromium (Debian's package);
 *   3. the headless Chromium that `@sparticuz/chromium` ships inside its npm tarball (Linux x64),
 *      decompressed once per checkout into `node_modules/.cache/` — nothing is downloaded, and no
 *      root is needed.
 */
import { execFile } from "node:child_process";
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
} from "node:fs";
import { renameSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { pipeline } from "node:stream/promises";
import { createBrotliDecompress } from "node:zlib";

export interface ChromiumBinary {
  executablePath: string;
  /** Extra environment for the browser process (where the bundled shared libraries are). */
  env: Record<string, string>;
  /** Where the browser came from, for messages. */
  source: string;
}

const SYSTEM_CHROMIUM = "/usr/bin/chromium";
const CACHE = fileURLToPath(new URL("../../node_modules/.cache/", import.meta.url));

/** Picks the browser: `CHROMIUM_PATH`, else the system's, else the one from the npm registry. */
export async function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<ChromiumBinary> {
  const named = env.CHROMIUM_PATH;
  if (named) {
    if (!existsSync(named)) throw new Error(`CHROMIUM_PATH names ${named}, which does not exist.`);
    return { executablePath: named, env: {}, source: `CHROMIUM_PATH (${named})` };
  }
  if (existsSync(SYSTEM_CHROMIUM))
    return { executablePath: SYSTEM_CHROMIUM, env: {}, source: SYSTEM_CHROMIUM };
  return registryChromium(env);
}

/**
 * The Chromium of `@sparticuz/chromium`: `bin/chromium.br` (the browser, Brotli-compressed) and
 * `bin/al2023.tar.br` (the NSS and expat libraries it links against, so that it does not depend on
 * the system's). Its own `executablePath()` decompresses into a fixed `/tmp/chromium` that any user
 * of the machine could have written and that outlives a version change; this keeps one private copy
 * per version instead, written to a temporary folder and renamed into place when complete.
 */
async function registryChromium(env: NodeJS.ProcessEnv): Promise<ChromiumBinary> {
  if (process.platform !== "linux" || process.arch !== "x64")
    throw new Error(
      `@sparticuz/chromium ships a Chromium for Linux x64 only (this is ${process.platform} ${process.arch}): ` +
        "set CHROMIUM_PATH to a Chromium or Chrome executable.",
    );
  const bin = join(dirname(createRequire(import.meta.url).resolve("@sparticuz/chromium")), "..", "..", "bin");
  const { version } = JSON.parse(readFileSync(join(bin, "..", "package.json"), "utf8")) as {
    version: string;
  };
  const dir = join(CACHE, `chromium-${version}`);
  if (!existsSync(join(dir, "chromium"))) await unpack(bin, dir);
  return {
    executablePath: join(dir, "chromium"),
    env: { LD_LIBRARY_PATH: [join(dir, "lib"), env.LD_LIBRARY_PATH].filter(Boolean).join(":") },
    source: `@sparticuz/chromium ${version}`,
  };
}

/** Decompresses the browser and its libraries into `dir`, atomically: `dir` exists only when complete. */
async function unpack(bin: string, dir: string): Promise<void> {
  mkdirSync(CACHE, { recursive: true });
  const staging = mkdtempSync(join(CACHE, "chromium-unpacking-"));
  try {
    await pipeline(
      createReadStream(join(bin, "chromium.br")),
      createBrotliDecompress(),
      createWriteStream(join(staging, "chromium"), { mode: 0o755 }),
    );
    await untar(join(bin, "al2023.tar.br"), staging);
    try {
      renameSync(staging, dir);
    } catch (error) {
      // another process finished first: its copy is as good as this one
      if (!existsSync(join(dir, "chromium"))) throw error;
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Extracts a Brotli-compressed tar archive into `dir` with the system's `tar`. */
async function untar(archive: string, dir: string): Promise<void> {
  const tarball = join(dir, "archive.tar");
  await pipeline(createReadStream(archive), createBrotliDecompress(), createWriteStream(tarball));
  await new Promise<void>((resolve, reject) => {
    execFile("tar", ["-xf", tarball, "-C", dir], (error, _stdout, stderr) =>
      error
        ? reject(new Error(`tar could not extract ${archive}: ${stderr.trim() || error.message}`))
        : resolve(),
    );
  });
  rmSync(tarball);
}
