// One fleet worker process, as a user would run it: its task source comes from its own code (the API
// key from its environment), its budget is shared through Redis (or its own, with BUDGET=in-process).
// Used by the fleet's tests and benchmark. Configuration from the environment:
//   REDIS_URL, API_URL, API_KEY, QUEUE (fleet name), BUDGET (shared | in-process),
//   SCHEDULE_SCALE (the default schedule's intervals times this; default 1),
//   LOCK_MS, STALLED_MS (takeover timing), CONCURRENCY, SEED (of the poller's jitter),
//   CHECK_DURABILITY (no: skip the start-up check of Redis's persistence, for a throw-away Redis).
// Prints "ready" once it takes tasks; on SIGTERM it hands its tasks back and exits.
import { createFleet } from "@gentask/fleet";
import { defaultSchedule, inProcessBudget } from "@gentask/poller";
import { seededRandom } from "@gentask/poller/testing";
import { httpTaskSource } from "./task-server.mjs";

const environment = process.env;

const scale = Number(environment.SCHEDULE_SCALE ?? 1);
const fleet = createFleet({
  connection: environment.REDIS_URL,
  name: environment.QUEUE,
  // Unset: the fleet's defaults (a 10 s lock, a stalled check every 5 s).
  lockDurationMs: environment.LOCK_MS ? Number(environment.LOCK_MS) : undefined,
  stalledIntervalMs: environment.STALLED_MS ? Number(environment.STALLED_MS) : undefined,
  checkDurability: environment.CHECK_DURABILITY !== "no",
});
const worker = fleet.startWorker({
  sources: {
    sim: httpTaskSource({ baseUrl: environment.API_URL, apiKey: environment.API_KEY, sender: environment.SENDER }),
  },
  concurrency: Number(environment.CONCURRENCY ?? 10_000),
  rateBudget: environment.BUDGET === "in-process" ? inProcessBudget : undefined,
  poller: {
    schedule: (ageMs, attempt, random) => defaultSchedule(ageMs / scale, attempt, random) * scale,
    random: seededRandom(Number(environment.SEED ?? 1)),
  },
});
process.on("SIGTERM", async () => {
  await worker.close();
  await fleet.close();
  process.exit(0);
});
// The first fetch of a process loads its HTTP client (tens of ms): done here, not in the first status read.
await fetch(`${environment.API_URL}/stats`, { method: "POST", body: "{}" }).then((response) => response.arrayBuffer());
console.log("ready");
