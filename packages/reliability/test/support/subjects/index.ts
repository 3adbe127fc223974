import { randomBytes } from "node:crypto";
import type { ProviderName } from "@clientele/testing";
import { isnotaiKey, startIsnotai } from "./isnotai";
import { startMercury } from "./mercury";
import { startMetacom } from "./metacom";
import { startSparkwise } from "./sparkwise";
import { startThoughtIndustries } from "./thought-industries";
import type { StartFake } from "./types";

export type { Fake, FakeOptions, RawResult, Subject, SubjectOptions } from "./types";
export { isnotaiKey, startIsnotai } from "./isnotai";
export { startMercury, type MercuryFake } from "./mercury";
export { startMetacom, type MetacomFake } from "./metacom";
export { startSparkwise, type SparkwiseFake } from "./sparkwise";
export { startThoughtIndustries, type ThoughtIndustriesFake } from "./thought-industries";

/** Every provider the suite drives: its fake, and a fresh canary credential in the shape it accepts. */
export const SUBJECTS: { name: ProviderName; start: StartFake; canary(): string }[] = [
  { name: "isnotai", start: startIsnotai, canary: () => isnotaiKey(`cnry${hex()}`) },
  { name: "thought-industries", start: startThoughtIndustries, canary: () => `ti_live_cnry${hex()}` },
  { name: "sparkwise", start: startSparkwise, canary: () => `swk_cnry_${hex()}` },
  { name: "metacom", start: startMetacom, canary: () => `mc_lt_cnry${hex()}` },
  { name: "mercury", start: startMercury, canary: () => `mk_cnry_${hex()}` },
];

function hex(): string {
  return randomBytes(16).toString("hex");
}
