// Waits for 10,000 tasks on the real clock, reports the timers left once every wait settled, and
// then simply ends: the process must exit by itself (no process.exit), with nothing left pending.
import { createPoller } from "@gentask/poller";
import { seededRandom } from "@gentask/poller/testing";

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
const poller = createPoller({ random: seededRandom(2026) });
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
