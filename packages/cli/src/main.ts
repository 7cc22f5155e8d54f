import { parseArgs } from "node:util";
import { runDemo } from "./demo.js";
import { LiveDisplay, taskLine } from "./live-display.js";
import {
  connect as connectTo,
  isProviderName,
  keyVariablesText,
  type ProviderConnection,
  type ProviderName,
  providerFacts,
  providerNames,
} from "./providers.js";
import { exitCodeOf, isConfigurationError, type Job, jsonLine, type TrackedTask, trackTasks } from "./tracking.js";

/** The process around the command: output streams and environment (tests pass their own). */
export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean | undefined };
  stderr: { write(text: string): unknown };
  env: Record<string, string | undefined>;
  now?: () => number;
}

/** Exit codes: 0 all succeeded, 1 a task failed or was not found, 2 usage or configuration, 3 timeout. */
export const EXIT = { ok: 0, taskFailed: 1, usage: 2, timeout: 3 } as const;

class UsageError extends Error {}

const commonOptions = `  --base-url <url>   API base URL (default: the provider's production host)
  --json             one JSON line per task instead of the terminal view
  -h, --help         show this help`;

const help = {
  main: `Usage: gentask <command> [options]

Commands:
  get <provider> <id...>            print the status of tasks (batched where the provider can)
  wait <provider> <id...>           wait until tasks finish, with a live view
  create <provider> --prompt <text> create a task for the common case; --wait waits for it
  demo [--live]                     create and wait for tasks on every provider against the local mock

Providers: ${providerNames.join(", ")}
Keys come from ${keyVariablesText()}; they are never printed.
Exit codes: 0 all succeeded, 1 a task failed or was not found, 2 usage or configuration error, 3 timeout.
Run "gentask <command> --help" for a command's options.`,
  get: `Usage: gentask get <provider> <id...> [options]

Prints the status of each task: state, progress, result URLs or failure reason.
Providers with a batch query read many ids per request (${providerNames
    .filter((name) => providerFacts(name).batchSize > 1)
    .map((name) => `${name} ${providerFacts(name).batchSize}`)
    .join(", ")}).

Options:
${commonOptions}`,
  wait: `Usage: gentask wait <provider> <id...> [options]

Waits until every task finished. On a terminal, shows a live line per task; with --json or when
the output is not a terminal, prints one JSON line per task as it finishes.

Options:
  --timeout <time>   give up after this long: 90, 90s, 5m, 1h (default 15m)
  --interval <time>  check at this fixed interval instead of the default schedule
                     (2-3 s for 30 s, 5-10 s until 2 min, then 15-30 s)
${commonOptions}

Exit codes: 0 all succeeded, 1 any failed or not found, 2 usage or configuration error, 3 timeout.`,
  create: `Usage: gentask create <provider> --prompt <text> [options]

Creates a task with the provider's usual settings and prints its id.

Options:
  --prompt <text>    what to generate (required)
  --model <name>     model (default per provider: ${providerNames.map((name) => `${name} ${providerFacts(name).common.model}`).join(", ")})
  --wait             wait for the task, as "gentask wait" does
  --timeout <time>   with --wait: give up after this long (default 15m)
  --interval <time>  with --wait: fixed check interval
${commonOptions}`,
  demo: `Usage: gentask demo [--live] [--json]

Starts the lifecycle mock server in this process (no API key, no network beyond 127.0.0.1), creates
two tasks on each provider (one of them asked to fail), waits for all of them with the live view and
prints a summary. Exits 0 when every task ended as expected.

Options:
  --live             run against the real APIs with ${[...new Set(providerNames.map((name) => providerFacts(name).apiKeyVariable))].join(" / ")} (creates paid tasks;
                     providers without a key are skipped)
  --timeout <time>   give up after this long (default 2m, or 15m with --live)
  --interval <time>  fixed check interval (default: the standard schedule)
  --json             one JSON line per task instead of the terminal view
  -h, --help         show this help`,
};

/** Parses `90`, `90s`, `500ms`, `5m`, `1h` into milliseconds. */
export function parseDuration(text: string, option: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
  const unit = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 }[(match?.[2] ?? "s") as "ms" | "s" | "m" | "h"];
  const value = match ? Number(match[1]) * unit : Number.NaN;
  if (!(value > 0))
    throw new UsageError(`${option} must be a positive duration such as 90, 90s, 5m or 1h, got "${text}".`);
  return value;
}

type ParsedValues = Record<string, string | boolean | undefined>;

function parse(
  command: keyof typeof help,
  argv: string[],
  extra: Record<string, { type: "string" | "boolean" }>,
): { values: ParsedValues; positionals: string[] } {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        "base-url": { type: "string" },
        json: { type: "boolean" },
        help: { type: "boolean", short: "h" },
        ...extra,
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${help[command]}`);
  }
}

/** A string option's value (parseArgs already refused a flag given without its value). */
const text = (value: string | boolean | undefined): string | undefined =>
  typeof value === "string" ? value : undefined;

function providerArgument(name: string | undefined): ProviderName {
  if (name === undefined) throw new UsageError(`Name a provider: ${providerNames.join(", ")}.`);
  if (!isProviderName(name))
    throw new UsageError(`Unknown provider "${name}". Known providers: ${providerNames.join(", ")}.`);
  return name;
}

function connect(io: Io, provider: ProviderName, baseUrl: string | undefined): ProviderConnection {
  const facts = providerFacts(provider);
  // An empty key (not undefined) keeps the client from reading a different environment than `io.env`.
  return connectTo(provider, { apiKey: io.env[facts.apiKeyVariable] ?? "", ...(baseUrl ? { baseUrl } : {}) });
}

/** Waits for jobs, showing the live view on a terminal or JSON lines otherwise. */
export async function waitWithOutput(
  io: Io,
  jobs: readonly Job[],
  options: { json: boolean; timeoutMs: number; intervalMs: number | undefined },
): Promise<TrackedTask[]> {
  const now = io.now ?? Date.now;
  const live = !options.json && io.stdout.isTTY === true;
  let display: LiveDisplay | undefined;
  const { tasks, done } = trackTasks(jobs, {
    timeoutMs: options.timeoutMs,
    intervalMs: options.intervalMs,
    now,
    onChange: () => display?.draw(),
    onEnd: (task) => {
      if (!live) io.stdout.write(options.json ? `${jsonLine(task)}\n` : `${taskLine(task, now(), false)}\n`);
    },
  });
  if (live) {
    display = new LiveDisplay(io.stdout, () => tasks, now);
    display.start();
  }
  try {
    return await done;
  } finally {
    display?.stop();
  }
}

async function getCommand(io: Io, argv: string[]): Promise<number> {
  const { values, positionals } = parse("get", argv, {});
  if (values.help) return print(io, help.get);
  const provider = providerArgument(positionals[0]);
  const ids = positionals.slice(1);
  if (ids.length === 0) throw new UsageError(`Give at least one task id.\n\n${help.get}`);
  const { source } = connect(io, provider, text(values["base-url"]));
  for (let start = 0; start < ids.length; start += source.maxBatchSize) {
    const statuses = await source.read(ids.slice(start, start + source.maxBatchSize));
    for (const status of statuses) {
      const line = {
        provider,
        id: status.id,
        state: status.state,
        statusWord: status.statusWord,
        progress: status.progress,
        urls: status.urls,
        error: status.error,
      };
      if (values.json || !io.stdout.isTTY) io.stdout.write(`${JSON.stringify(line)}\n`);
      else {
        const detail = status.urls.join(" ") || status.error?.message || status.statusWord || "";
        const progress = status.progress === undefined ? "" : `${Math.round(status.progress)}%`;
        io.stdout.write(
          `${provider.padEnd(9)} ${status.id.padEnd(38)} ${status.state.padEnd(10)} ${progress.padStart(4)}  ${detail}\n`,
        );
      }
    }
  }
  return EXIT.ok;
}

async function waitCommand(io: Io, argv: string[]): Promise<number> {
  const { values, positionals } = parse("wait", argv, { timeout: { type: "string" }, interval: { type: "string" } });
  if (values.help) return print(io, help.wait);
  const provider = providerArgument(positionals[0]);
  const ids = positionals.slice(1);
  if (ids.length === 0) throw new UsageError(`Give at least one task id.\n\n${help.wait}`);
  const timeoutMs = parseDuration(String(values.timeout ?? "15m"), "--timeout");
  const intervalMs = values.interval === undefined ? undefined : parseDuration(String(values.interval), "--interval");
  const { source } = connect(io, provider, text(values["base-url"]));
  const tasks = await waitWithOutput(
    io,
    ids.map((id) => ({ provider, source, id })),
    { json: values.json === true, timeoutMs, intervalMs },
  );
  return exitCodeOf(tasks);
}

async function createCommand(io: Io, argv: string[]): Promise<number> {
  const { values, positionals } = parse("create", argv, {
    prompt: { type: "string" },
    model: { type: "string" },
    wait: { type: "boolean" },
    timeout: { type: "string" },
    interval: { type: "string" },
  });
  if (values.help) return print(io, help.create);
  const provider = providerArgument(positionals[0]);
  if (positionals.length > 1) throw new UsageError(`Unexpected argument "${positionals[1]}".\n\n${help.create}`);
  const prompt = values.prompt;
  if (typeof prompt !== "string" || prompt.trim() === "")
    throw new UsageError(`--prompt is required.\n\n${help.create}`);
  const timeoutMs = parseDuration(String(values.timeout ?? "15m"), "--timeout");
  const intervalMs = values.interval === undefined ? undefined : parseDuration(String(values.interval), "--interval");
  const connection = connect(io, provider, text(values["base-url"]));
  const id = await connection.createTask(prompt, text(values.model) ?? providerFacts(provider).common.model);
  if (!values.wait) {
    io.stdout.write(values.json ? `${JSON.stringify({ provider, id })}\n` : `${id}\n`);
    return EXIT.ok;
  }
  if (!values.json) io.stderr.write(`created ${provider} task ${id}\n`);
  const tasks = await waitWithOutput(io, [{ provider, source: connection.source, id }], {
    json: values.json === true,
    timeoutMs,
    intervalMs,
  });
  return exitCodeOf(tasks);
}

function print(io: Io, text: string): number {
  io.stdout.write(`${text}\n`);
  return EXIT.ok;
}

/** Runs the `gentask` command line with `argv` (without node and the script) and returns the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "get":
        return await getCommand(io, rest);
      case "wait":
        return await waitCommand(io, rest);
      case "create":
        return await createCommand(io, rest);
      case "demo": {
        const { values } = parse("demo", rest, {
          live: { type: "boolean" },
          timeout: { type: "string" },
          interval: { type: "string" },
        });
        if (values.help) return print(io, help.demo);
        return await runDemo(io, {
          live: values.live === true,
          json: values.json === true,
          timeoutMs: parseDuration(String(values.timeout ?? (values.live ? "15m" : "2m")), "--timeout"),
          intervalMs: values.interval === undefined ? undefined : parseDuration(String(values.interval), "--interval"),
        });
      }
      case undefined:
      case "help":
      case "--help":
      case "-h":
        return print(io, help.main);
      default:
        throw new UsageError(`Unknown command "${command}".\n\n${help.main}`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`gentask: ${error.message}\n`);
      return EXIT.usage;
    }
    io.stderr.write(`gentask: ${error instanceof Error ? error.message : String(error)}\n`);
    return isConfigurationError(error) ? EXIT.usage : EXIT.taskFailed;
  }
}

export { UsageError };
