// Benchmark 1c: the same waits on real sockets. A local API stand-in (packages/fleet/bench/task-server.mjs, in a
// process of its own) enforces 10 requests per sliding second per API key with 429s and reads 50 ids a request.
// 300 tasks are created in bursts of 30, one burst a second; each finishes after a log-normal duration (median
// 6 s, σ 0.5, clipped to 2 s .. 15 s, fixed seed). Four runs, each with a fresh server and API key:
//   - the default schedule, one stand-alone `waitForTask(source, id)` per task (creation time unknown, as a web
//     server's handlers call it);
//   - the default schedule, one `createPoller()` and a `watchTasks` call per burst;
//   - the same two with today's bands (`fewestRequestsSchedule`).
// Detection: from a task's completion to its wait settling, on the real clock. Prints one JSON line on stdout.

import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createPoller, fewestRequestsSchedule, waitForTask } from "@gentask/poller";
import { seededRandom } from "@gentask/poller/testing";
import { httpTaskSource } from "../../fleet/bench/task-server.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const TASKS = 300;
const BURST = 30;
const BURST_EVERY_MS = 1_000;
const LIMIT = 10;

/** Standard normal from two uniforms (Box-Muller). */
function normal(random) {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

const durationsMs = (() => {
  const random = seededRandom(17);
  return Array.from({ length: TASKS }, () => Math.min(15_000, Math.max(2_000, 6_000 * Math.exp(0.5 * normal(random)))));
})();

/** The API stand-in in a process of its own, as the real API is elsewhere: the harness's work does not delay it. */
async function startApi() {
  const child = spawn(process.execPath, [join(here, "..", "..", "fleet", "bench", "task-server.mjs"), String(LIMIT)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise((resolve, reject) => {
    child.stdout.once("data", (chunk) => resolve(String(chunk).trim()));
    child.once("exit", (code) => reject(new Error(`the API stand-in exited (${code})`)));
  });
  return {
    url,
    addTasks: (tasks) =>
      fetch(`${url}/tasks`, {
        method: "POST",
        body: JSON.stringify(tasks),
        headers: { authorization: "Bearer harness" },
      }),
    stats: async () => (await fetch(`${url}/stats`, { method: "POST", body: "{}" })).json(),
    close: () =>
      new Promise((resolve) => {
        child.once("exit", resolve);
        child.kill("SIGTERM");
      }),
  };
}

function percentile(sorted, fraction) {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

async function run(label, way, schedule) {
  const api = await startApi();
  try {
    const source = httpTaskSource({ baseUrl: api.url, apiKey: `sk-sockets-${label}-${way}` });
    // The first request of a process loads its HTTP client (about 100 ms): made before the clock starts.
    await fetch(`${api.url}/stats`, { method: "POST", body: "{}" });
    const started = Date.now() + 200;
    const tasks = durationsMs.map((durationMs, index) => {
      const createdAt = started + Math.floor(index / BURST) * BURST_EVERY_MS;
      return { id: `${label}-${way}-${index}`, createdAt, completesAt: Math.round(createdAt + durationMs) };
    });
    await api.addTasks(tasks.map(({ id, completesAt }) => ({ id, completesAt })));
    const poller = createPoller({ schedule });
    const latencies = [];
    let failures = 0;
    const settle = (task) => latencies.push(Date.now() - task.completesAt);
    const waits = [];
    for (let first = 0; first < tasks.length; first += BURST) {
      const burst = tasks.slice(first, first + BURST);
      const delay = burst[0].createdAt - Date.now();
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      if (way === "standalone") {
        for (const task of burst) {
          waits.push(
            waitForTask(source, task.id, { schedule, timeoutMs: 60_000 }).then(
              () => settle(task),
              () => {
                failures += 1;
              },
            ),
          );
        }
      } else {
        const byId = new Map(burst.map((task) => [task.id, task]));
        waits.push(
          (async () => {
            const ids = burst.map((task) => task.id);
            for await (const outcome of poller.watchTasks(source, ids, { timeoutMs: 60_000 })) {
              if (outcome.status === "fulfilled") settle(byId.get(outcome.id));
              else failures += 1;
            }
          })(),
        );
      }
    }
    await Promise.all(waits);
    const stats = await api.stats();
    latencies.sort((a, b) => a - b);
    return {
      label,
      way,
      requests: stats.requests,
      rejected429: stats.rejected,
      idsPerRequest: stats.idsRead / Math.max(1, stats.accepted),
      p50DetectionMs: percentile(latencies, 0.5),
      p99DetectionMs: percentile(latencies, 0.99),
      settled: latencies.length,
      failures,
    };
  } finally {
    await api.close();
  }
}

const results = [];
for (const [label, schedule] of [
  ["default", undefined],
  ["fewestRequests", fewestRequestsSchedule],
]) {
  for (const way of ["standalone", "watch"]) results.push(await run(label, way, schedule));
}
console.log(
  JSON.stringify({
    tasks: TASKS,
    durationsMs: {
      p50: percentile(
        [...durationsMs].sort((a, b) => a - b),
        0.5,
      ),
      max: Math.max(...durationsMs),
    },
    results,
  }),
);
