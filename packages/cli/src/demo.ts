import { FAIL_KEYWORD, startLifecycleServer } from "@gentask/mock";
import type { Io, OutputMode } from "./main.js";
import { connectWithKey, EXIT, requestFailed, waitWithOutput } from "./main.js";
import { connect, type ProviderConnection, providerFacts, providerNames } from "./providers.js";
import { summaryLines } from "./report.js";
import { wrapWords } from "./terminal-text.js";
import type { Job, TrackedTask } from "./tracking.js";

export interface DemoOptions {
  live: boolean;
  /** With `live`: another host serving every provider instead of their production hosts. */
  baseUrl: string | undefined;
  mode: OutputMode;
  timeoutMs: number;
  intervalMs: number | undefined;
}

/** 0 when every task ended as expected; 2 when a key was refused; 3 when the rest timed out; else 1. */
function demoExitCode(tasks: readonly TrackedTask[]): number {
  const unexpected = tasks.filter((task) => task.final !== task.expected);
  if (unexpected.length === 0) return EXIT.ok;
  if (unexpected.some((task) => task.refusedKey)) return EXIT.usage;
  return unexpected.every((task) => task.final === "timeout") ? EXIT.timeout : EXIT.taskFailed;
}

/**
 * The main job: create tasks on every provider and wait for all of them. Without `live`, against the
 * lifecycle mock started in this process, with one task per provider asked to fail.
 */
export async function runDemo(io: Io, options: DemoOptions): Promise<number> {
  const { mode } = options;
  // Words for people: beside the live view on a terminal, on stderr when stdout carries JSON lines.
  const say = (text: string) =>
    mode.json
      ? io.stderr.write(`${text}\n`)
      : io.stdout.write(`${wrapWords(text, (io.stdout.columns || 80) - 1).join("\n")}\n`);

  const selected = providerNames.filter((name) => !options.live || io.env[providerFacts(name).apiKeyVariable]);
  if (selected.length === 0) {
    const variables = [...new Set(providerNames.map((name) => providerFacts(name).apiKeyVariable))];
    io.stderr.write(`gentask: demo --live needs ${variables.join(" and/or ")} in the environment.\n`);
    return EXIT.usage;
  }
  const mock = options.live ? undefined : await startLifecycleServer({ queuedMs: 1_000, runningMs: 2_000 });
  try {
    if (mock) {
      say(`Lifecycle mock on ${mock.url}: tasks queue 1 s, run 2 s, then end.`);
    } else {
      const skipped = providerNames.filter((name) => !selected.includes(name));
      const where = options.baseUrl ?? "the real APIs";
      say(`Live run on ${where} for ${selected.join(", ")}: this creates real tasks, paid ones on the real APIs.`);
      if (skipped.length > 0) say(`Skipped (no key in the environment): ${skipped.join(", ")}.`);
    }
    const perProvider = mock ? 2 : 1;
    say(`Creating ${selected.length * perProvider} tasks on ${selected.length} providers...`);

    const jobs: Job[] = [];
    for (const provider of selected) {
      const facts = providerFacts(provider);
      const connection: ProviderConnection = mock
        ? connect(provider, { apiKey: "demo-key", baseUrl: mock.url })
        : connectWithKey(io, provider, options.baseUrl);
      const { prompt } = facts.common;
      // The mock fails a task whose prompt holds "[fail]"; a live run creates no task meant to fail.
      const prompts = mock ? [prompt, `${prompt} ${FAIL_KEYWORD}`] : [prompt];
      for (const [index, text] of prompts.entries()) {
        let id: string;
        try {
          id = await connection.createTask(text);
        } catch (error) {
          throw requestFailed(error, provider, `create a ${provider} task`, mock?.url ?? options.baseUrl);
        }
        const baseUrl = mock?.url ?? options.baseUrl;
        jobs.push({ provider, source: connection.source, id, baseUrl, expected: index === 0 ? "succeeded" : "failed" });
      }
    }
    say("Waiting for them with one poller (batched reads, one rate budget per key).");

    const tasks = await waitWithOutput(io, jobs, {
      ...mode,
      timeoutMs: options.timeoutMs,
      intervalMs: options.intervalMs,
    });
    if (!mode.json) {
      const columns = io.stdout.columns || 80;
      const summary = summaryLines(tasks, { columns, color: mode.color, expected: true });
      io.stdout.write(`${summary.join("\n")}\n`);
    }
    const unexpected = tasks.filter((task) => task.final !== task.expected);
    say(
      unexpected.length === 0
        ? `All ${tasks.length} tasks ended as expected.`
        : `${unexpected.length} of ${tasks.length} tasks did not end as expected.`,
    );
    return demoExitCode(tasks);
  } finally {
    await mock?.close();
  }
}
