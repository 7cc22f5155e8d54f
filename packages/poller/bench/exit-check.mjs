// Waits for 10,000 tasks on the real clock, reports the timers left once every wait settled, and
// then simply ends: the process must exit by itself (no process.exit), with nothing left pending.
import { createPoller } from "@gentask/poller";

const count = 10_000;
const source = {
  provider: "bench",
  budgetKey: "bench exit key",
  maxBatchSize: 50,
  rateLimit: { requestsPerSecond: 1_000, burst: 100 },
  classify: (record, id) => ({ id, state: "pending", urls: [], record }),
  read: async (ids) =>
    ids.map((id) => ({ id, state: "succeeded", urls: [`https://cdn.example/${id}`], record: { id } })),
};
/** A seeded uniform source (mulberry32): the poller's jitter, so that the wait time repeats. */
function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const poller = createPoller({ random: mulberry32(2026) });
const started = Date.now();
const outcomes = await poller.waitForTasks(
  source,
  Array.from({ length: count }, (_, index) => `task-${index}`),
);
const timersLeft = process.getActiveResourcesInfo().filter((name) => name === "Timeout").length;
console.log(
  JSON.stringify({
    waited: count,
    succeeded: outcomes.filter((outcome) => outcome.status === "fulfilled").length,
    waitMs: Date.now() - started,
    pendingAfterSettle: poller.pending,
    timersAfterSettle: timersLeft,
  }),
);
