import { randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, inject } from "vitest";

/** What this test file's properties did: cases generated and invariant checks made. */
export const figures = { cases: 0, invariants: 0 };

/** Counts one generated case. */
export const generated = () => void figures.cases++;

declare module "vitest" {
  export interface ProvidedContext {
    /** Where each property file saves its figures for the run's summary. */
    propertyDir: string;
  }
}

/** Saves this file's figures at its end, for the summary printed by `global-setup.ts`. */
export function saveFiguresAfterAll(): void {
  afterAll(() => {
    const dir = inject("propertyDir");
    if (!dir) return;
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${randomUUID()}.json`), JSON.stringify(figures));
  });
}
