// The stand-alone functions: a poller per call, sharing only the rate budget of each API key.
import { describe, expect, it } from "vitest";
import { fakeSource, pending, succeeded } from "./__fixtures__/fake-source.js";
import { createPoller, sharedBudget, waitForTask, waitForTasks } from "./index.js";
import { createVirtualClock } from "./testing.js";

const T0 = Date.UTC(2026, 0, 1);

describe("stand-alone waits", () => {
  it("share each API key's rate budget across calls, and nothing else", async () => {
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
    // Each call's poller is gone with its call: no timer is left.
    expect(clock.timerCount).toBe(0);
  });

  it("do not batch ids of different calls (each call reads through its own poller)", async () => {
    const clock = createVirtualClock({ start: T0 });
    let reads = 0;
    const source = fakeSource({
      clock,
      latencyMs: 0,
      answer: (id) => {
        reads += 1;
        return reads > 2 ? succeeded(id) : pending(id);
      },
    });
    const outcome = await clock.run(
      Promise.all([waitForTask(source, "a", { clock }), waitForTasks(source, ["b"], { clock })]),
      60_000,
    );
    expect(outcome.status).toBe("fulfilled");
    expect(source.calls.every((call) => call.ids.length === 1)).toBe(true);
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
