// `pnpm bench`: builds @gentask/core, @gentask/poller, @gentask/fleet, @gentask/mock and @gentask/callbacks,
// runs the benchmarks, prints the figures and exits non-zero when a target is missed. Not a timed test.
// Benchmarks 1 (with 1b, detection against the anchors' strategies) and 2 are simulations on a virtual clock
// with fixed seeds; 1c runs the same waits on real sockets against a local API that enforces its limit; 3 (the poller's own cost) and 4 (four
// worker processes on a real redis-server against a local API that enforces its rate limit) run on the real
// clock and report ratios against baselines measured in the same run; 5 (callbacks against polling alone) runs
// the lifecycle mock and the receiver on 127.0.0.1 on a virtual clock, seeded.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const tsc = join(root, "node_modules", ".bin", "tsc");
const benchDirectory = join(root, "packages", "poller", "bench");
const fleetBenchDirectory = join(root, "packages", "fleet", "bench");
const callbacksBenchDirectory = join(root, "packages", "callbacks", "bench");

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    console.error(`${command} ${args.join(" ")} failed:\n${result.stdout}${result.stderr}`);
    process.exit(1);
  }
  return result.stdout;
}

for (const name of ["core", "poller", "fleet", "mock", "callbacks"])
  run(tsc, ["-p", join("packages", name, "tsconfig.build.json")]);

const lastJsonLine = (output) => JSON.parse(output.trim().split("\n").at(-1));
const simulation = lastJsonLine(run(process.execPath, [join(benchDirectory, "simulation.mjs")]));
const sockets = lastJsonLine(run(process.execPath, [join(benchDirectory, "sockets.mjs")]));
const memory = lastJsonLine(run(process.execPath, ["--expose-gc", join(benchDirectory, "memory.mjs")]));
const cost = lastJsonLine(run(process.execPath, ["--expose-gc", join(benchDirectory, "cost.mjs")]));
const fleet = lastJsonLine(run(process.execPath, [join(fleetBenchDirectory, "fleet.mjs")]));
const callbacks = lastJsonLine(run(process.execPath, [join(callbacksBenchDirectory, "callbacks.mjs")]));

const seconds = (ms) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(1)} s` : "never");
const [ours, vendor, unbatched] = simulation.results;
const targets = [];
const target = (name, ok, detail) => targets.push({ name, ok, detail });

console.log(`\n## 1. ${simulation.tasks} tasks on one Ace Data Cloud provider (virtual clock)\n`);
console.log(
  `Task durations: median ${seconds(simulation.durationsMs.p50)}, p99 ${seconds(simulation.durationsMs.p99)}, max ${seconds(simulation.durationsMs.max)}.\n`,
);
console.log("| client | requests | 429s | p50 detection | p99 detection | within bound | never detected |");
console.log("|---|---:|---:|---:|---:|---:|---:|");
for (const result of simulation.results) {
  console.log(
    `| ${result.name} | ${result.requests.toLocaleString("en")} | ${result.rejected429.toLocaleString("en")} | ${seconds(result.p50LatencyMs)} | ${seconds(result.p99LatencyMs)} | ${(result.withinBound * 100).toFixed(1)} % | ${result.undetected} |`,
  );
}
const ratio = vendor.requests / ours.requests;
console.log(
  `\nRequests, (b) ÷ (a): ${ratio.toFixed(1)}×. (c) ÷ (a): ${(unbatched.requests / ours.requests).toFixed(1)}×.`,
);
target("zero 429s", ours.rejected429 === 0, `${ours.rejected429} 429s`);
target("at least 20× fewer requests than the vendor strategy", ratio >= 20, `${ratio.toFixed(1)}×`);
target(
  "p99 detection latency within max(schedule interval at that age, rate-limit floor) + 1 s",
  ours.p99SlackMs <= 0,
  `p99 of (latency − bound) = ${seconds(ours.p99SlackMs)}; ${(ours.withinBound * 100).toFixed(1)} % of tasks within their bound`,
);
target(
  "every task detected, nothing left pending",
  ours.undetected === 0 && ours.failures === 0 && ours.pendingAtEnd === 0 && ours.timersAtEnd === 0,
  `${ours.undetected} undetected, ${ours.pendingAtEnd} pending, ${ours.timersAtEnd} timers`,
);

const { pareto } = simulation;
console.log(
  `\n## 1b. Detection against the clients users would pick instead (virtual clock, 10 requests per sliding second, 429 beyond)\n`,
);
const fixed = (value, digits = 1) => value.toFixed(digits);
for (const table of pareto.tables) {
  console.log(`\n### ${table.provider}, ${table.workload} (${table.tasks.toLocaleString("en")} tasks)\n`);
  console.log(
    "| client | requests | 429s | p50 detection | p99 detection | requests per task | mean interval per task |",
  );
  console.log("|---|---:|---:|---:|---:|---:|---:|");
  for (const row of table.rows) {
    console.log(
      `| ${row.name} | ${row.requests.toLocaleString("en")} | ${row.rejected429.toLocaleString("en")} | ${seconds(row.p50LatencyMs)} | ${seconds(row.p99LatencyMs)} | ${fixed(row.requestsPerTask)} | ${seconds(row.meanIntervalMs)} |`,
    );
  }
  const defaults = table.rows.filter((row) => row.kind === "watch" || row.kind === "standalone");
  const anchors = table.rows.filter((row) => row.kind === "anchor");
  const where = `${table.provider}, ${table.workload}`;
  const zero429 = (row) => row.rejected429 === 0;
  if (table.batch > 1 && table.workload !== "heavy") {
    // The fastest anchor: the shortest interval as its source sets it (Replicate's 0.5 s).
    const fastest = anchors.reduce((best, row) => (row.nominalMs < best.nominalMs ? row : best));
    for (const row of defaults) {
      target(
        `${where}, ${row.kind}: p50 and p99 detection ≤ ${fastest.short}'s, ≤ 1/10 of its requests, 0 × 429`,
        row.p50LatencyMs <= fastest.p50LatencyMs &&
          row.p99LatencyMs <= fastest.p99LatencyMs &&
          row.requests * 10 <= fastest.requests &&
          zero429(row),
        `p50 ${seconds(row.p50LatencyMs)} vs ${seconds(fastest.p50LatencyMs)}, p99 ${seconds(row.p99LatencyMs)} vs ${seconds(fastest.p99LatencyMs)}, requests ÷ ${fixed(fastest.requests / row.requests)}, ${row.rejected429} × 429`,
      );
    }
  } else if (table.batch > 1) {
    const vendorRow = anchors.find((row) => row.short === "vendor SDK");
    for (const row of defaults) {
      target(
        `${where}, ${row.kind}: p99 ≤ 5 s, ≥ 20× fewer requests than the vendor strategy, 0 × 429`,
        row.p99LatencyMs <= 5_000 && vendorRow.requests >= 20 * row.requests && zero429(row),
        `p99 ${seconds(row.p99LatencyMs)}, ${fixed(vendorRow.requests / row.requests)}× fewer, ${row.rejected429} × 429`,
      );
    }
  } else {
    console.log(
      `\nPhysical floor: a key reads at most ${pareto.share} × 10 tasks a second one id at a time, so a task finishing while P are pending waits P ÷ ${pareto.share * 10}/s, plus a round trip (${pareto.roundTripMs} ms); p99 of that over the tasks: **${seconds(table.floorP99Ms)}**.`,
    );
    for (const row of defaults) {
      const faster = anchors.filter((anchor) => anchor.meanIntervalMs < row.meanIntervalMs);
      target(
        `${where}, ${row.kind}: p99 ≤ 1.2 × the physical floor, 0 × 429, fewer requests per task than every anchor that reads a task more often`,
        row.p99LatencyMs <= 1.2 * table.floorP99Ms &&
          zero429(row) &&
          faster.every((anchor) => row.requestsPerTask < anchor.requestsPerTask),
        `p99 ${seconds(row.p99LatencyMs)} = ${fixed(row.p99LatencyMs / table.floorP99Ms, 2)} × floor ${seconds(table.floorP99Ms)}; ${fixed(row.requestsPerTask)} requests per task vs ${faster.map((anchor) => `${anchor.short} ${fixed(anchor.requestsPerTask)}`).join(", ") || "no anchor reads more often"}`,
      );
    }
  }
}

console.log(
  `\n## 1c. The same on real sockets: ${sockets.tasks} tasks, a local API that allows 10 requests per sliding second\n`,
);
console.log("| schedule | waits | requests | 429s | ids per request | p50 / p99 detection | settled |");
console.log("|---|---|---:|---:|---:|---:|---:|");
for (const result of sockets.results) {
  console.log(
    `| ${result.label} | ${result.way === "watch" ? "one poller, `watchTasks`" : "stand-alone `waitForTask` per task"} | ${result.requests} | ${result.rejected429} | ${fixed(result.idsPerRequest)} | ${seconds(result.p50DetectionMs)} / ${seconds(result.p99DetectionMs)} | ${result.settled} |`,
  );
}
for (const label of ["default", "fewestRequests"]) {
  const standalone = sockets.results.find((result) => result.label === label && result.way === "standalone");
  const shared = sockets.results.find((result) => result.label === label && result.way === "watch");
  target(
    `real sockets, ${label}: stand-alone calls send at most 1.2× the requests of one shared poller, 0 × 429, all settled`,
    standalone.requests <= 1.2 * shared.requests &&
      standalone.rejected429 + shared.rejected429 === 0 &&
      standalone.failures + shared.failures === 0,
    `${fixed(standalone.requests / shared.requests, 2)}× (${standalone.requests} vs ${shared.requests}), ${standalone.rejected429 + shared.rejected429} × 429, ${standalone.failures + shared.failures} failed`,
  );
}

console.log("\n## 2. Concurrent pending waits in one process\n");
console.log(
  "| waits | shared signal | heap per wait | poller timers (max) | all timers incl. requests in flight (max) | timers after settle |",
);
console.log("|---:|---|---:|---:|---:|---:|");
for (const result of memory.results) {
  console.log(
    `| ${result.waits.toLocaleString("en")} | ${result.signal ? "yes" : "no"} | ${result.heapPerWaitBytes} B | ${result.maxPollerTimers} | ${result.maxTimersWithRequestsInFlight} | ${result.timersAfterSettle} |`,
  );
}
const exit = memory.exit;
console.log(
  `\nReal clock: ${exit.waited?.toLocaleString("en")} waits settled in ${seconds(exit.waitMs)}, ${exit.timersAfterSettle} timers left, process exited on its own: ${exit.exitedOnItsOwn}.`,
);
const largest = memory.results.filter((result) => result.waits === 100_000);
target(
  "heap per wait at most 1 KB with 100,000 waits",
  largest.length > 0 && largest.every((result) => result.heapPerWaitBytes <= 1024),
  largest.map((result) => `${result.heapPerWaitBytes} B`).join(", "),
);
target(
  "live timers independent of the number of waits",
  memory.results.every((result) => result.maxPollerTimers === 1 && result.timersAfterSettle === 0),
  memory.results.map((result) => `${result.waits}: ${result.maxPollerTimers}`).join(", "),
);
target(
  "a process that waited exits on its own",
  exit.exitedOnItsOwn === true && exit.timersAfterSettle === 0,
  `${exit.timersAfterSettle} timers left`,
);

console.log("\n## 3. The poller's own cost (instant in-process source, real clock)\n");
const microseconds = (value) => `${value.toFixed(1)} µs`;
const { naive, poller: oneId, batched } = cost.cost;
console.log("| way | CPU per settled task | ÷ naive loop | wall |");
console.log("|---|---:|---:|---:|");
for (const [name, figures] of [
  ["naive per-task loop (baseline)", naive],
  ["poller, one id a request", oneId],
  ["poller, batches of 50", batched],
]) {
  console.log(
    `| ${name} | ${microseconds(figures.cpuMicrosecondsPerTask)} | ${(figures.cpuMicrosecondsPerTask / naive.cpuMicrosecondsPerTask).toFixed(2)}× | ${figures.wallMs} ms |`,
  );
}
const { registration } = cost;
console.log(
  `\nRegistering ${registration.waits.toLocaleString("en")} waits: waitForTasks blocks ${registration.waitForTasks.synchronousMs} ms (longest event-loop gap ${registration.waitForTasks.longestGapMs} ms); watchTasks ${registration.watchTasks.synchronousMs} ms (gap ${registration.watchTasks.longestGapMs} ms).`,
);
target(
  "CPU per settled task at most the naive loop's (batches of 50, as on Ace Data Cloud)",
  batched.cpuMicrosecondsPerTask <= naive.cpuMicrosecondsPerTask,
  `${(batched.cpuMicrosecondsPerTask / naive.cpuMicrosecondsPerTask).toFixed(2)}× (one id a request: ${(oneId.cpuMicrosecondsPerTask / naive.cpuMicrosecondsPerTask).toFixed(2)}×)`,
);
const longestGap = Math.max(registration.waitForTasks.longestGapMs, registration.watchTasks.longestGapMs);
target("no event-loop stall above 50 ms while registering 100,000 waits", longestGap <= 50, `${longestGap} ms`);

console.log("\n## 4. Four worker processes, one API key, 10 requests/s enforced with 429s (real redis-server)\n");
const [one, shared, local] = fleet.results;
console.log(
  "| run | processes | budget | requests | 429s | rate while saturated | tasks settled | lost | reported twice | after deadline | p50 / p99 detection |",
);
console.log("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|");
for (const result of fleet.results) {
  console.log(
    `| ${result.label} | ${result.processes} | ${result.budget}${result.killedOneAtMs ? `, one SIGKILLed at ${seconds(result.killedOneAtMs)}` : ""} | ${result.requests} | ${result.rejected429} | ${result.saturatedRate.toFixed(2)}/s (${(result.saturatedRateOfCeiling * 100).toFixed(1)} %) | ${result.settled.toLocaleString("en")} | ${result.lost} | ${result.duplicates} | ${result.settledAfterDeadline} | ${seconds(result.p50DetectionMs)} / ${seconds(result.p99DetectionMs)} |`,
  );
}
target("shared budget, 4 processes: zero 429s", shared.rejected429 === 0, `${shared.rejected429} 429s`);
target(
  "shared budget: aggregate rate at least 90 % of the ceiling while saturated",
  shared.saturatedRateOfCeiling >= 0.9,
  `${(shared.saturatedRateOfCeiling * 100).toFixed(1)} %`,
);
target(
  "4 processes send at most 1.2× the requests of one process",
  shared.requests <= one.requests * 1.2,
  `${(shared.requests / one.requests).toFixed(2)}×`,
);
target(
  "SIGKILL one worker: no task lost, none reported twice, all settled before their deadlines",
  shared.lost === 0 && shared.duplicates === 0 && shared.settledAfterDeadline === 0 && shared.notSucceeded === 0,
  `${shared.lost} lost, ${shared.duplicates} twice, ${shared.settledAfterDeadline} late`,
);
console.log(`\nIn-process budgets only (the same 4 processes, baseline): ${local.rejected429} 429s.`);

const { short, outage } = fleet;
console.log(
  `\n${short.runs.length} consecutive ${seconds(short.runMs)} runs of 4 processes on the shared budget: ${short.rejected429} 429s (${short.runsWith429} runs with any), rate while saturated ${(short.meanRateOfCeiling * 100).toFixed(1)} % of the ceiling on average, lowest run ${(short.lowestRateOfCeiling * 100).toFixed(1)} %.`,
);
console.log(`429s per run: ${short.runs.map((run) => run.rejected429).join(", ")}.`);
console.log(
  `\n4 processes through a ${seconds(outage.outageMs)} Redis outage (SIGKILL, restarted on its append-only file), ${outage.settled.toLocaleString("en")} tasks: ${outage.rejected429} 429s, rate ${(outage.backlogRateOfCeiling * 100).toFixed(1)} % of the ceiling while there was a backlog (${(outage.outsideOutageRateOfCeiling * 100).toFixed(1)} % outside the outage), ${outage.lost} lost.`,
);
console.log("Lines each process printed during the outage:");
for (const [index, lines] of [...outage.linesDuringOutage, outage.producerLinesDuringOutage].entries()) {
  const who = index < outage.linesDuringOutage.length ? `worker ${index + 1}` : "producer";
  for (const line of lines) console.log(`  ${who}: ${line}`);
}
target(
  `${short.runs.length} consecutive runs of 4 processes: zero 429s`,
  short.rejected429 === 0 && short.unsettled === 0,
  `${short.rejected429} 429s in ${short.runsWith429} runs, ${short.unsettled} unsettled`,
);
target(
  `${short.runs.length} consecutive runs: aggregate rate at least 90 % of the ceiling while saturated`,
  short.meanRateOfCeiling >= 0.9,
  `${(short.meanRateOfCeiling * 100).toFixed(1)} % on average, lowest ${(short.lowestRateOfCeiling * 100).toFixed(1)} %`,
);
const outageLines = [...outage.linesDuringOutage, outage.producerLinesDuringOutage];
target(
  "10 s Redis outage: zero 429s, no task lost, one line down and one back per process",
  outage.rejected429 === 0 &&
    outage.lost === 0 &&
    outageLines.every(
      (lines) => lines.length === 2 && /unreachable/.test(lines[0]) && /reachable again/.test(lines[1]),
    ),
  `${outage.rejected429} 429s, ${outage.lost} lost, lines per process: ${outageLines.map((lines) => lines.length).join(", ")}`,
);
target(
  "10 s Redis outage: aggregate rate at least 90 % of the ceiling outside the outage",
  outage.outsideOutageRateOfCeiling >= 0.9,
  `${(outage.outsideOutageRateOfCeiling * 100).toFixed(1)} % (during it, each of 4 processes keeps to 2 of the 10 a second)`,
);

console.log("\n## 5. Callbacks against polling alone (lifecycle mock, every provider, virtual clock, seeded)\n");
console.log(
  "| workload | provider | polling alone | callbacks, 2 min backstop | ÷ | callbacks, 60 s backstop | ÷ | wrong outcomes |",
);
console.log("|---|---|---:|---:|---:|---:|---:|---:|");
const callbackRows = [];
for (const workload of callbacks.workloads) {
  for (const polling of callbacks.results.filter(
    (result) => result.workload === workload.name && result.mode === "polling",
  )) {
    const same = (mode) =>
      callbacks.results.find(
        (result) => result.workload === workload.name && result.provider === polling.provider && result.mode === mode,
      );
    const hybrid = same("callbacks");
    const quick = same("callbacks-60s");
    const wrong = [polling, hybrid, quick].reduce((sum, result) => sum + result.wrongOutcomes + result.unsettled, 0);
    callbackRows.push({
      workload: workload.name,
      // The default backstop is 2 minutes: a task longer than that gets backstop reads besides its callback's.
      shorterThanBackstop: workload.queuedMs + workload.runningMs < 120_000,
      family: polling.family,
      ratio: polling.statusReads / hybrid.statusReads,
      wrong,
    });
    console.log(
      `| ${workload.name} | ${polling.provider} | ${polling.statusReads} | ${hybrid.statusReads} | ${(polling.statusReads / hybrid.statusReads).toFixed(1)}× | ${quick.statusReads} | ${(polling.statusReads / quick.statusReads).toFixed(1)}× | ${wrong} |`,
    );
  }
}
console.log("\nPer callback fault (default backstop), every provider and workload together:\n");
console.log("| fault | tasks | answers the mock got | median / max detection after the task finished |");
console.log("|---|---:|---|---:|");
const faultTotals = {};
for (const result of callbacks.results.filter((candidate) => candidate.mode === "callbacks")) {
  for (const [fault, figures] of Object.entries(result.byFault)) {
    faultTotals[fault] ??= { tasks: 0, answers: {}, medians: [], max: 0 };
    const total = faultTotals[fault];
    total.tasks += figures.tasks;
    total.medians.push(figures.medianLatencyMs);
    total.max = Math.max(total.max, figures.maxLatencyMs);
    for (const [answer, count] of Object.entries(figures.answers))
      total.answers[answer] = (total.answers[answer] ?? 0) + count;
  }
}
for (const [fault, total] of Object.entries(faultTotals)) {
  const median = [...total.medians].sort((a, b) => a - b)[Math.floor(total.medians.length / 2)];
  const answers =
    Object.entries(total.answers)
      .map(([answer, count]) => `${count}× ${answer}`)
      .join(", ") || "none sent";
  console.log(`| ${fault} | ${total.tasks} | ${answers} | ${seconds(median)} / ${seconds(total.max)} |`);
}
target(
  "callbacks: every wait ends with the right outcome, under every fault",
  callbackRows.every((row) => row.wrong === 0),
  `${callbackRows.reduce((sum, row) => sum + row.wrong, 0)} wrong or unsettled`,
);
const forgedAnswers = Object.entries(faultTotals.forged?.answers ?? {}).filter(([answer]) =>
  answer.startsWith("forged"),
);
target(
  "callbacks: every forged post refused (401)",
  forgedAnswers.length > 0 && forgedAnswers.every(([answer]) => answer === "forged 401"),
  forgedAnswers.map(([answer, count]) => `${count}× ${answer}`).join(", "),
);
const measured = callbackRows.filter(
  (row) => row.shorterThanBackstop && (row.workload === "sporadic" || row.family === "kie"),
);
const lowest = (rows) => `${Math.min(...rows.map((row) => row.ratio)).toFixed(1)}×`;
target(
  "callbacks: at least 10× fewer status requests than polling alone for tasks shorter than the backstop (one task at a time; kie in every such workload)",
  measured.every((row) => row.ratio >= 10),
  `lowest ${lowest(measured)}; reported (info): many tasks at once on batched Ace Data providers ${lowest(callbackRows.filter((row) => row.shorterThanBackstop && !measured.includes(row)))}, tasks longer than the backstop ${lowest(callbackRows.filter((row) => !row.shorterThanBackstop))}`,
);

console.log("\n## Targets\n");
for (const { name, ok, detail } of targets) console.log(`${ok ? "ok  " : "MISS"} ${name} (${detail})`);
if (targets.some(({ ok }) => !ok)) process.exit(1);
