/// <reference types="node" />
import { readFileSync } from "node:fs";
import { createContext, runInContext } from "node:vm";
import * as core from "@clientele/core";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import vector from "../../../specs/mercury/examples/webhook-signature.vector.json" with { type: "json" };

/**
 * `verifyWebhookSignature` must run where there is no Node: browsers, Deno, edge runtimes. These
 * tests read its source files, and run them in a bare V8 context that has WebCrypto
 * (`globalThis.crypto`) and `TextEncoder` but no `require`, `process`, `Buffer` or `node:crypto`.
 */
const SRC = new URL("../src/", import.meta.url);
const FILES = ["webhook.ts", "signature-header.ts", "constant-time.ts"];
const source = (file: string) => readFileSync(new URL(file, SRC), "utf8");

/** Loads `file` as CommonJS inside `context`; it may require its siblings and @clientele/core only. */
function load(file: string, context: object, loaded = new Map<string, unknown>()): Record<string, unknown> {
  if (!loaded.has(file)) {
    const js = ts.transpileModule(source(file), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
    }).outputText;
    const module = { exports: {} };
    loaded.set(file, module.exports);
    const require = (id: string) => {
      if (id == "@clientele/core") return core; // platform-neutral; carries ValidationError
      if (/^\.\/[\w-]+\.js$/.test(id)) return load(id.slice(2).replace(/\.js$/, ".ts"), context, loaded);
      throw new Error(`${file} requires ${id}, which a browser or an edge runtime does not have`);
    };
    const wrapper = runInContext(`(function (exports, require, module) {\n${js}\n})`, context);
    wrapper(module.exports, require, module);
  }
  return loaded.get(file) as Record<string, unknown>;
}

describe("verifyWebhookSignature without Node", () => {
  it("imports nothing from node: and uses no Node global", () => {
    for (const file of FILES) {
      const text = source(file);
      expect(text, file).not.toMatch(/from\s+["']node:|from\s+["'](crypto|buffer|util)["']/);
      expect(text, file).not.toMatch(/\brequire\s*\(|\bBuffer\b|\bprocess\./);
      const imports = [...text.matchAll(/from\s+["']([^"']+)["']/g)].map((m) => m[1]);
      for (const target of imports) expect(target, file).toMatch(/^(\.\/[\w-]+\.js|@clientele\/core)$/);
    }
  });

  it("verifies the vector in a context with only WebCrypto and TextEncoder", async () => {
    const context = createContext({ crypto: globalThis.crypto, TextEncoder });
    expect(runInContext("typeof require + typeof process + typeof Buffer", context)).toBe(
      "undefinedundefinedundefined",
    );
    const { verifyWebhookSignature } = load("webhook.ts", context) as {
      verifyWebhookSignature: (...args: unknown[]) => Promise<boolean>;
    };
    const now = 1608018514 * 1000;
    expect(await verifyWebhookSignature(vector.body, vector.header, vector.secret, { now })).toBe(true);
    expect(await verifyWebhookSignature(`${vector.body} `, vector.header, vector.secret, { now })).toBe(
      false,
    );
    const bytes = runInContext(`new TextEncoder().encode(${JSON.stringify(vector.body)})`, context);
    expect(await verifyWebhookSignature(bytes, vector.header, vector.secret, { now })).toBe(true);
    await expect(verifyWebhookSignature(vector.body, vector.header, "", { now })).rejects.toMatchObject({
      field: "secret",
    });
  });

  it("fails loudly when WebCrypto is missing, rather than passing", async () => {
    const context = createContext({ TextEncoder });
    const { verifyWebhookSignature } = load("webhook.ts", context) as {
      verifyWebhookSignature: (...args: unknown[]) => Promise<boolean>;
    };
    await expect(
      verifyWebhookSignature(vector.body, vector.header, vector.secret, { now: 1608018514000 }),
    ).rejects.toThrow(/needs WebCrypto/);
  });
});
