import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, listProviders, specPath } from "../lib/providers.ts";
import { createSpecValidator } from "../spec-validator.ts";

const EXAMPLE = /^(?<id>[A-Za-z0-9]+)\.(?<kind>\d{3}|request)(?:\.[\w.-]+)?\.json$/;
const WEBHOOK = /^webhook\.(?<name>[\w-]+)\.json$/;

/** Example files and what they exemplify; `*.vector.json` files are test data for helpers, not payloads. */
function examplesOf(provider: string) {
  const dir = join(ROOT, "specs", provider, "examples");
  return readdirSync(dir)
    .filter((f) => !f.endsWith(".vector.json"))
    .map((file) => ({ file, body: JSON.parse(readFileSync(join(dir, file), "utf8")) as unknown }));
}

describe.each(listProviders())("%s examples", (provider) => {
  const validator = createSpecValidator(specPath(provider));
  const examples = examplesOf(provider);

  it("are named after an operation (or a webhook) of the spec", () => {
    for (const { file } of examples) {
      const m = EXAMPLE.exec(file) ?? WEBHOOK.exec(file);
      expect(m, `${provider}/examples/${file}`).not.toBeNull();
      if (m?.groups?.id)
        expect(validator.operations.has(m.groups.id), `${file}: unknown operation`).toBe(true);
    }
  });

  it("cover every operation", () => {
    const covered = new Set(examples.map(({ file }) => EXAMPLE.exec(file)?.groups?.id));
    expect([...validator.operations.keys()].filter((id) => !covered.has(id))).toEqual([]);
  });

  it("validate against the spec", () => {
    const failures: string[] = [];
    for (const { file, body } of examples) {
      const m = EXAMPLE.exec(file);
      const hook = WEBHOOK.exec(file);
      const errors = m
        ? m.groups!.kind === "request"
          ? validator.request(m.groups!.id!, body)
          : validator.response(m.groups!.id!, Number(m.groups!.kind), body)
        : validator.webhook(hook!.groups!.name!, body);
      if (errors) failures.push(`${file}: ${errors.join("; ")}`);
    }
    expect(failures).toEqual([]);
  });

  it("rejects an example whose value has the wrong type", () => {
    const sample = examples.find(
      ({ file, body }) => EXAMPLE.exec(file)?.groups?.kind === "200" && mutate(structuredClone(body)),
    );
    expect(sample, "a 200 example with a string or number to mutate").toBeDefined();
    const { file, body } = sample!;
    const mutated = mutate(structuredClone(body))!;
    const id = EXAMPLE.exec(file)!.groups!.id!;
    expect(validator.response(id, 200, body)).toBeNull();
    expect(validator.response(id, 200, mutated)).not.toBeNull();
  });
});

/** Replaces the first required-looking scalar with a value of another type (an object), in place. */
function mutate(value: unknown): unknown {
  if (Array.isArray(value)) {
    for (const v of value) if (mutate(v)) return value;
    return undefined;
  }
  if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") {
        (value as Record<string, unknown>)[k] = { unexpected: [v] };
        return value;
      }
      if (mutate(v)) return value;
    }
  }
  return undefined;
}
