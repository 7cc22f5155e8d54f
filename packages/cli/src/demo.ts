import { FAIL_KEYWORD, startLifecycleServer } from "@gentask/mock";
import { formatSeconds } from "./live-display.js";
import type { Io } from "./main.js";
import { EXIT, waitWithOutput } from "./main.js";
import { connect, providerFacts, providerNames } from "./providers.js";
import type { Job, TrackedTask } from "./tracking.js";

export interface DemoOptions {
  live: boolean;
  json: boolean;
  timeoutMs: number;
  intervalMs: number | undefined;
}

/** The summary table: provider, task, expected, state, result URL (or reason), time. */
function summary(tasks: readonly TrackedTask[]): string {
  const rows = [
    ["provider", "task", "expected", "state", "time", "result"],
    ...tasks.map((task) => [
      task.provider,
      task.id,
      task.expected ?? "",
      `${task.final ?? task.state}${task.expected && task.final !== task.expected ? " (unexpected)" : ""}`,
      formatSeconds((task.endedAt ?? task.startedAt) - task.startedAt),
      task.urls[0] ?? task.error?.message ?? "",
    ]),
  ];
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

/**
 * The main job: create tasks on every provider and wait for all of them. Without `live`, against the
 * lifecycle mock started in this process, with one task per provider asked to fail.
 */
export async function runDemo(io: Io, options: DemoOptions): Promise<number> {
  const log = (text: string) => (options.json ? io.stderr : io.stdout).write(`${text}\n`);
  const mock = options.live ? undefined : await startLifecycleServer({ queuedMs: 1_000, runningMs: 2_000 });
  try {
    const selected = providerNames.filter((name) => !options.live || io.env[providerFacts(name).apiKeyVariable]);
    if (selected.length === 0) {
      const variables = [...new Set(providerNames.map((name) => providerFacts(name).apiKeyVariable))];
      io.stderr.write(`gentask: demo --live needs ${variables.join(" and/or ")} in the environment.\n`);
      return EXIT.usage;
    }
    if (mock) {
      log(`Lifecycle mock listening on ${mock.url}: tasks queue for 1 s, run for 2 s, then finish.`);
    } else {
      const skipped = providerNames.filter((name) => !selected.includes(name));
      log(`Live run against the real APIs for ${selected.join(", ")}: this creates paid tasks.`);
      if (skipped.length > 0) log(`Skipped (no key in the environment): ${skipped.join(", ")}.`);
    }

    const jobs: Job[] = [];
    for (const provider of selected) {
      const facts = providerFacts(provider);
      const connection = connect(
        provider,
        mock ? { apiKey: "demo-key", baseUrl: mock.url } : { apiKey: io.env[facts.apiKeyVariable] as string },
      );
      const { model, prompt } = facts.common;
      jobs.push({
        provider,
        source: connection.source,
        id: await connection.createTask(prompt, model),
        expected: "succeeded",
      });
      // The mock fails a task whose prompt holds "[fail]"; a live run creates no task meant to fail.
      if (mock) {
        const id = await connection.createTask(`${prompt} ${FAIL_KEYWORD}`, model);
        jobs.push({ provider, source: connection.source, id, expected: "failed" });
      }
    }
    log(`Created ${jobs.length} tasks; waiting for all of them with one poller (batched, one rate budget per key).\n`);

    const tasks = await waitWithOutput(io, jobs, {
      json: options.json,
      timeoutMs: options.timeoutMs,
      intervalMs: options.intervalMs,
    });
    const unexpected = tasks.filter((task) => task.final !== task.expected);
    log(`\n${summary(tasks)}\n`);
    log(
      unexpected.length === 0
        ? `All ${tasks.length} tasks ended as expected.`
        : `${unexpected.length} of ${tasks.length} tasks did not end as expected.`,
    );
    return unexpected.length === 0 ? EXIT.ok : EXIT.taskFailed;
  } finally {
    await mock?.close();
  }
}
