import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { limitOf, scopeOf, sleep } from "../src/request/signal.js";

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe("limitOf", () => {
  it("fires after its own time limit, and says so", async () => {
    const limit = limitOf(undefined, 100);
    const fired = limit.race(new Promise(() => undefined)).catch((reason) => reason);
    vi.advanceTimersByTime(99);
    expect([limit.aborted, limit.signal!.aborted]).toEqual([false, false]);
    vi.advanceTimersByTime(1);
    expect([limit.aborted, limit.signal!.aborted, limit.timedOut()]).toEqual([true, true, true]);
    expect(limit.signal!.reason).toMatchObject({ name: "TimeoutError" });
    expect(await fired).toBe(limit.reason);
    expect(() => limit.check()).toThrow("timed out after 100 ms");
  });

  it("follows its parent with the parent's reason, already fired or later", async () => {
    const parent = new AbortController();
    const limit = limitOf(parent.signal, 100);
    const signal = limit.signal!;
    const raced = limit.race(new Promise(() => undefined));
    parent.abort("why");
    expect([signal.aborted, signal.reason, limit.timedOut()]).toEqual([true, "why", false]);
    await expect(raced).rejects.toBe("why");
    vi.advanceTimersByTime(200);
    expect(limit.timedOut()).toBe(false);
    const early = limitOf(AbortSignal.abort("early"), 100);
    expect([early.aborted, early.signal!.reason, early.reason]).toEqual([true, "early", "early"]);
    await expect(early.race(Promise.resolve(1))).rejects.toBe("early");
  });

  it("settles a race with the work's own outcome when it comes first", async () => {
    const limit = limitOf(undefined, 100);
    await expect(limit.race(Promise.resolve("done"))).resolves.toBe("done");
    await expect(limit.race(Promise.reject(new Error("failed")))).rejects.toThrow("failed");
    vi.advanceTimersByTime(100);
  });

  it("makes its signal only when read, already fired if it fired before", () => {
    const limit = limitOf(undefined, 100);
    vi.advanceTimersByTime(100);
    expect(limit.signal!.aborted).toBe(true);
    expect(limit.signal).toBe(limit.signal);
  });

  it("hands fetch an init whose signal survives a spread", () => {
    const limit = limitOf(undefined, 100);
    const spread = { ...limit.init };
    expect(spread.signal).toBe(limit.signal);
  });

  it("clear() stops the timer and detaches from the parent", () => {
    const parent = new AbortController();
    const limit = limitOf(parent.signal, 100);
    const signal = limit.signal!;
    limit.clear();
    vi.advanceTimersByTime(200);
    parent.abort();
    expect([signal.aborted, limit.aborted]).toEqual([false, false]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("without a time limit has the parent's own signal, and no timer", async () => {
    const parent = new AbortController();
    const limit = limitOf(parent.signal);
    expect([limit.signal, limit.init?.signal, vi.getTimerCount()]).toEqual([parent.signal, parent.signal, 0]);
    const raced = limit.race(new Promise(() => undefined));
    parent.abort("stop");
    await expect(raced).rejects.toBe("stop");
    expect([limit.aborted, limit.reason, limit.timedOut()]).toEqual([true, "stop", false]);
  });

  it("is nothing at all without a parent or a time limit", () => {
    const work = Promise.resolve(1);
    for (const limit of [limitOf(undefined), limitOf(undefined, 0)]) {
      expect([limit.signal, limit.init, limit.aborted]).toEqual([undefined, undefined, false]);
      expect(limit.race(work)).toBe(work);
      expect(() => limit.check()).not.toThrow();
    }
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe("scopeOf", () => {
  it("is the caller's signal itself without a deadline: no timer, no listener", () => {
    const parent = new AbortController();
    const add = vi.spyOn(parent.signal, "addEventListener");
    const scope = scopeOf(parent.signal);
    expect([scope.signal, scope.timedOut(), vi.getTimerCount(), add.mock.calls.length]).toEqual([
      parent.signal,
      false,
      0,
      0,
    ]);
    parent.abort("stop");
    expect(scope.reason).toBe("stop");
  });

  it("fires at its deadline, and says so", () => {
    const parent = new AbortController();
    const scope = scopeOf(parent.signal, 100);
    expect(scope.signal).not.toBe(parent.signal);
    vi.advanceTimersByTime(100);
    expect([scope.signal?.aborted, scope.timedOut(), parent.signal.aborted]).toEqual([true, true, false]);
  });

  it("is nothing at all without a signal or a deadline", () => {
    expect(scopeOf(undefined).signal).toBeUndefined();
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe("sleep", () => {
  it("resolves after ms", async () => {
    let done = false;
    void sleep(50).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(49);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });

  it("rejects at once with the signal's reason, and leaves no timer", async () => {
    const controller = new AbortController();
    const waiting = sleep(10_000, controller.signal);
    controller.abort(new Error("stop"));
    await expect(waiting).rejects.toThrow("stop");
    expect(vi.getTimerCount()).toBe(0);
    await expect(sleep(10, AbortSignal.abort(new Error("before")))).rejects.toThrow("before");
  });
});
