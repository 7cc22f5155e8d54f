// Benchmark 1: 2,000 tasks on one Ace Data Cloud provider, on a virtual clock.
//
// A simulated server answers `retrieve` / `retrieve_batch` and sends 429 to any request that would
// make more than 10 accepted requests within one second. Tasks are created at 10 per second; each
// finishes after a fixed-seed log-normal duration (median 90 s, clipped to 5 s .. 10 min). Three
// clients wait for the same tasks against the same server rules:
//   (a) @gentask/poller, default options (kie's schedule with jitter, batches of 50, 10 req/s budget);
//   (b) the vendor SDK's strategy: each task polled alone every 3 s, 2 retries on 429 with
//       min(2^n, 8) s backoff plus jitter, Retry-After ignored, 600 s timeout;
//   (c) @gentask/poller with batching turned off (maxBatchSize 1), to show what batching buys.
//
// Then the Pareto table (issue 17): light (20 tasks), medium (200) and heavy (2,000) workloads, created and
// finishing as above, on a batched Ace Data provider (50 ids a request) and on kie (one id a request), against
// the same server rules. Rows: gentask's default through one shared poller (`watchTasks`), its default through
// one stand-alone `waitForTask` per task, its fewest-requests preset, and each anchor's strategy as its source
// does it (see ANCHORS below). Prints one JSON line (the figures) on stdout.

import { ApiError, classifyAceDataRecord } from "@gentask/core";
import { createPoller, fewestRequestsSchedule, waitForTask } from "@gentask/poller";
import { createVirtualClock, seededRandom } from "@gentask/poller/testing";

const TASKS = 2_000;
const CREATE_EVERY_MS = 100;
const SERVER_LIMIT = 10;
const SERVER_WINDOW_MS = 1_000;
const BATCH = 50;
const START = Date.UTC(2026, 0, 1);

/** Standard normal from two uniforms (Box-Muller). */
function normal(random) {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** The tasks: id, creation time and completion time (ms after START). */
function makeTasks(count = TASKS) {
  const random = seededRandom(2026);
  return Array.from({ length: count }, (_, index) => {
    const durationMs = Math.min(600_000, Math.max(5_000, 90_000 * Math.exp(0.55 * normal(random))));
    const createdAt = index * CREATE_EVERY_MS;
    return { id: `task-${String(index).padStart(4, "0")}`, createdAt, completesAt: createdAt + durationMs };
  });
}

/** The server's rules, shared by every client: a sliding one-second window of accepted requests. */
function createServer(tasks) {
  const byId = new Map(tasks.map((task) => [task.id, task]));
  const accepted = [];
  let head = 0;
  const stats = { requests: 0, rejected: 0, idsRead: 0 };
  return {
    stats,
    /** Handles a request arriving at `at` (ms after START); returns null for a 429, else the records. */
    handle(at, ids) {
      stats.requests += 1;
      stats.lastAt = at;
      while (head < accepted.length && accepted[head] <= at - SERVER_WINDOW_MS) head += 1;
      if (accepted.length - head >= SERVER_LIMIT) {
        stats.rejected += 1;
        return null;
      }
      accepted.push(at);
      stats.idsRead += ids.length;
      return ids.map((id) => {
        const task = byId.get(id);
        if (task === undefined || at < task.createdAt) return undefined;
        if (at < task.completesAt) return { id, created_at: task.createdAt / 1000 };
        return {
          id,
          created_at: task.createdAt / 1000,
          response: { success: true, data: [{ state: "succeeded", video_url: `https://cdn.example/${id}.mp4` }] },
        };
      });
    },
  };
}

/** Network latency each way: 40 ms plus up to 20 ms of jitter. */
const latency = (random) => 40 + random() * 20;

function percentile(sorted, fraction) {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

/** The upper bound of kie's bands (the slowest the default schedule waits) at a given task age. */
function scheduleCeiling(ageMs) {
  return fewestRequestsSchedule(ageMs, 0, () => 0.999_999_999);
}

/** Tasks pending (created, not yet detected) at each moment, from the detection times. */
function pendingCounter(tasks, detectedAt) {
  const events = [];
  for (const task of tasks) {
    events.push([task.createdAt, 1]);
    events.push([detectedAt.get(task.id) ?? Number.POSITIVE_INFINITY, -1]);
  }
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const times = events.map((event) => event[0]);
  const running = [];
  let count = 0;
  for (const event of events) {
    count += event[1];
    running.push(count);
  }
  return (time) => {
    let low = 0;
    let high = times.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (times[middle] <= time) low = middle + 1;
      else high = middle;
    }
    return low === 0 ? 0 : running[low - 1];
  };
}

/** `batchSize`: ids per request of the client, for its rate-limit floor (pending ÷ (10 requests/s × batchSize)). */
function summarize(name, tasks, detectedAt, server, batchSize, extra = {}) {
  const latencies = [];
  const slack = [];
  let undetected = 0;
  // Pending waits over time, for the rate limit's floor: created and not yet resolved.
  const pendingAt = pendingCounter(tasks, detectedAt);
  for (const task of tasks) {
    const at = detectedAt.get(task.id);
    const floorMs = (pendingAt(task.completesAt) / (SERVER_LIMIT * batchSize)) * 1_000;
    const boundMs = Math.max(scheduleCeiling(task.completesAt - task.createdAt), floorMs) + 1_000;
    if (at === undefined) {
      undetected += 1;
      latencies.push(Number.POSITIVE_INFINITY);
      slack.push(Number.POSITIVE_INFINITY);
      continue;
    }
    latencies.push(at - task.completesAt);
    slack.push(at - task.completesAt - boundMs);
  }
  latencies.sort((a, b) => a - b);
  slack.sort((a, b) => a - b);
  return {
    name,
    requests: server.stats.requests,
    rejected429: server.stats.rejected,
    idsRead: server.stats.idsRead,
    undetected,
    p50LatencyMs: percentile(latencies, 0.5),
    p99LatencyMs: percentile(latencies, 0.99),
    maxLatencyMs: latencies.at(-1),
    withinBound: slack.filter((value) => value <= 0).length / tasks.length,
    p99SlackMs: percentile(slack, 0.99),
    requestsPerTask: server.stats.requests / tasks.length,
    pendingTaskMs: tasks.reduce(
      (sum, task) => sum + Math.max(0, (detectedAt.get(task.id) ?? task.completesAt) - task.createdAt),
      0,
    ),
    detectedAtMap: detectedAt,
    ...extra,
  };
}

/** Where the simulated video provider's records keep their state and media (as a spec's x-gentask says). */
const recordShape = {
  items: "data",
  statusWord: ["state"],
  mediaUrls: ["video_url"],
  succeededWords: ["succeeded"],
  failedWords: ["failed"],
};

/**
 * (a) and (c), and gentask's rows of the Pareto table: the real poller, with a task source talking to the
 * simulated server over simulated latency. `way`: "shared" (one `createPoller()`, a wait per task as it is
 * created, with its creation time), "watch" (the same through `watchTasks`), "standalone" (the stand-alone
 * `waitForTask(source, id)` per task, its creation time unknown, as a web server's handlers call it).
 */
async function runPoller(name, tasks, maxBatchSize, { way = "shared", schedule } = {}) {
  const clock = createVirtualClock({ start: START });
  const server = createServer(tasks);
  const network = seededRandom(11);
  const source = {
    provider: "veo",
    budgetKey: `veo https://api.acedata.cloud bench-key ${maxBatchSize}`,
    maxBatchSize,
    rateLimit: { requestsPerSecond: 10, burst: 10 },
    classify: (record, id) => classifyAceDataRecord(record, id, recordShape),
    read(ids, options) {
      return new Promise((resolve, reject) => {
        const signal = options?.signal;
        let handle = clock.setTimeout(() => {
          const records = server.handle(clock.now() - START, ids);
          handle = clock.setTimeout(() => {
            signal?.removeEventListener("abort", onAbort);
            if (records === null) {
              reject(new ApiError({ provider: "veo", status: 429, code: "too_many_requests", retryAfter: "1" }));
            } else {
              resolve(ids.map((id, index) => classifyAceDataRecord(records[index], id, recordShape)));
            }
          }, latency(network));
        }, latency(network));
        const onAbort = () => {
          clock.clearTimeout(handle);
          reject(signal.reason);
        };
        signal?.addEventListener("abort", onAbort, { once: true });
      });
    },
  };
  const random = seededRandom(7);
  const poller = createPoller({ clock, random, schedule });
  const detectedAt = new Map();
  let settledCount = 0;
  let failures = 0;
  let maxTimers = 0;
  const wait = (id) => {
    if (way === "standalone") return waitForTask(source, id, { clock, random });
    if (way === "shared") return poller.waitForTask(source, id, { createdAt: clock.now() });
    return (async () => {
      for await (const outcome of poller.watchTasks(source, [id], { createdAt: clock.now() })) {
        if (outcome.status === "rejected") throw outcome.reason;
      }
    })();
  };
  // Tasks arrive one after the other (one creation timer at a time, so the timer count below is the poller's).
  const create = (index) => {
    const task = tasks[index];
    wait(task.id).then(
      () => {
        detectedAt.set(task.id, clock.now() - START);
        settledCount += 1;
      },
      () => {
        failures += 1;
        settledCount += 1;
      },
    );
    const next = tasks[index + 1];
    if (next !== undefined) clock.setTimeout(() => create(index + 1), next.createdAt - task.createdAt);
  };
  clock.setTimeout(() => create(0), tasks[0].createdAt);
  const started = performance.now();
  while (settledCount < tasks.length) {
    if (!(await clock.next())) break;
    maxTimers = Math.max(maxTimers, clock.timerCount);
  }
  return summarize(name, tasks, detectedAt, server, maxBatchSize, {
    failures,
    pendingAtEnd: poller.pending,
    maxLiveTimers: maxTimers,
    timersAtEnd: clock.timerCount,
    simulatedSeconds: Math.round((clock.now() - START) / 1000),
    wallMs: Math.round(performance.now() - started),
  });
}

/** A time-ordered event queue (a binary heap, ties in insertion order). */
function eventQueue() {
  const queue = [];
  let sequence = 0;
  const before = (a, b) =>
    queue[a].at < queue[b].at || (queue[a].at === queue[b].at && queue[a].sequence < queue[b].sequence);
  return {
    get size() {
      return queue.length;
    },
    push(at, run) {
      queue.push({ at, sequence: sequence++, run });
      let index = queue.length - 1;
      while (index > 0) {
        const parent = (index - 1) >> 1;
        if (before(parent, index)) break;
        [queue[parent], queue[index]] = [queue[index], queue[parent]];
        index = parent;
      }
    },
    pop() {
      const top = queue[0];
      const last = queue.pop();
      if (queue.length > 0) {
        queue[0] = last;
        let index = 0;
        for (;;) {
          const left = 2 * index + 1;
          const right = left + 1;
          let smallest = index;
          if (left < queue.length && before(left, smallest)) smallest = left;
          if (right < queue.length && before(right, smallest)) smallest = right;
          if (smallest === index) break;
          [queue[smallest], queue[index]] = [queue[index], queue[smallest]];
          index = smallest;
        }
      }
      return top;
    },
  };
}

/** The server's `Retry-After` on a 429, in ms. */
const RETRY_AFTER_MS = 1_000;

/**
 * The clients users would pick instead (docs/anchors: each one's defaults as read from its source), each polling
 * every task alone (none batches). `first`: delay before the first check; `interval(attempt, random)`: delay after
 * an answer; `onRateLimited(retry, random)`: delay before retrying a poll answered 429, or `undefined` to give the
 * poll up and wait for the next regular one; `timeoutMs`: the client's own deadline (Infinity: none).
 */
const ANCHORS = [
  {
    name: "Replicate JS: 0.5 s fixed; 429 retried 5× at once (Retry-After ignored, no sleep)",
    short: "Replicate",
    nominalMs: 500,
    first: () => 500,
    interval: () => 500,
    onRateLimited: (retry) => (retry < 5 ? 0 : undefined),
    timeoutMs: Number.POSITIVE_INFINITY,
  },
  {
    name: "fal: 0.5 s fixed; 429 retried 3× with exponential backoff and jitter (Retry-After ignored)",
    short: "fal",
    nominalMs: 500,
    first: () => 500,
    interval: () => 500,
    onRateLimited: (retry, random) => (retry < 3 ? 500 * 2 ** retry + random() * 500 : undefined),
    timeoutMs: Number.POSITIVE_INFINITY,
  },
  {
    name: "vendor SDK (Ace Data): 3 s fixed; 2 retries, min(2^n, 8) s + jitter (Retry-After ignored); 600 s",
    short: "vendor SDK",
    nominalMs: 3_000,
    first: () => 3_000,
    interval: () => 3_000,
    onRateLimited: (retry, random) =>
      retry < 2 ? Math.min(2 ** (retry + 1), 8) * 1_000 + random() * 1_000 : undefined,
    timeoutMs: 600_000,
  },
  {
    name: "OpenAI / AI SDK: 5 s fixed; 2 retries honouring Retry-After",
    short: "OpenAI / AI SDK",
    nominalMs: 5_000,
    first: () => 5_000,
    interval: () => 5_000,
    onRateLimited: (retry) => (retry < 2 ? RETRY_AFTER_MS : undefined),
    timeoutMs: Number.POSITIVE_INFINITY,
  },
  {
    name: "Runway: 6 s ± 1.5 s; 2 retries honouring Retry-After",
    short: "Runway",
    nominalMs: 6_000,
    first: (random) => 4_500 + random() * 3_000,
    interval: (_attempt, random) => 4_500 + random() * 3_000,
    onRateLimited: (retry) => (retry < 2 ? RETRY_AFTER_MS : undefined),
    timeoutMs: Number.POSITIVE_INFINITY,
  },
  {
    name: "AWS waiter: first check at once, then 2 s to 120 s exponential, full jitter; a 429 is one more attempt",
    short: "AWS waiter",
    nominalMs: 2_000,
    first: () => 0,
    interval: (attempt, random) =>
      2_000 + random() * (Math.min(120_000, 2_000 * 2 ** Math.max(0, attempt - 1)) - 2_000),
    onRateLimited: () => undefined,
    timeoutMs: Number.POSITIVE_INFINITY,
  },
];
const VENDOR = ANCHORS[2];

/** An anchor's loop per task, as a plain discrete-event simulation against the same server rules. */
function runAnchor(anchor, tasks, name = anchor.name) {
  const server = createServer(tasks);
  const network = seededRandom(11);
  const jitter = seededRandom(13);
  const queue = eventQueue();
  const detectedAt = new Map();
  let lostPolls = 0;
  for (const task of tasks) {
    const deadline = task.createdAt + anchor.timeoutMs;
    let attempt = 0;
    const next = (at) => {
      attempt += 1;
      const delay = anchor.interval(attempt, jitter);
      if (at + delay < deadline) queue.push(at + delay, () => poll(at + delay, 0));
    };
    const poll = (at, retry) => {
      const arrival = at + latency(network);
      const records = server.handle(arrival, [task.id]);
      const answeredAt = arrival + latency(network);
      queue.push(answeredAt, () => {
        if (records === null) {
          const delay = anchor.onRateLimited(retry, jitter);
          if (delay !== undefined) return queue.push(answeredAt + delay, () => poll(answeredAt + delay, retry + 1));
          lostPolls += 1;
        } else if (classifyAceDataRecord(records[0], task.id, recordShape).state === "succeeded") {
          return detectedAt.set(task.id, answeredAt);
        }
        next(answeredAt);
      });
    };
    const first = task.createdAt + anchor.first(jitter);
    queue.push(first, () => poll(first, 0));
  }
  const started = performance.now();
  while (queue.size > 0) queue.pop().run();
  return summarize(name, tasks, detectedAt, server, 1, {
    lostPolls,
    wallMs: Math.round(performance.now() - started),
  });
}

/** The share of a key's rate the default schedule's eager part plans to spend (its documented default). */
const DEFAULT_SHARE = 0.5;
/** One network round trip of the simulated latency (40-60 ms each way). */
const ROUND_TRIP_MS = 100;

/**
 * The physical floor of detection for one id a request: a key reads at most `share × rate` tasks a second, so
 * a task completing while P tasks are pending waits P ÷ (share × 10/s) for its turn, plus a round trip. The
 * p99 of that per-task floor over the workload.
 */
function floorP99(tasks, detectedAt, idsPerRequest, share) {
  const pendingAt = pendingCounter(tasks, detectedAt);
  const floors = tasks
    .map((task) => (pendingAt(task.completesAt) / (SERVER_LIMIT * share * idsPerRequest)) * 1_000 + ROUND_TRIP_MS)
    .sort((a, b) => a - b);
  return percentile(floors, 0.99);
}

const WORKLOADS = [
  { name: "light", tasks: 20 },
  { name: "medium", tasks: 200 },
  { name: "heavy", tasks: 2_000 },
];
const PROVIDERS = [
  { name: "Ace Data (batch 50)", batch: BATCH },
  { name: "kie (1 id a request)", batch: 1 },
];

async function pareto() {
  const tables = [];
  const anchorRows = {};
  for (const provider of PROVIDERS) {
    for (const workload of WORKLOADS) {
      const workloadTasks = makeTasks(workload.tasks);
      const rows = [];
      for (const [label, options] of [
        ["gentask default, one poller (`watchTasks`)", { way: "watch" }],
        ["gentask default, stand-alone `waitForTask` per task", { way: "standalone" }],
        ["gentask `fewestRequestsSchedule` (kie's bands)", { way: "shared", schedule: fewestRequestsSchedule }],
      ]) {
        const result = await runPoller(label, workloadTasks, provider.batch, options);
        rows.push({
          ...result,
          kind: options.way === "watch" ? "watch" : options.way === "standalone" ? "standalone" : "fewest",
        });
      }
      // The anchors read each task alone: the same requests on either provider, so simulated once per workload.
      anchorRows[workload.name] ??= ANCHORS.map((anchor) => ({
        ...runAnchor(anchor, workloadTasks, anchor.name),
        kind: "anchor",
        short: anchor.short,
        nominalMs: anchor.nominalMs,
      }));
      rows.push(...anchorRows[workload.name]);
      for (const row of rows) {
        // Mean time between answered reads of one task: task-time pending ÷ ids read.
        row.meanIntervalMs ??= row.pendingTaskMs / Math.max(1, row.idsRead);
      }
      const watch = rows[0];
      tables.push({
        provider: provider.name,
        batch: provider.batch,
        workload: workload.name,
        tasks: workload.tasks,
        floorP99Ms: floorP99(workloadTasks, watch.detectedAtMap, provider.batch, DEFAULT_SHARE),
        rows: rows.map(({ detectedAtMap, ...row }) => row),
      });
    }
  }
  return { share: DEFAULT_SHARE, roundTripMs: ROUND_TRIP_MS, tables };
}

const tasks = makeTasks();
const durations = tasks.map((task) => task.completesAt - task.createdAt).sort((a, b) => a - b);
const strip = ({ detectedAtMap, ...result }) => result;
const ours = strip(await runPoller("(a) @gentask/poller", tasks, BATCH));
const vendor = strip(runAnchor(VENDOR, tasks, "(b) vendor SDK: each task alone every 3 s"));
const unbatched = strip(await runPoller("(c) @gentask/poller, no batching", tasks, 1));
const paretoFigures = await pareto();
console.log(
  JSON.stringify({
    tasks: TASKS,
    durationsMs: { p50: percentile(durations, 0.5), p99: percentile(durations, 0.99), max: durations.at(-1) },
    results: [ours, vendor, unbatched],
    pareto: paretoFigures,
  }),
);
