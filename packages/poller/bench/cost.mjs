// Benchmark 3: the poller's own cost, against an instant in-process source (run with `node --expose-gc`).
//
// CPU per settled task: 20,000 tasks, each answering "running" to its first 4 reads and "succeeded" to
// the 5th, checked every millisecond on the real clock with no rate limit to speak of, so the run
// measures the bookkeeping, not the waiting. Three ways in the same process, alternated over 5 rounds
// (medians reported):
//   - the naive loop: one async loop per task, `await read([id])` then `await sleep(1 ms)`;
//   - the poller, one id a request (the same requests as the naive loop);
//   - the poller, batches of 50 (as with Ace Data Cloud).
// CPU is process.cpuUsage() (user + system) from the first registration to the last settlement.
//
// Event-loop stall while registering: 100,000 waits registered with one waitForTasks call (and with one
// watchTasks loop); a probe timer records the longest gap between its turns, and the longest synchronous
// block is timed around the call itself. Then every wait is aborted.
// Prints one JSON line on stdout.

import { createPoller, fixedSchedule } from "@gentask/poller";

const TASKS = 20_000;
const READS_TO_FINISH = 5;
const ROUNDS = 5;
const STALL_WAITS = 100_000;

/** An instant source: answers at once (a resolved promise), "succeeded" at the id's 5th read. */
function instantSource(maxBatchSize) {
  const reads = new Map();
  return {
    provider: "bench",
    budgetKey: `bench cost ${maxBatchSize}`,
    maxBatchSize,
    rateLimit: { requestsPerSecond: 1e9, burst: 1e9 },
    classify: (record, id) => ({ id, state: "pending", urls: [], record }),
    read(ids) {
      const statuses = new Array(ids.length);
      for (let index = 0; index < ids.length; index++) {
        const id = ids[index];
        const count = (reads.get(id) ?? 0) + 1;
        reads.set(id, count);
        statuses[index] =
          count >= READS_TO_FINISH
            ? { id, state: "succeeded", urls: [], record: undefined }
            : { id, state: "pending", urls: [], statusWord: "running", record: undefined };
      }
      return Promise.resolve(statuses);
    },
  };
}

const ids = Array.from({ length: TASKS }, (_, index) => `task-${index}`);
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return user + system;
};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function naiveLoop() {
  const source = instantSource(1);
  const started = cpu();
  const wall = performance.now();
  await Promise.all(
    ids.map(async (id) => {
      for (;;) {
        const [status] = await source.read([id]);
        if (status.state === "succeeded") return status;
        await sleep(1);
      }
    }),
  );
  return { cpuMicroseconds: cpu() - started, wallMs: performance.now() - wall };
}

async function poller(maxBatchSize) {
  const source = instantSource(maxBatchSize);
  const poller = createPoller({ schedule: fixedSchedule(1, 0), random: () => 0.5 });
  const started = cpu();
  const wall = performance.now();
  const outcomes = await poller.waitForTasks(source, ids);
  const result = { cpuMicroseconds: cpu() - started, wallMs: performance.now() - wall };
  if (outcomes.some((outcome) => outcome.status !== "fulfilled")) throw new Error("a wait failed");
  return result;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function cpuPerTask() {
  const runs = { naive: [], poller1: [], poller50: [] };
  // Warm-up round, not reported: compiles the code paths.
  await naiveLoop();
  await poller(1);
  await poller(50);
  for (let round = 0; round < ROUNDS; round++) {
    globalThis.gc?.();
    runs.naive.push(await naiveLoop());
    globalThis.gc?.();
    runs.poller1.push(await poller(1));
    globalThis.gc?.();
    runs.poller50.push(await poller(50));
  }
  const summary = (list) => ({
    cpuMicrosecondsPerTask: median(list.map((run) => run.cpuMicroseconds / TASKS)),
    wallMs: Math.round(median(list.map((run) => run.wallMs))),
  });
  return {
    tasks: TASKS,
    readsPerTask: READS_TO_FINISH,
    naive: summary(runs.naive),
    poller: summary(runs.poller1),
    batched: summary(runs.poller50),
  };
}

/**
 * Calls `register` and reports the longest gap between turns of a 1 ms probe timer over the next 1.5 s
 * (registration included, whether synchronous or in slices), and how long the call itself blocked.
 * `register` returns a function that ends the waits, called once the probe stopped.
 */
async function stall(register) {
  let longestGap = 0;
  let last = performance.now();
  let probing = true;
  const probe = () => {
    const now = performance.now();
    longestGap = Math.max(longestGap, now - last);
    last = now;
    if (probing) setTimeout(probe, 1);
  };
  setTimeout(probe, 1);
  await sleep(20);
  const before = performance.now();
  const end = register();
  const synchronousMs = performance.now() - before;
  await sleep(1_500);
  probing = false;
  await end();
  return { synchronousMs: Math.round(synchronousMs * 10) / 10, longestGapMs: Math.round(longestGap * 10) / 10 };
}

async function registrationStall() {
  const stallIds = Array.from({ length: STALL_WAITS }, (_, index) => `wait-${index}`);
  // A source whose checks are far away (tasks created now, first check after a minute): only registration runs.
  const source = instantSource(50);
  const schedule = fixedSchedule(60_000, 0);
  const createdAt = Date.now();
  const results = {};
  {
    const poller = createPoller({ timeoutMs: 600_000, schedule });
    const controller = new AbortController();
    results.waitForTasks = await stall(() => {
      const promise = poller.waitForTasks(source, stallIds, { signal: controller.signal, createdAt }).catch(() => {});
      return () => {
        controller.abort();
        return promise;
      };
    });
  }
  {
    const poller = createPoller({ timeoutMs: 600_000, schedule });
    const controller = new AbortController();
    results.watchTasks = await stall(() => {
      const iterator = poller.watchTasks(source, stallIds, { signal: controller.signal, createdAt });
      const first = iterator.next().catch(() => {});
      return () => {
        controller.abort();
        return first;
      };
    });
  }
  return { waits: STALL_WAITS, ...results };
}

const cost = await cpuPerTask();
const registration = await registrationStall();
console.log(JSON.stringify({ cost, registration }));
