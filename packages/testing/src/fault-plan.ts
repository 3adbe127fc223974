import type { Rng } from "./rng";

/** Every fault a fake can inject. See the README's table for what each one does on the wire. */
export const FAULT_KINDS = [
  "429",
  "429-no-retry-after",
  "500",
  "502",
  "503",
  "504",
  "reset",
  "stall",
  "truncated",
  "html-200",
  "slow-body",
  "redirect-cross-origin",
] as const;

export type FaultKind = (typeof FAULT_KINDS)[number];

/**
 * Faults answered instead of running the handler (no side effect): those named by their status.
 * Every other kind runs the handler first and then loses or mangles its response: the request may
 * have reached the server.
 */
const STATUS_FAULTS: ReadonlySet<FaultKind> = new Set(FAULT_KINDS.filter((kind) => /^\d/.test(kind)));

export function isStatusFault(kind: FaultKind): boolean {
  return STATUS_FAULTS.has(kind);
}

/** What a fault filter sees of a request. */
export interface FaultTarget {
  readonly method: string;
  /** The path as sent, still percent-encoded. */
  readonly path: string;
  /** The matched route template, e.g. `/v1/users/{userId}`. */
  readonly route: string;
  readonly query: Readonly<Record<string, string | string[]>>;
}

/** Faults drawn at random (from the server's seed) for a share of requests. */
export interface FaultRate {
  /** Share of requests that get a fault, in [0, 1]. */
  readonly rate: number;
  /** Kinds to draw from, uniformly. @default ["429", "500", "502", "503", "504", "reset"] */
  readonly kinds?: readonly FaultKind[];
  /** Only requests for which this returns true are candidates; the others are never faulted. */
  readonly only?: (request: FaultTarget) => boolean;
}

/** One entry per routed request, in order; once consumed, every request is "ok". */
export type FaultScript = readonly ("ok" | FaultKind)[];

export type FaultPlan = FaultRate | FaultScript;

/** The transient kinds a well-behaved client is expected to survive. */
export const DEFAULT_RATE_KINDS: readonly FaultKind[] = ["429", "500", "502", "503", "504", "reset"];

/** Decides the fault of one routed request, or undefined for none. */
export type FaultPicker = (target: FaultTarget) => FaultKind | undefined;

/** Checks a plan and returns its picker. Throws on an unknown kind or a rate outside [0, 1]. */
export function createFaultPicker(plan: FaultPlan | undefined, rng: Rng): FaultPicker {
  if (plan === undefined) return () => undefined;
  if (isScript(plan)) return scriptPicker(plan);
  if (!(plan.rate >= 0 && plan.rate <= 1))
    throw new RangeError(`faults.rate must be in [0, 1], got ${plan.rate}`);
  const kinds = plan.kinds ?? DEFAULT_RATE_KINDS;
  if (kinds.length === 0) throw new RangeError("faults.kinds must not be empty");
  kinds.forEach(assertKind);
  return (target) => {
    if (plan.only && !plan.only(target)) return undefined;
    // Always draw twice, so whether a request is faulted never shifts the kinds drawn later.
    const hit = rng.next() < plan.rate;
    const kind = rng.pick(kinds);
    return hit ? kind : undefined;
  };
}

function scriptPicker(script: FaultScript): FaultPicker {
  script.forEach((entry) => entry === "ok" || assertKind(entry));
  let index = 0;
  return () => {
    const entry = script[index];
    if (entry === undefined) return undefined;
    index++;
    return entry === "ok" ? undefined : entry;
  };
}

function isScript(plan: FaultPlan): plan is FaultScript {
  return Array.isArray(plan);
}

function assertKind(kind: string): void {
  if (!(FAULT_KINDS as readonly string[]).includes(kind)) {
    throw new RangeError(`Unknown fault kind "${kind}"; known kinds: ${FAULT_KINDS.join(", ")}`);
  }
}
