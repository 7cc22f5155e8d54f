// `pnpm bench`: builds @gentask/core and @gentask/poller, runs the poller's benchmarks (deterministic
// simulations on a virtual clock, baselines run in the same invocation), prints the figures and
// exits non-zero when a target is missed. Not a timed test: the figures do not depend on the machine,
// except the wall times, which are only informative.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const tsc = join(root, "node_modules", ".bin", "tsc");
const benchDirectory = join(root, "packages", "poller", "bench");

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    console.error(`${command} ${args.join(" ")} failed:\n${result.stdout}${result.stderr}`);
    process.exit(1);
  }
  return result.stdout;
}

for (const name of ["core", "poller"]) run(tsc, ["-p", join("packages", name, "tsconfig.build.json")]);

const lastJsonLine = (output) => JSON.parse(output.trim().split("\n").at(-1));
const simulation = lastJsonLine(run(process.execPath, [join(benchDirectory, "simulation.mjs")]));
const memory = lastJsonLine(run(process.execPath, ["--expose-gc", join(benchDirectory, "memory.mjs")]));

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

console.log("\n## Targets\n");
for (const { name, ok, detail } of targets) console.log(`${ok ? "ok  " : "MISS"} ${name} (${detail})`);
if (targets.some(({ ok }) => !ok)) process.exit(1);
