import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { chromium, type BrowserContext } from "playwright-core";
import { findChromium } from "./chromium";

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Starts headless Chromium with a fresh profile: the one entry point of every browser test. The
 * browser is `CHROMIUM_PATH`, else /usr/bin/chromium, else the one from the npm registry (see
 * `chromium.ts`); no browser is ever downloaded.
 */
export async function launchChromium(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const browser = await findChromium();
  const profile = mkdtempSync(join(tmpdir(), "clientele-chromium-"));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: browser.executablePath,
      env: { ...process.env, ...browser.env },
      headless: true,
      args: ARGS,
    });
    return {
      context,
      async close() {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw new Error(`Chromium from ${browser.source} did not start: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/**
 * Bundles `source` (an entry that imports the packages by name, as an application would) for the
 * page: one IIFE that assigns the entry's exports to `window[globalName]`.
 */
export async function bundle(source: string, globalName: string): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir: fileURLToPath(new URL("../..", import.meta.url)), loader: "ts" },
    bundle: true,
    format: "iife",
    globalName,
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]!.text;
}

/** Serves a page that loads `script`, on 127.0.0.1; resolves with its URL and a way to stop it. */
export async function servePage(script: string): Promise<{ url: string; close(): Promise<void> }> {
  const page =
    '<!doctype html><html><head><meta charset="utf-8"><script src="/app.js"></script></head><body></body></html>';
  const server = createServer((req, res) => {
    if (req.url === "/app.js") res.writeHead(200, { "content-type": "text/javascript" }).end(script);
    else if (req.url === "/") res.writeHead(200, { "content-type": "text/html" }).end(page);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
