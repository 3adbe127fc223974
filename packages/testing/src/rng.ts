/**
 * A seeded pseudo-random source. The same seed gives the same sequence on every run and platform,
 * so a fake seeded with `seed: 7` holds the same data and injects the same faults every time.
 */
export interface Rng {
  /** The seed this source was created from. */
  readonly seed: number;
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** true with probability `p`. */
  chance(p: number): boolean;
  /** One member of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** A version-4-shaped UUID. */
  uuid(): string;
  /** `prefix_` followed by `length` lowercase base-36 characters (no underscore when prefix is ""). */
  id(prefix: string, length?: number): string;
  /** An ISO 8601 instant, whole seconds, in [from, to). */
  isoDate(from?: string | Date, to?: string | Date): string;
  /** An independent source derived from this seed and a label; drawing from it leaves this one untouched. */
  fork(label: string): Rng;
}

const BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz";
const DEFAULT_FROM = Date.parse("2023-01-01T00:00:00Z");
const DEFAULT_TO = Date.parse("2026-01-01T00:00:00Z");

/** Creates a seeded source (sfc32, seeded through splitmix32). */
export function createRng(seed: number): Rng {
  const next = sfc32(seed);
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    seed,
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new RangeError("pick() needs a non-empty array");
      return items[int(0, items.length - 1)] as (typeof items)[number];
    },
    uuid: () => formatUuid(Array.from({ length: 16 }, () => int(0, 255))),
    id: (prefix, length = 12) => {
      let out = "";
      for (let i = 0; i < length; i++) out += BASE36[int(0, 35)];
      return prefix === "" ? out : `${prefix}_${out}`;
    },
    isoDate: (from, to) => {
      const start = toMs(from, DEFAULT_FROM);
      const end = toMs(to, DEFAULT_TO);
      const ms = start + Math.floor(next() * Math.max(0, end - start));
      return new Date(Math.floor(ms / 1000) * 1000).toISOString();
    },
    fork: (label) => createRng(hashLabel(seed, label)),
  };
}

function toMs(value: string | Date | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  return typeof value === "string" ? Date.parse(value) : value.getTime();
}

function formatUuid(bytes: number[]): string {
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** FNV-1a over the label, mixed with the parent seed. */
function hashLabel(seed: number, label: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

function sfc32(seed: number): () => number {
  const init = splitmix32(seed);
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  return () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}
