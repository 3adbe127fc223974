/** Small numeric helpers shared by the benchmark parts. */

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Milliseconds elapsed since `started` (a `performance.now()` reading). */
export const since = (started: number) => performance.now() - started;

/** Runs `task` and returns its result with the wall time it took, in ms. */
export async function timed<T>(task: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await task();
  return { result, ms: since(started) };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** `xs` rotated left by `by` places: each round starts with another contender. */
export const rotate = <T>(xs: readonly T[], by: number): T[] => {
  const k = ((by % xs.length) + xs.length) % xs.length;
  return [...xs.slice(k), ...xs.slice(0, k)];
};
