// Benchmark 4: one API key, several worker processes, a real redis-server and a local API that enforces
// 10 requests per second per key with 429s (a sliding one-second window).
//
// 5,000 tasks with log-normal durations (median 90 s, sigma 0.55, clipped to 5 s .. 10 min; fixed seed)
// compressed 20 times in time (median 4.5 s), created at 200 a second (25 s), each with a deadline two
// minutes after its creation; the workers use kie's default schedule compressed the same way. Demand is
// several times what 10 requests of 50 ids a second can serve while tasks are being created, so the
// budget is saturated then. Three runs, each with a fresh server, queue and API key:
//   (A) one worker process, the shared budget (the baseline for the request count);
//   (B) four worker processes, one shared budget through Redis; one is killed with SIGKILL halfway
//       through the creation phase, and its tasks must be taken over;
//   (C) the same four processes, each with only its in-process budget (no SIGKILL).
// Then two checks of the shared budget under stress:
//   (D) 20 consecutive 4 s runs of the four processes, back to back (800 tasks created and tracked at 200 a
//       second in each, durations as above), one API process and four workers for all of them: each run's
//       429s and rate;
//   (E) four processes through a 10 s Redis outage (a Redis with an append-only file, killed with SIGKILL and
//       started again on its data) while 2,000 tasks are pending: the 429s, the rate while there is a
//       backlog, and every line each process printed.
// Prints one JSON line on stdout.
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createFleet } from "@gentask/fleet";
import { startRedisServer } from "@gentask/fleet/testing";
import { seededRandom } from "@gentask/poller/testing";

const TASKS = 5_000;
const COMPRESSION = 20;
const CREATED_PER_SECOND = 200;
const DEADLINE_MS = 120_000;
const LIMIT = 10;
const here = dirname(fileURLToPath(import.meta.url));

/** Task durations (ms, compressed), from a fixed seed. */
function durations(count = TASKS, compression = COMPRESSION, seed = 2026) {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    return Math.min(600_000, Math.max(5_000, 90_000 * Math.exp(0.55 * normal))) / compression;
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const percentile = (sorted, fraction) => sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];

function startWorker(environment) {
  const child = spawn(process.execPath, [join(here, "worker.mjs")], {
    env: { ...process.env, ...environment },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let errors = "";
  /** Every line the process printed (on either stream), but its "ready". */
  const printed = [];
  const keep = (chunk) => {
    for (const line of String(chunk).split("\n")) if (line !== "" && line !== "ready") printed.push(line);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", (chunk) => {
    errors += chunk;
    keep(chunk);
  });
  const ready = new Promise((resolve, reject) => {
    child.stdout.on("data", (chunk) => {
      if (String(chunk).includes("ready")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`worker exited (${code}) before it was ready:\n${errors}`)));
  });
  return { child, ready, errors: () => errors, printed };
}

/** The API stand-in in a process of its own, as the real API is elsewhere: the harness's work does not delay it. */
async function startApi() {
  const child = spawn(process.execPath, [join(here, "task-server.mjs"), String(LIMIT)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise((resolve, reject) => {
    child.stdout.once("data", (chunk) => resolve(String(chunk).trim()));
    child.once("exit", (code) => reject(new Error(`the API stand-in exited (${code})`)));
  });
  const post = (path, body) =>
    fetch(`${url}${path}`, {
      method: "POST",
      body: JSON.stringify(body),
      headers: { authorization: "Bearer harness" },
    });
  return {
    url,
    addTasks: (tasks) => post("/tasks", tasks),
    stats: async () => (await fetch(`${url}/stats`, { method: "POST", body: "{}" })).json(),
    close: () =>
      new Promise((resolve) => {
        child.once("exit", resolve);
        child.kill("SIGTERM");
      }),
  };
}

async function run(label, { redisUrl, processes, budget, killOne, seed }) {
  const api = await startApi();
  const queue = `bench-${label}`;
  const apiKey = `sk-bench-${label}-${seed}`;
  const workers = Array.from({ length: processes }, (_, index) =>
    startWorker({
      REDIS_URL: redisUrl,
      API_URL: api.url,
      API_KEY: apiKey,
      QUEUE: queue,
      BUDGET: budget,
      SCHEDULE_SCALE: String(1 / COMPRESSION),
      LOCK_MS: "5000",
      STALLED_MS: "2500",
      CHECK_DURABILITY: "no",
      SEED: String(seed * 10 + index),
      SENDER: String(index),
    }),
  );
  await Promise.all(workers.map((worker) => worker.ready));
  const fleet = createFleet({ connection: redisUrl, name: queue, checkDurability: false });
  const settled = new Map();
  let duplicates = 0;
  let notSucceeded = 0;
  fleet.subscribe((outcome) => {
    if (settled.has(outcome.taskId)) duplicates += 1;
    else settled.set(outcome.taskId, Date.now());
    if (outcome.status !== "succeeded") notSucceeded += 1;
  });
  await sleep(500);
  const tasks = durations().map((durationMs, index) => ({ id: `${label}-${index}`, durationMs }));
  const meta = new Map();
  const started = Date.now();
  let killedAt;
  // Creation: a chunk of tasks every 50 ms, each created (on the API) and tracked at once.
  const perChunk = CREATED_PER_SECOND / 20;
  for (let index = 0; index < TASKS; index += perChunk) {
    const due = started + (index / CREATED_PER_SECOND) * 1000;
    if (due > Date.now()) await sleep(due - Date.now());
    const now = Date.now();
    const chunk = tasks.slice(index, index + perChunk);
    for (const task of chunk) {
      meta.set(task.id, { createdAt: now, completesAt: now + task.durationMs, deadline: now + DEADLINE_MS });
    }
    await api.addTasks(chunk.map((task) => ({ id: task.id, completesAt: now + task.durationMs })));
    await fleet.trackMany(
      chunk.map((task) => ({ provider: "sim", taskId: task.id, createdAt: now, deadline: now + DEADLINE_MS })),
    );
    if (killOne && killedAt === undefined && index >= TASKS / 2) {
      workers[1].child.kill("SIGKILL");
      killedAt = Date.now() - started;
    }
  }
  const creationEnded = Date.now();
  const giveUp = creationEnded + DEADLINE_MS + 30_000;
  while (settled.size < TASKS && Date.now() < giveUp) await sleep(100);
  const finished = Date.now();
  for (const worker of workers)
    if (worker.child.exitCode === null && worker.child.signalCode === null) worker.child.kill("SIGTERM");
  await Promise.all(
    workers.map(
      (worker) =>
        new Promise((resolve) => {
          if (worker.child.exitCode !== null || worker.child.signalCode !== null) resolve();
          else worker.child.once("exit", resolve);
        }),
    ),
  );
  await fleet.close();
  const stats = await api.stats();
  await api.close();

  // The saturated phase: from one second after the first request until the last task was created.
  const accepted = stats.acceptedAt;
  const windowStart = (accepted[0] ?? started) + 1_000;
  const inWindow = accepted.filter((at) => at >= windowStart && at <= creationEnded).length;
  const rate = inWindow / ((creationEnded - windowStart) / 1000);
  const latencies = [];
  let lateSettled = 0;
  for (const [id, at] of settled) {
    const task = meta.get(id);
    latencies.push(at - task.completesAt);
    if (at > task.deadline) lateSettled += 1;
  }
  latencies.sort((a, b) => a - b);
  return {
    label,
    processes,
    budget,
    killedOneAtMs: killedAt,
    requests: stats.requests,
    accepted: stats.accepted,
    rejected429: stats.rejected,
    idsRead: stats.idsRead,
    saturatedRate: Math.round(rate * 100) / 100,
    saturatedRateOfCeiling: Math.round((rate / LIMIT) * 1000) / 1000,
    tasks: TASKS,
    settled: settled.size,
    lost: TASKS - settled.size,
    duplicates,
    notSucceeded,
    settledAfterDeadline: lateSettled,
    p50DetectionMs: percentile(latencies, 0.5),
    p99DetectionMs: percentile(latencies, 0.99),
    wallMs: finished - started,
  };
}

/** Stops every worker (SIGTERM: each hands its tasks back) and waits for them to exit. */
async function stopWorkers(workers) {
  for (const worker of workers)
    if (worker.child.exitCode === null && worker.child.signalCode === null) worker.child.kill("SIGTERM");
  await Promise.all(
    workers.map(
      (worker) =>
        new Promise((resolve) => {
          if (worker.child.exitCode !== null || worker.child.signalCode !== null) resolve();
          else worker.child.once("exit", resolve);
        }),
    ),
  );
}

function startWorkers(count, { redisUrl, api, queue, apiKey, seed, extra = {} }) {
  return Array.from({ length: count }, (_, index) =>
    startWorker({
      REDIS_URL: redisUrl,
      API_URL: api.url,
      API_KEY: apiKey,
      QUEUE: queue,
      BUDGET: "shared",
      SCHEDULE_SCALE: String(1 / COMPRESSION),
      SEED: String(seed * 10 + index),
      SENDER: String(index),
      ...extra,
    }),
  );
}

const SHORT_RUNS = Number(process.env.FLEET_SHORT_RUNS ?? 20);
const SHORT_TASKS = 800;
const SHORT_RUN_MS = (SHORT_TASKS / CREATED_PER_SECOND) * 1000;

/**
 * (D): 20 consecutive short runs of four processes on one shared budget, back to back (the next run's
 * tasks are created while the last ones settle, so the budget stays saturated): one API process, four
 * workers and one queue for all of them. Each run's 429s and rate are the API's, in the run's time.
 */
async function shortRuns(redisUrl) {
  const api = await startApi();
  const queue = "bench-short";
  const workers = startWorkers(4, { redisUrl, api, queue, apiKey: "sk-bench-short", seed: 4 });
  await Promise.all(workers.map((worker) => worker.ready));
  const fleet = createFleet({ connection: redisUrl, name: queue, checkDurability: false });
  const settled = new Set();
  fleet.subscribe((outcome) => settled.add(outcome.taskId));
  const runs = [];
  const all = [];
  let before = await api.stats();
  for (let run = 0; run < SHORT_RUNS; run++) {
    const tasks = durations(SHORT_TASKS, COMPRESSION, 100 + run).map((durationMs, index) => ({
      id: `short-${run}-${index}`,
      durationMs,
    }));
    all.push(...tasks);
    const started = Date.now();
    // Created and tracked at 200 a second, as in (B): with the tasks still pending from the runs before,
    // demand is several times what the budget serves.
    const perChunk = CREATED_PER_SECOND / 20;
    for (let index = 0; index < tasks.length; index += perChunk) {
      const due = started + (index / CREATED_PER_SECOND) * 1000;
      if (due > Date.now()) await sleep(due - Date.now());
      const now = Date.now();
      const chunk = tasks.slice(index, index + perChunk);
      await api.addTasks(chunk.map((task) => ({ id: task.id, completesAt: now + task.durationMs })));
      await fleet.trackMany(
        chunk.map((task) => ({ provider: "sim", taskId: task.id, createdAt: now, deadline: now + 120_000 })),
      );
    }
    const ended = Date.now();
    const after = await api.stats();
    const accepted = after.acceptedAt.slice(before.acceptedAt.length);
    // The first run starts with an idle budget: its first second is not saturated yet.
    const windowStart = run === 0 ? (accepted[0] ?? started) + 1_000 : started;
    const inWindow = accepted.filter((at) => at >= windowStart && at <= ended).length;
    const rate = inWindow / ((ended - windowStart) / 1000);
    runs.push({
      run: run + 1,
      requests: after.requests - before.requests,
      rejected429: after.rejected - before.rejected,
      saturatedRateOfCeiling: Math.round((rate / LIMIT) * 1000) / 1000,
    });
    before = after;
  }
  const giveUp = Date.now() + 120_000;
  while (all.some((task) => !settled.has(task.id)) && Date.now() < giveUp) await sleep(100);
  const final = await api.stats();
  await stopWorkers(workers);
  await fleet.close();
  await api.close();
  return {
    runs,
    runMs: SHORT_RUN_MS,
    rejected429: final.rejected,
    runsWith429: runs.filter((run) => run.rejected429 > 0).length,
    lowestRateOfCeiling: Math.min(...runs.map((run) => run.saturatedRateOfCeiling)),
    meanRateOfCeiling:
      Math.round((runs.reduce((sum, run) => sum + run.saturatedRateOfCeiling, 0) / runs.length) * 1000) / 1000,
    unsettled: all.filter((task) => !settled.has(task.id)).length,
  };
}

const OUTAGE_TASKS = 2_000;
const OUTAGE_MS = 10_000;

/** (E): four processes through a 10 s outage of a Redis that keeps an append-only file. */
async function outageRun() {
  const directory = await mkdtemp(join(tmpdir(), "gentask-bench-redis-"));
  let redis = await startRedisServer({ appendOnlyDirectory: directory });
  const api = await startApi();
  const queue = "bench-outage";
  const workers = startWorkers(4, { redisUrl: redis.url, api, queue, apiKey: "sk-bench-outage", seed: 5 });
  try {
    await Promise.all(workers.map((worker) => worker.ready));
    const producerLines = [];
    const fleet = createFleet({ connection: redis.url, name: queue, log: (line) => producerLines.push(line) });
    const settled = new Set();
    fleet.subscribe((outcome) => settled.add(outcome.taskId));
    // Every task pending through the outage: each finishes 25 to 40 s after the start.
    const random = seededRandom(7);
    const started = Date.now();
    const tasks = Array.from({ length: OUTAGE_TASKS }, (_, index) => ({
      id: `outage-${index}`,
      completesAt: started + 25_000 + random() * 15_000,
    }));
    for (let index = 0; index < tasks.length; index += 500) {
      const chunk = tasks.slice(index, index + 500);
      await api.addTasks(chunk);
      await fleet.trackMany(
        chunk.map((task) => ({ provider: "sim", taskId: task.id, createdAt: started, deadline: started + 120_000 })),
      );
    }
    await sleep(started + 6_000 - Date.now());
    const printedBefore = workers.map((worker) => worker.printed.length);
    const producerBefore = producerLines.length;
    await redis.kill();
    const downAt = Date.now();
    await sleep(downAt + OUTAGE_MS - Date.now());
    redis = await startRedisServer({ port: redis.port, appendOnlyDirectory: directory });
    const upAt = Date.now();
    const lastCompletes = Math.max(...tasks.map((task) => task.completesAt));
    const giveUp = lastCompletes + 60_000;
    while (settled.size < tasks.length && Date.now() < giveUp) await sleep(100);
    const stats = await api.stats();
    const windowStart = (stats.acceptedAt[0] ?? started) + 1_000;
    // While there is a backlog: until the last task finished on the API.
    const windowEnd = Math.min(lastCompletes, Date.now());
    const inWindow = stats.acceptedAt.filter((at) => at >= windowStart && at <= windowEnd).length;
    const rate = inWindow / ((windowEnd - windowStart) / 1000);
    const aroundOutage = stats.acceptedAt.filter((at) => at >= downAt - 2_000 && at <= upAt + 5_000).length;
    // Outside the outage and the three seconds after it, when a returning process still keeps to its share.
    const outside = stats.acceptedAt.filter(
      (at) => at >= windowStart && at <= windowEnd && (at < downAt || at > upAt + 3_000),
    ).length;
    const outsideSeconds = (windowEnd - windowStart - (upAt + 3_000 - downAt)) / 1000;
    await fleet.close();
    return {
      outageMs: upAt - downAt,
      requests: stats.requests,
      rejected429: stats.rejected,
      backlogRateOfCeiling: Math.round((rate / LIMIT) * 1000) / 1000,
      outsideOutageRateOfCeiling: Math.round((outside / outsideSeconds / LIMIT) * 1000) / 1000,
      aroundOutageRateOfCeiling:
        Math.round((aroundOutage / ((upAt + 5_000 - (downAt - 2_000)) / 1000) / LIMIT) * 1000) / 1000,
      settled: settled.size,
      lost: tasks.length - settled.size,
      linesDuringOutage: workers.map((worker, index) => worker.printed.slice(printedBefore[index])),
      producerLinesDuringOutage: producerLines.slice(producerBefore),
      acceptedPerSecond: Array.from(
        { length: Math.ceil((windowEnd - started) / 1000) },
        (_, second) =>
          stats.acceptedAt.filter((at) => at >= started + second * 1000 && at < started + (second + 1) * 1000).length,
      ),
      downAtS: (downAt - started) / 1000,
      upAtS: (upAt - started) / 1000,
    };
  } finally {
    await stopWorkers(workers);
    await api.close();
    await redis.stop();
    await rm(directory, { recursive: true, force: true });
  }
}

const scenarios = [
  { label: "one", processes: 1, budget: "shared", killOne: false, seed: 1 },
  { label: "shared", processes: 4, budget: "shared", killOne: true, seed: 2 },
  { label: "local", processes: 4, budget: "in-process", killOne: false, seed: 3 },
];
// FLEET_BENCH_ONLY=shared (or one, local, short, outage) runs one scenario (while working on it); `pnpm bench`
// runs them all.
const only = process.env.FLEET_BENCH_ONLY;
const redis = await startRedisServer();
try {
  const results = [];
  for (const scenario of scenarios) {
    if (only !== undefined && only !== scenario.label) continue;
    results.push(await run(scenario.label, { redisUrl: redis.url, ...scenario }));
  }
  const short = only === undefined || only === "short" ? await shortRuns(redis.url) : undefined;
  await redis.stop();
  const outage = only === undefined || only === "outage" ? await outageRun() : undefined;
  console.log(JSON.stringify({ compression: COMPRESSION, limit: LIMIT, results, short, outage }));
} finally {
  await redis.stop();
}
