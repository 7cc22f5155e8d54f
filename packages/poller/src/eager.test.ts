// The default schedule spends a key's idle budget on noticing results sooner, and a task of unknown age is
// read at once (virtual clock).
import { InvalidInputError } from "@gentask/core";
import { describe, expect, it } from "vitest";
import { fakeSource, pending, succeeded } from "./__fixtures__/fake-source.js";
import { createPoller, defaultSchedule, eagerSchedule, fewestRequestsSchedule, waitForTask } from "./index.js";
import { createVirtualClock } from "./testing.js";

const T0 = Date.UTC(2026, 0, 1);
const low = () => 0;
const batched = (pendingTasks: number) => ({ pendingTasks, maxBatchSize: 50, requestsPerSecond: 10 });
const unbatched = (pendingTasks: number) => ({ pendingTasks, maxBatchSize: 1, requestsPerSecond: 10 });

describe("defaultSchedule (eager)", () => {
  it("checks a few tasks of a batching key at the floor, 300 ms", () => {
    expect(defaultSchedule(60_000, 3, low, batched(1))).toBe(300);
    expect(defaultSchedule(60_000, 3, low, batched(50))).toBe(300);
  });

  it("widens as tasks pile up, so that half the key's rate reads every task once a round", () => {
    // 200 tasks: 4 batches of 50, at 5 requests a second.
    expect(defaultSchedule(60_000, 3, low, batched(200))).toBe(800);
    expect(defaultSchedule(60_000, 3, low, batched(1_000))).toBe(4_000);
    // Never slower than kie's bands: 5-10 s at this age.
    expect(defaultSchedule(60_000, 3, low, batched(10_000))).toBe(fewestRequestsSchedule(60_000, 3, low));
  });

  it("spends at most 30 requests a task-minute on a source of one id a request, fewer as tasks pile up", () => {
    expect(defaultSchedule(60_000, 3, low, unbatched(1))).toBe(2_000);
    expect(defaultSchedule(60_000, 3, low, unbatched(25))).toBe(5_000);
    expect(defaultSchedule(200_000, 3, low, unbatched(100))).toBe(15_000);
  });

  it("falls back to the bands when the poller tells it nothing of the key", () => {
    expect(defaultSchedule(60_000, 3, low)).toBe(fewestRequestsSchedule(60_000, 3, low));
  });

  it("takes its share, floors and slowest schedule as options, checked", () => {
    const schedule = eagerSchedule({ budgetShare: 0.2, floorMs: 100, unbatchedFloorMs: 5_000 });
    expect(schedule(60_000, 0, low, batched(1))).toBe(500);
    expect(schedule(60_000, 0, low, unbatched(1))).toBe(5_000);
    // Below the floor, the share decides: one batch at 5 requests a second.
    expect(eagerSchedule({ floorMs: 50 })(60_000, 0, low, batched(1))).toBe(200);
    expect(() => eagerSchedule({ budgetShare: 0 })).toThrow(InvalidInputError);
    expect(() => eagerSchedule({ budgetShare: 1.5 })).toThrow(/budgetShare/);
    expect(() => eagerSchedule({ floorMs: -1 })).toThrow(/floorMs/);
  });
});

describe("a poller on the default schedule", () => {
  it("reads a few tasks of a batching key together every 300 ms", async () => {
    const clock = createVirtualClock({ start: T0 });
    const source = fakeSource({ clock, latencyMs: 50, answer: (id) => pending(id) });
    const poller = createPoller({ clock, random: low });
    const controller = new AbortController();
    const ids = Array.from({ length: 20 }, (_, index) => `t${index}`);
    const outcomes = poller.waitForTasks(source, ids, { createdAt: T0, signal: controller.signal });
    await clock.advance(60_000);
    const times = source.calls.map((call) => call.at - T0);
    expect(source.calls.every((call) => call.ids.length === 20)).toBe(true);
    // One request every 300 ms plus the 50 ms it takes: about 170 in a minute (the bands alone: about 13).
    expect(times.length).toBeGreaterThan(150);
    expect(times.length).toBeLessThanOrEqual(200);
    controller.abort();
    await expect(outcomes).rejects.toBe(controller.signal.reason);
  });

  it("keeps the eager part within half the key's rate as tasks pile up", async () => {
    const clock = createVirtualClock({ start: T0 });
    const source = fakeSource({ clock, latencyMs: 50, answer: (id) => pending(id) });
    const poller = createPoller({ clock, random: low });
    const controller = new AbortController();
    const ids = Array.from({ length: 2_000 }, (_, index) => `t${index}`);
    const outcomes = poller.waitForTasks(source, ids, { createdAt: T0, signal: controller.signal });
    await clock.advance(200_000);
    // Past 2 minutes (where the bands ask 15-30 s): 40 batches a round, at 5 requests a second, not 10.
    const late = source.calls.filter((call) => call.at - T0 >= 140_000);
    expect(late.length / 60).toBeLessThanOrEqual(5.5);
    expect(late.length / 60).toBeGreaterThan(4);
    controller.abort();
    await expect(outcomes).rejects.toBe(controller.signal.reason);
  });

  it("reads a task of unknown age at once, and one created just now after the floor", async () => {
    const clock = createVirtualClock({ start: T0 });
    const source = fakeSource({ clock, latencyMs: 50, answer: (id) => succeeded(id) });
    const unknownAge = waitForTask(source, "long-finished", { clock });
    const outcome = await clock.run(unknownAge, 10_000);
    expect(outcome.status).toBe("fulfilled");
    expect(source.calls.map((call) => call.at - T0)).toEqual([0]);
    const justCreated = waitForTask(source, "new", { clock, createdAt: clock.now() });
    await clock.run(justCreated, 10_000);
    expect((source.calls[1]?.at as number) - T0).toBe(50 + 300);
  });
});
