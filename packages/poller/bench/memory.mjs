// Benchmark 2: 100,000 concurrent pending waits in one process (run with `node --expose-gc`).
//
// Heap per wait: heap used after registering the waits minus before, after full GCs, divided by the
// number of waits (the median of 9 runs for 1,000 waits, of 5 for 10,000). The ids are made before the
// first measurement (they are the caller's strings). The poller's jitter is seeded.
// Timers: the most timers alive at once on the poller's virtual clock while the waits are polled for
// a minute (the poller's one timer plus one per request in flight), for 1,000 and for 100,000 waits.
// Exit: a child process waits for 10,000 tasks on the real clock and must exit on its own.
// Prints one JSON line on stdout.

import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createPoller } from "@gentask/poller";
import { createVirtualClock, seededRandom } from "@gentask/poller/testing";

if (typeof globalThis.gc !== "function") {
  console.error("Run with node --expose-gc");
  process.exit(2);
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

async function heapUsed() {
  for (let round = 0; round < 3; round++) {
    await turn();
    globalThis.gc();
  }
  return process.memoryUsage().heapUsed;
}

/** A source on the virtual clock: every read takes 100 ms and answers "running". */
function slowPendingSource(clock) {
  return {
    provider: "bench",
    budgetKey: "bench key",
    maxBatchSize: 50,
    rateLimit: { requestsPerSecond: 10, burst: 10 },
    classify: (record, id) => ({ id, state: "pending", urls: [], record }),
    read(ids, options) {
      return new Promise((resolve, reject) => {
        const handle = clock.setTimeout(() => {
          options?.signal?.removeEventListener("abort", onAbort);
          resolve(ids.map((id) => ({ id, state: "pending", urls: [], statusWord: "running", record: { id } })));
        }, 100);
        const onAbort = () => {
          clock.clearTimeout(handle);
          reject(options.signal.reason);
        };
        options?.signal?.addEventListener("abort", onAbort, { once: true });
      });
    },
  };
}

/** The clock as the poller sees it, counting the poller's own live timers. */
function countingClock(clock) {
  const live = new Set();
  return {
    live,
    now: () => clock.now(),
    setTimeout(callback, delayMs) {
      const handle = clock.setTimeout(() => {
        live.delete(handle);
        callback();
      }, delayMs);
      live.add(handle);
      return handle;
    },
    clearTimeout(handle) {
      live.delete(handle);
      clock.clearTimeout(handle);
    },
  };
}

async function measure(count, { withSignal }) {
  const clock = createVirtualClock();
  const pollerClock = countingClock(clock);
  const poller = createPoller({ clock: pollerClock, timeoutMs: 120_000, random: seededRandom(2026) });
  const source = slowPendingSource(clock);
  const ids = Array.from({ length: count }, (_, index) => `task-${String(index).padStart(6, "0")}`);
  const waits = new Array(count);
  const controller = withSignal ? new AbortController() : undefined;
  const options = withSignal ? { signal: controller.signal } : undefined;
  const before = await heapUsed();
  for (let index = 0; index < count; index++) waits[index] = poller.waitForTask(source, ids[index], options);
  const after = await heapUsed();
  const timersWhenRegistered = pollerClock.live.size;
  let settled = 0;
  let timeouts = 0;
  for (const wait of waits) {
    wait.then(
      () => {
        settled += 1;
      },
      (error) => {
        settled += 1;
        if (error?.name === "TaskTimeoutError") timeouts += 1;
      },
    );
  }
  // Poll for a minute of virtual time and watch the timer count.
  let maxTimers = clock.timerCount;
  let maxPollerTimers = pollerClock.live.size;
  const step = async () => {
    const fired = await clock.next();
    maxTimers = Math.max(maxTimers, clock.timerCount);
    maxPollerTimers = Math.max(maxPollerTimers, pollerClock.live.size);
    return fired;
  };
  const until = clock.now() + 60_000;
  while (clock.now() < until && (await step())) {}
  // Then let the deadline (2 minutes) settle every wait.
  while (settled < count && (await step())) {}
  return {
    waits: count,
    signal: withSignal,
    heapPerWaitBytes: Math.round((after - before) / count),
    timersWhenRegistered,
    maxPollerTimers,
    maxTimersWithRequestsInFlight: maxTimers,
    timersAfterSettle: clock.timerCount,
    pendingAfterSettle: poller.pending,
    timeouts,
  };
}

function exitCheck() {
  const child = fileURLToPath(new URL("./exit-check.mjs", import.meta.url));
  const started = performance.now();
  const result = spawnSync(process.execPath, [child], { encoding: "utf8", timeout: 60_000 });
  const wallMs = Math.round(performance.now() - started);
  let report = {};
  try {
    report = JSON.parse(result.stdout.trim().split("\n").at(-1) ?? "{}");
  } catch {
    report = { stdout: result.stdout };
  }
  return {
    exitedOnItsOwn: result.status === 0 && result.signal === null,
    wallMs,
    ...report,
    stderr: result.stderr || undefined,
  };
}

/**
 * Measures `count` waits `repeats` times and keeps the run with the median heap per wait: with 1,000 waits
 * the delta is under a megabyte, where one young-generation page more or less moves the figure by 10 %.
 */
async function median(count, options, repeats) {
  const runs = [];
  for (let index = 0; index < repeats; index++) runs.push(await measure(count, options));
  runs.sort((a, b) => a.heapPerWaitBytes - b.heapPerWaitBytes);
  return { ...runs[Math.floor(repeats / 2)], repeats };
}

await measure(1_000, { withSignal: false }); // warm-up: compiles the code paths, not reported
const results = [];
results.push(await median(1_000, { withSignal: false }, 9));
results.push(await median(10_000, { withSignal: false }, 5));
results.push(await median(100_000, { withSignal: false }, 1));
results.push(await median(100_000, { withSignal: true }, 1));
console.log(JSON.stringify({ results, exit: exitCheck() }));
