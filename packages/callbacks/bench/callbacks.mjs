// Callbacks against polling alone, on the lifecycle mock (every provider of the registry), on one virtual clock
// with real 127.0.0.1 sockets: the mock, the receiver (through the Node adapter) and the clients talk HTTP, and
// time moves in steps of 250 ms once nothing is in flight, so the figures repeat run after run (seeded jitter,
// seeded faults). For each provider and workload:
//   (A) polling alone: one poller, the default schedule (kie's bands), batching on;
//   (B) callbacks: `createCallbacks` with the default backstop (2 minutes) and callback faults on the mock:
//       20 % dropped, 20 % repeated, 20 % late (45 s), 20 % preceded by a forged post, 20 % as sent;
//   (C) as (B) with a 60 s backstop.
// One in ten tasks is asked to fail. Prints one JSON line: requests, outcomes, detection latency per fault.
import { createServer } from "node:http";
import { createCallbacks } from "@gentask/callbacks";
import { toNodeListener } from "@gentask/callbacks/node";
import { connectProvider, providerRegistry, withValueAtPointer } from "@gentask/core";
import { startLifecycleServer } from "@gentask/mock";
import { createPoller } from "@gentask/poller";
import { createVirtualClock } from "@gentask/poller/testing";

const SECRET = "a-benchmark-secret-of-at-least-32-characters";
const STEP_MS = 250;
const LATE_MS = 45_000;
const FAULTS = { dropRate: 0.2, duplicateRate: 0.2, lateRate: 0.2, forgeRate: 0.2, lateMs: LATE_MS, seed: 11 };
const WORKLOADS = [
  // One task at a time, as a web app's users start them: 30 tasks of 90 s, one every 2 minutes.
  { name: "sporadic", tasks: 30, everyMs: 120_000, queuedMs: 10_000, runningMs: 80_000 },
  // Many at once: 100 tasks of 90 s, one every 5 s (about 18 running at any time).
  { name: "busy", tasks: 100, everyMs: 5_000, queuedMs: 10_000, runningMs: 80_000 },
  // Started together: 50 tasks of 90 s within 12.5 s (one per 250 ms step, so that each callback arrives on
  // its own, as callbacks of tasks started together do; polling reads them all in a few batched requests).
  { name: "burst", tasks: 50, everyMs: 250, queuedMs: 10_000, runningMs: 80_000 },
  // Longer than the backstop: 30 tasks of 4 minutes, one every 2 minutes.
  { name: "long", tasks: 30, everyMs: 120_000, queuedMs: 10_000, runningMs: 230_000 },
];

/** Park-Miller: the poller's jitter, seeded. */
function seeded(seed) {
  let state = seed;
  return () => {
    state = (state * 16807) % 2147483647;
    return (state - 1) / 2147483646;
  };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

async function run(facts, workload, mode) {
  const clock = createVirtualClock({ start: 1_766_000_000_000 });
  let inFlight = 0;
  let statusReads = 0;
  const counted = (work) => {
    inFlight += 1;
    return work.finally(() => {
      inFlight -= 1;
    });
  };
  const quiet = async () => {
    for (let calm = 0; calm < 3; ) {
      await turn();
      if (inFlight > 0) {
        calm = 0;
        await new Promise((resolve) => setTimeout(resolve, 1));
      } else calm += 1;
    }
  };
  const withCallbacks = mode !== "polling";
  const mock = await startLifecycleServer({
    queuedMs: workload.queuedMs,
    runningMs: workload.runningMs,
    now: () => clock.now(),
    providers: [facts.name],
    callbackFaults: withCallbacks ? FAULTS : undefined,
  });
  const connection = connectProvider(facts, {
    apiKey: "bench-key",
    baseUrl: mock.url,
    fetch: (request) => {
      if (new URL(request.url).pathname === facts.statusPath) statusReads += 1;
      return counted(fetch(request));
    },
  });
  const receiverEvents = [];
  let listener;
  const server = createServer((request, response) => {
    inFlight += 1;
    response.on("close", () => {
      inFlight -= 1;
    });
    listener(request, response);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const callbacks = createCallbacks({
    url: `http://127.0.0.1:${server.address().port}/callbacks`,
    secret: SECRET,
    clock,
    random: seeded(7),
    backstopMs: mode === "callbacks-60s" ? 60_000 : undefined,
    onCallback: (event) => receiverEvents.push(event),
  });
  listener = toNodeListener((request) => callbacks.handle(request));
  const poller = createPoller({ clock, random: seeded(7) });

  const tasks = [];
  const finishedAt = (task) => task.createdAt + workload.queuedMs + workload.runningMs;
  const startTask = async (index) => {
    const fails = index % 10 === 9;
    const prompt = `${facts.common.prompt}${fails ? " [fail]" : ""} #${index}`;
    const body = withValueAtPointer(facts.common.body, facts.common.promptPointer, prompt);
    const createdAt = clock.now();
    const task = { index, fails, createdAt, settledAt: undefined, outcome: undefined, fault: "none" };
    let wait;
    if (withCallbacks) {
      const handle = await callbacks.start(connection.tasks, (callbackUrl) =>
        connection.start(facts.common.operationId, { ...body, [facts.callbackUrlField]: callbackUrl }),
      );
      task.id = handle.taskId;
      task.fault = mock.callbackFault(handle.taskId);
      wait = callbacks.waitForTask(connection.tasks, handle, { timeoutMs: 30 * 60_000 });
    } else {
      task.id = await connection.start(facts.common.operationId, body);
      wait = poller.waitForTask(
        connection.tasks,
        { provider: facts.name, taskId: task.id, createdAt },
        {
          timeoutMs: 30 * 60_000,
        },
      );
    }
    wait.then(
      (value) => Object.assign(task, { outcome: value.state, settledAt: clock.now() }),
      (reason) => Object.assign(task, { outcome: reason?.name ?? String(reason), settledAt: clock.now() }),
    );
    tasks.push(task);
  };

  for (let index = 0; index < workload.tasks || tasks.some((task) => task.settledAt === undefined); ) {
    if (index < workload.tasks && clock.now() >= 1_766_000_000_000 + index * workload.everyMs) {
      await startTask(index);
      index += 1;
      continue;
    }
    await clock.advance(STEP_MS);
    await quiet();
    await mock.deliverDueCallbacks();
    await quiet();
    if (clock.now() > 1_766_000_000_000 + workload.tasks * workload.everyMs + 60 * 60_000) break;
  }
  // Deliveries still due (late callbacks for tasks that the backstop already finished) are sent and answered.
  for (let extra = 0; extra < (LATE_MS + 2_000) / STEP_MS; extra++) {
    await clock.advance(STEP_MS);
    await mock.deliverDueCallbacks();
    await quiet();
  }
  const deliveries = [...mock.callbackLog];
  await mock.close();
  await new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });

  const wrong = tasks.filter((task) => task.outcome !== (task.fails ? "TaskFailedError" : "succeeded"));
  const byFault = {};
  for (const task of tasks) {
    byFault[task.fault] ??= { tasks: 0, latencies: [], answers: {} };
    const entry = byFault[task.fault];
    entry.tasks += 1;
    entry.latencies.push(task.settledAt - finishedAt(task));
  }
  for (const delivery of deliveries) {
    const task = tasks.find((candidate) => candidate.id === delivery.taskId);
    const entry = byFault[task?.fault ?? "none"];
    const key = `${delivery.kind} ${delivery.status}`;
    entry.answers[key] = (entry.answers[key] ?? 0) + 1;
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  for (const entry of Object.values(byFault)) {
    entry.medianLatencyMs = median(entry.latencies);
    entry.maxLatencyMs = Math.max(...entry.latencies);
    delete entry.latencies;
  }
  return {
    provider: facts.name,
    family: facts.family,
    workload: workload.name,
    mode,
    tasks: tasks.length,
    statusReads,
    wrongOutcomes: wrong.length,
    unsettled: tasks.filter((task) => task.settledAt === undefined).length,
    byFault,
    receiver: receiverEvents.reduce((counts, event) => {
      counts[event.outcome] = (counts[event.outcome] ?? 0) + 1;
      return counts;
    }, {}),
  };
}

const results = [];
for (const workload of WORKLOADS) {
  for (const facts of Object.values(providerRegistry)) {
    for (const mode of ["polling", "callbacks", "callbacks-60s"]) {
      const result = await run(facts, workload, mode);
      results.push(result);
      console.error(
        `${workload.name} ${facts.name} ${mode}: ${result.statusReads} reads, ${result.wrongOutcomes} wrong, ${result.unsettled} unsettled`,
      );
    }
  }
}
console.log(JSON.stringify({ faults: FAULTS, workloads: WORKLOADS, results }));
