/**
 * Per-request overhead: every contender makes the same call against a stub `fetch`, in rounds.
 * Each round runs every contender for a batch of sequential awaited calls, starting with a
 * different contender each round; a contender's figure is the median of its rounds, and each ratio
 * is the median of the per-round ratios, so that drift on a shared machine cancels out.
 */
import {
  BODY_BYTES,
  CLIENTELE,
  FLOOR,
  OPENAPI_FETCH,
  createContenders,
  type Contender,
} from "./contenders.ts";
import { partMain } from "./child.ts";
import { median, rotate } from "./stats.ts";

export interface OverheadRow {
  name: string;
  /** Median µs per request. */
  micros: number;
  /** Median over rounds of this contender's time / the floor's. */
  vsFloor: number;
  /** Median over rounds of this contender's time / plain openapi-fetch's. */
  vsOpenapiFetch: number;
}

export interface OverheadResult {
  rounds: number;
  callsPerRound: number;
  /** Size of the stub's JSON body. */
  bodyBytes: number;
  rows: OverheadRow[];
  floor: string;
  openapiFetch: string;
  clientele: string;
}

/**
 * µs per call over `calls` sequential awaited calls. No GC is forced before a batch: after a full
 * GC, V8 shrinks its young generation and the next thousand calls run up to twice as slow, which
 * would add the same cost to every contender and hide their differences.
 */
async function batch(contender: Contender, calls: number): Promise<number> {
  const started = process.hrtime.bigint();
  for (let i = 0; i < calls; i++) await contender.call();
  return Number(process.hrtime.bigint() - started) / 1000 / calls;
}

/** One round: every contender once, in the given order; µs per call by name. */
async function round(order: Contender[], calls: number): Promise<Map<string, number>> {
  const times = new Map<string, number>();
  for (const c of order) times.set(c.name, await batch(c, calls));
  return times;
}

export async function measureOverhead(quick = false): Promise<OverheadResult> {
  const rounds = quick ? 4 : 41;
  const callsPerRound = quick ? 200 : 1000;
  const contenders = createContenders();
  for (const c of contenders) await c.call(); // fail fast if a contender is misconfigured
  for (let w = 0; w < 2; w++) await round(contenders, callsPerRound); // warm-up, discarded
  const samples: Map<string, number>[] = [];
  for (let r = 0; r < rounds; r++) samples.push(await round(rotate(contenders, r), callsPerRound));
  const ratio = (name: string, base: string) => median(samples.map((s) => s.get(name)! / s.get(base)!));
  const rows = contenders.map(({ name }) => ({
    name,
    micros: median(samples.map((s) => s.get(name)!)),
    vsFloor: ratio(name, FLOOR),
    vsOpenapiFetch: ratio(name, OPENAPI_FETCH),
  }));
  return {
    rounds,
    callsPerRound,
    bodyBytes: BODY_BYTES,
    rows,
    floor: FLOOR,
    openapiFetch: OPENAPI_FETCH,
    clientele: CLIENTELE,
  };
}

await partMain(import.meta.url, measureOverhead);
