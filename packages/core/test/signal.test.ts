import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { link, scopeOf, sleep } from "../src/signal.js";

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe("link", () => {
  it("fires after its own time limit, and says so", () => {
    const linked = link(undefined, 100);
    vi.advanceTimersByTime(99);
    expect(linked.signal.aborted).toBe(false);
    vi.advanceTimersByTime(1);
    expect(linked.signal.aborted).toBe(true);
    expect(linked.timedOut()).toBe(true);
    expect(linked.signal.reason).toMatchObject({ name: "TimeoutError" });
  });

  it("follows its parent with the parent's reason, already fired or later", () => {
    const parent = new AbortController();
    const linked = link(parent.signal, 100);
    parent.abort("why");
    expect([linked.signal.aborted, linked.signal.reason, linked.timedOut()]).toEqual([true, "why", false]);
    vi.advanceTimersByTime(200);
    expect(linked.timedOut()).toBe(false);
    expect(link(AbortSignal.abort("early")).signal.reason).toBe("early");
  });

  it("clear() stops the timer and detaches from the parent", () => {
    const parent = new AbortController();
    const linked = link(parent.signal, 100);
    linked.clear();
    vi.advanceTimersByTime(200);
    parent.abort();
    expect(linked.signal.aborted).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("has no time limit without ms (or with 0)", () => {
    link(undefined);
    link(undefined, 0);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe("scopeOf", () => {
  it("is the parent itself (or nothing), with no timer, when it has no time limit", () => {
    const parent = new AbortController().signal;
    expect(scopeOf(parent).signal).toBe(parent);
    expect(scopeOf(undefined, 0).signal).toBeUndefined();
    expect(scopeOf(parent).timedOut()).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("is a linked signal when it has a time limit", () => {
    const parent = new AbortController();
    const scope = scopeOf(parent.signal, 100);
    expect(scope.signal).not.toBe(parent.signal);
    vi.advanceTimersByTime(100);
    expect([scope.signal?.aborted, scope.timedOut(), parent.signal.aborted]).toEqual([true, true, false]);
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
