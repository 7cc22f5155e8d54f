// The stand-alone functions: concurrent calls share batched requests and the rate budget of each API key.
import { describe, expect, it, vi } from "vitest";
import { fakeSource, pending, succeeded } from "./__fixtures__/fake-source.js";
import { createPoller, sharedBudget, waitForTask, waitForTasks } from "./index.js";
import { createVirtualClock } from "./testing.js";

const T0 = Date.UTC(2026, 0, 1);

describe("stand-alone waits", () => {
  it("share each API key's rate budget across calls", async () => {
    const clock = createVirtualClock({ start: T0 });
    // One request a second for the key: two calls that each want a read now must take turns.
    const rateLimit = { requestsPerSecond: 1, burst: 1 };
    const first = fakeSource({ clock, latencyMs: 0, rateLimit, answer: (id) => succeeded(id) });
    const second = fakeSource({ clock, latencyMs: 0, rateLimit, answer: (id) => succeeded(id) });
    const created = { createdAt: T0 - 60_000 };
    const both = Promise.all([
      waitForTask(first, "a", { clock, ...created }),
      waitForTask(second, "b", { clock, ...created }),
    ]);
    const outcome = await clock.run(both, 10_000);
    expect(outcome.status).toBe("fulfilled");
    const times = [...first.calls, ...second.calls].map((call) => call.at - T0).sort((a, b) => a - b);
    expect(times).toHaveLength(2);
    expect((times[1] as number) - (times[0] as number)).toBeGreaterThanOrEqual(1_000);
    // Nothing is left once the calls settled: no timer.
    expect(clock.timerCount).toBe(0);
  });

  it("batch the ids of concurrent calls on one key into shared requests, up to the batch size", async () => {
    const clock = createVirtualClock({ start: T0 });
    let reads = 0;
    const source = fakeSource({
      clock,
      latencyMs: 50,
      maxBatchSize: 3,
      answer: (id) => {
        reads += 1;
        return reads > 8 ? succeeded(id) : pending(id);
      },
    });
    const created = { clock, createdAt: T0 - 60_000 };
    const waits = [
      ...["a", "b", "c", "d"].map((id) => waitForTask(source, id, created)),
      waitForTasks(source, ["e"], created),
    ];
    const outcome = await clock.run(Promise.all(waits), 60_000);
    expect(outcome.status).toBe("fulfilled");
    // Five ids, batches of three: the first round is two requests, not five.
    expect(source.calls.slice(0, 2).map((call) => call.ids.length)).toEqual([3, 2]);
    expect(source.calls.every((call) => call.ids.length <= 3)).toBe(true);
    expect(new Set(source.calls.flatMap((call) => call.ids))).toEqual(new Set(["a", "b", "c", "d", "e"]));
    expect(clock.timerCount).toBe(0);
  });

  it("share requests with a call made later, while the first still waits", async () => {
    const clock = createVirtualClock({ start: T0 });
    const source = fakeSource({
      clock,
      latencyMs: 50,
      answer: (id, now) => (now >= T0 + 20_000 ? succeeded(id) : pending(id)),
    });
    const first = waitForTask(source, "a", { clock });
    await clock.advance(5_000);
    const second = waitForTask(source, "b", { clock });
    const outcome = await clock.run(Promise.all([first, second]), 60_000);
    expect(outcome.status).toBe("fulfilled");
    expect(source.calls.some((call) => call.ids.length === 2)).toBe(true);
  });

  it("on workerd (no I/O shared across requests), batch the calls of one turn and keep later turns apart", async () => {
    vi.stubGlobal("navigator", { userAgent: "Cloudflare-Workers" });
    try {
      const clock = createVirtualClock({ start: T0 });
      const source = fakeSource({
        clock,
        latencyMs: 50,
        answer: (id, now) => (now >= T0 + 10_000 ? succeeded(id) : pending(id)),
      });
      const created = { clock, createdAt: T0 - 60_000 };
      // One request's calls, in one synchronous turn.
      const oneRequest = [waitForTask(source, "a", created), waitForTask(source, "b", created)];
      await Promise.resolve();
      // Another request's call, in a later turn: its own poller, so its own requests.
      const otherRequest = waitForTask(source, "c", created);
      const outcome = await clock.run(Promise.all([...oneRequest, otherRequest]), 60_000);
      expect(outcome.status).toBe("fulfilled");
      const batches = source.calls.map((call) => [...call.ids].sort().join(","));
      expect(batches).toContain("a,b");
      expect(batches.every((ids) => ids === "a,b" || ids === "c")).toBe(true);
      expect(clock.timerCount).toBe(0);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("count against the same budget as a poller made with sharedBudget", async () => {
    const clock = createVirtualClock({ start: T0 });
    const rateLimit = { requestsPerSecond: 1, burst: 1 };
    const source = fakeSource({ clock, latencyMs: 0, rateLimit, answer: (id) => succeeded(id) });
    const poller = createPoller({ clock, rateBudget: sharedBudget });
    const created = { createdAt: T0 - 60_000 };
    const outcome = await clock.run(
      Promise.all([poller.waitForTask(source, "a", created), waitForTask(source, "b", { clock, ...created })]),
      10_000,
    );
    expect(outcome.status).toBe("fulfilled");
    const [one, two] = source.calls.map((call) => call.at - T0) as [number, number];
    expect(Math.abs(two - one)).toBeGreaterThanOrEqual(1_000);
  });
});
