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
// Prints one JSON line (the figures) on stdout.

import { ApiError, classifyAceDataRecord } from "@gentask/core";
import { createPoller, defaultSchedule } from "@gentask/poller";
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
function makeTasks() {
  const random = seededRandom(2026);
  return Array.from({ length: TASKS }, (_, index) => {
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

/** The upper bound of the default schedule's interval at a given task age. */
function scheduleCeiling(ageMs) {
  return defaultSchedule(ageMs, 0, () => 0.999_999_999);
}

/** `batchSize`: ids per request of the client, for its rate-limit floor (pending ÷ (10 requests/s × batchSize)). */
function summarize(name, tasks, detectedAt, server, batchSize, extra = {}) {
  const latencies = [];
  const slack = [];
  let undetected = 0;
  // Pending waits over time, for the rate limit's floor: created and not yet resolved.
  const events = [];
  for (const task of tasks) {
    events.push([task.createdAt, 1]);
    events.push([detectedAt.get(task.id) ?? Number.POSITIVE_INFINITY, -1]);
  }
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const pendingAt = (time) => {
    let low = 0;
    let high = events.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (events[middle][0] <= time) low = middle + 1;
      else high = middle;
    }
    let count = 0;
    for (let index = 0; index < low; index++) count += events[index][1];
    return count;
  };
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

/** (a) and (c): the real poller, with a task source talking to the simulated server over simulated latency. */
async function runPoller(name, tasks, maxBatchSize) {
  const clock = createVirtualClock({ start: START });
  const server = createServer(tasks);
  const network = seededRandom(11);
  const source = {
    provider: "veo",
    budgetKey: "veo https://api.acedata.cloud bench-key",
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
  const poller = createPoller({ clock, random: seededRandom(7) });
  const detectedAt = new Map();
  let settledCount = 0;
  let failures = 0;
  let maxTimers = 0;
  // Tasks arrive one after the other (one creation timer at a time, so the timer count below is the poller's).
  const create = (index) => {
    const task = tasks[index];
    poller.waitForTask(source, task.id, { createdAt: clock.now() }).then(
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

/** (b): the vendor SDK's loop, as a plain discrete-event simulation against the same server rules. */
function runVendor(tasks) {
  const server = createServer(tasks);
  const network = seededRandom(11);
  const jitter = seededRandom(13);
  const queue = [];
  let sequence = 0;
  const push = (at, run) => {
    queue.push({ at, sequence: sequence++, run });
    let index = queue.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (queue[parent].at < at || (queue[parent].at === at && queue[parent].sequence < queue[index].sequence)) break;
      [queue[parent], queue[index]] = [queue[index], queue[parent]];
      index = parent;
    }
  };
  const pop = () => {
    const top = queue[0];
    const last = queue.pop();
    if (queue.length > 0) {
      queue[0] = last;
      let index = 0;
      for (;;) {
        const left = 2 * index + 1;
        const right = left + 1;
        let smallest = index;
        const before = (a, b) =>
          queue[a].at < queue[b].at || (queue[a].at === queue[b].at && queue[a].sequence < queue[b].sequence);
        if (left < queue.length && before(left, smallest)) smallest = left;
        if (right < queue.length && before(right, smallest)) smallest = right;
        if (smallest === index) break;
        [queue[smallest], queue[index]] = [queue[index], queue[smallest]];
        index = smallest;
      }
    }
    return top;
  };
  const detectedAt = new Map();
  let lostPolls = 0;
  const TIMEOUT_MS = 600_000;
  for (const task of tasks) {
    const deadline = task.createdAt + TIMEOUT_MS;
    const poll = (at, attempt) => {
      const arrival = at + latency(network);
      const records = server.handle(arrival, [task.id]);
      const answeredAt = arrival + latency(network);
      push(answeredAt, () => {
        if (records === null) {
          if (attempt < 2) {
            const backoff = Math.min(2 ** (attempt + 1), 8) * 1_000 + jitter() * 1_000;
            return push(answeredAt + backoff, () => poll(answeredAt + backoff, attempt + 1));
          }
          lostPolls += 1;
        } else if (classifyAceDataRecord(records[0], task.id, recordShape).state === "succeeded") {
          return detectedAt.set(task.id, answeredAt);
        }
        if (answeredAt + 3_000 < deadline) push(answeredAt + 3_000, () => poll(answeredAt + 3_000, 0));
      });
    };
    push(task.createdAt + 3_000, () => poll(task.createdAt + 3_000, 0));
  }
  const started = performance.now();
  while (queue.length > 0) pop().run();
  return summarize("(b) vendor SDK: each task alone every 3 s", tasks, detectedAt, server, 1, {
    lostPolls,
    wallMs: Math.round(performance.now() - started),
  });
}

const tasks = makeTasks();
const durations = tasks.map((task) => task.completesAt - task.createdAt).sort((a, b) => a - b);
const ours = await runPoller("(a) @gentask/poller", tasks, BATCH);
const vendor = runVendor(tasks);
const unbatched = await runPoller("(c) @gentask/poller, no batching", tasks, 1);
console.log(
  JSON.stringify({
    tasks: TASKS,
    durationsMs: { p50: percentile(durations, 0.5), p99: percentile(durations, 0.99), max: durations.at(-1) },
    results: [ours, vendor, unbatched],
  }),
);
