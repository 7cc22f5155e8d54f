import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { InvalidInputError, type TaskStatus } from "@gentask/core";
import { runDemo } from "./demo.js";
import { LiveDisplay, type Terminal } from "./live-display.js";
import { isRefusedKey, requestProblem } from "./problems.js";
import {
  connect,
  isProviderName,
  keyVariablesText,
  modelRefusal,
  type ProviderConnection,
  type ProviderName,
  providerFacts,
  providerNames,
} from "./providers.js";
import { type ReportRow, reportLines, summaryLines } from "./report.js";
import { exitCodeOf, type Job, jsonLine, type TrackedTask, trackTasks } from "./tracking.js";

/** The process around the command: output streams and environment (tests pass their own). */
export interface Io {
  /** Standard output: a terminal (`isTTY`, its size, `resize` events) or a pipe. */
  stdout: Terminal & { isTTY?: boolean | undefined };
  stderr: { write(text: string): unknown };
  env: Record<string, string | undefined>;
  now?: () => number;
}

/** Exit codes: 0 all succeeded, 1 a task failed or was not found, 2 usage or configuration, 3 timeout. */
export const EXIT = { ok: 0, taskFailed: 1, usage: 2, timeout: 3 } as const;

/** The command line was used wrongly or the set-up is wrong (a flag, the key's variable): exit 2. */
class UsageError extends Error {}

/** A request failed: exit 1, or 2 when the provider refused the key. */
class RequestFailedError extends Error {
  constructor(
    message: string,
    readonly refusedKey: boolean,
  ) {
    super(message);
  }
}

const keyVariables = [...new Set(providerNames.map((name) => providerFacts(name).apiKeyVariable))];

const output = `Output: a live view on a terminal; one JSON line per task when the output is not a terminal
(a pipe, a file) or with --json.`;

const commonOptions = `  --base-url <url>   API base URL (default: the provider's production host), for example the
                     URL that gentask-mock prints
  --json             JSON lines even on a terminal
  -h, --help         show this help`;

/** The widest a line of help is. */
export const HELP_WIDTH = 100;

/** Text cut into lines of at most HELP_WIDTH columns at spaces, every line after the first indented. */
function wrap(text: string, indent: number): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && indent + line.length + 1 + word.length > HELP_WIDTH) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines.join(`\n${" ".repeat(indent)}`);
}

const help = {
  main: `Usage: gentask <command> [options]

Commands:
  get <provider> <id...>            print the status of tasks (batched where the provider can)
  wait <provider> <id...>           wait until tasks finish, with a live view
  create <provider> --prompt <text> create a task for the common case; --wait waits for it
  demo [--live]                     create and wait for tasks on every provider against a local mock

${wrap(`Providers: ${providerNames.join(", ")}`, 0)}
${wrap(`Keys come from ${keyVariablesText()}; they are never printed.`, 0)}
${output}

Options:
  --version          print the version
  -h, --help         show this help; "gentask <command> --help" for a command's options

Exit codes:
  0  every task succeeded (get: none failed or is unknown; create: created; demo: all as expected)
  1  a task failed or was not found, or a request failed
  2  usage or configuration error: no or unknown command or provider, bad option, missing or
     refused API key
  3  a wait timed out (and nothing failed)`,
  get: `Usage: gentask get <provider> <id...> [options]

Prints the status of each task: state, progress, result URLs or failure reason.
${wrap(
  `Providers with a batch query read many ids per request (${providerNames
    .filter((name) => providerFacts(name).batchSize > 1)
    .map((name) => `${name} ${providerFacts(name).batchSize}`)
    .join(", ")}).`,
  0,
)}
${output}

Options:
${commonOptions}

Exit codes:
  0  every task was read, and none failed or is unknown (running ones count as fine)
  1  a task failed or is unknown, or a request failed
  2  usage or configuration error: bad option or --base-url, missing or refused API key`,
  wait: `Usage: gentask wait <provider> <id...> [options]

Waits until every task finished, then prints a summary. On a terminal, the live view shows a line
per task (with the last error while a check fails and is retried); otherwise, or with --json, it
prints one JSON line per task as it finishes.

Options:
  --timeout <time>   give up after this long: 90, 90s, 5m, 1h (default 15m)
  --interval <time>  check at this fixed interval instead of the default schedule
                     (2-3 s for 30 s, 5-10 s until 2 min, then 15-30 s)
${commonOptions}

Exit codes:
  0  every task succeeded
  1  a task failed or was not found, or a request failed that cannot heal
  2  usage or configuration error: bad option, --base-url or duration, missing or refused API key
  3  the wait timed out (and nothing failed); the summary says how to resume it`,
  create: `Usage: gentask create <provider> --prompt <text> [options]

Creates a task with the provider's usual settings and prints its id (as {"provider","id"} in JSON).

Options:
  --prompt <text>    what to generate (required)
  --model <name>     ${wrap(`model (default per provider: ${providerNames.map((name) => `${name} ${providerFacts(name).common.model ?? "(none: it has no model)"}`).join(", ")})`, 21)}
  --wait             wait for the task, as "gentask wait" does
  --timeout <time>   with --wait: give up after this long (default 15m)
  --interval <time>  with --wait: fixed check interval
${commonOptions}

Exit codes:
  0  the task was created (with --wait: and it succeeded)
  1  the request failed (with --wait: or the task failed or was not found)
  2  usage or configuration error: bad option, --base-url or duration, missing or refused API key
  3  with --wait: the wait timed out`,
  demo: `Usage: gentask demo [--live] [options]

Starts the lifecycle mock server in this process (no API key, no network beyond 127.0.0.1), creates
two tasks on each provider (one of them asked to fail), waits for all of them with the live view and
prints a summary.

Options:
  --live             ${wrap(`run against the real APIs with ${keyVariables.join(" / ")} (creates paid tasks; providers without a key are skipped)`, 21)}
  --base-url <url>   with --live: another host that serves every provider (gentask-mock, say)
  --timeout <time>   give up after this long (default 2m, or 15m with --live)
  --interval <time>  fixed check interval (default: the standard schedule)
  --json             JSON lines even on a terminal
  -h, --help         show this help

Exit codes:
  0  every task ended as expected
  1  a task did not end as expected, or a request failed
  2  usage or configuration error: bad option or duration, --live without any key, a refused key
  3  a wait timed out (and every other task ended as expected)`,
};

/** Parses `90`, `90s`, `500ms`, `5m`, `1h` into milliseconds. */
export function parseDuration(text: string, option: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
  const unit = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 }[(match?.[2] ?? "s") as "ms" | "s" | "m" | "h"];
  const value = match ? Number(match[1]) * unit : Number.NaN;
  if (!(value >= 1 && Number.isFinite(value)))
    throw new UsageError(`${option} must be a positive duration such as 90, 90s, 5m or 1h, got "${text}".`);
  return value;
}

const badBaseUrl = (text: string) =>
  new UsageError(
    `--base-url must be an absolute http or https URL such as http://127.0.0.1:8080, got ${JSON.stringify(text)}.`,
  );

/** An absolute http(s) URL, without trailing slashes. */
export function parseBaseUrl(text: string): string {
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  if (url === undefined || !/^https?:$/.test(url.protocol) || url.hostname === "" || /\s/.test(text)) {
    throw badBaseUrl(text);
  }
  return text.replace(/\/+$/, "");
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
    // Node's text for an unknown option ends in an unbalanced quote ('-- "--foo"): say it in our words.
    const { code, message } = error as { code?: string; message: string };
    const option = code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" ? /'([^']*)'/.exec(message)?.[1] : undefined;
    const said = option === undefined ? message : `Unknown option "${option}" for gentask ${command}.`;
    throw new UsageError(`${said}\n\n${help[command]}`);
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

function durationOption(values: ParsedValues, name: "timeout" | "interval", fallback?: string): number | undefined {
  const value = text(values[name]) ?? fallback;
  return value === undefined ? undefined : parseDuration(value, `--${name}`);
}

/** How a command writes: JSON lines unless the output is a terminal; the live view where it can redraw. */
export interface OutputMode {
  json: boolean;
  live: boolean;
  color: boolean;
}

function outputMode(io: Io, values: ParsedValues): OutputMode {
  const json = values.json === true || io.stdout.isTTY !== true;
  const dumb = io.env.TERM === "dumb";
  return { json, live: !json && !dumb, color: !json && !dumb && !io.env.NO_COLOR };
}

/**
 * Connects to a provider with the key from its environment variable. What no request could fix (no
 * key, a key with a character HTTP cannot send, a malformed --base-url) is a usage error naming the
 * variable or flag, never the key.
 */
export function connectWithKey(io: Io, provider: ProviderName, baseUrl: string | undefined): ProviderConnection {
  const variable = providerFacts(provider).apiKeyVariable;
  const apiKey = io.env[variable];
  if (!apiKey) {
    // A mock checks that a key is sent, not which: say so, rather than send a made-up key unasked.
    const mock = baseUrl === undefined ? "" : ` A mock such as gentask-mock accepts any value: ${variable}=any.`;
    throw new UsageError(`No API key for ${provider}: set ${variable} in the environment.${mock}`);
  }
  try {
    return connect(provider, { apiKey, ...(baseUrl === undefined ? {} : { baseUrl: parseBaseUrl(baseUrl) }) });
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    if (error.code === "invalid_header") {
      throw new UsageError(
        `${variable} holds a character HTTP cannot send (a line break, say, from a file with two lines); it is not shown.`,
      );
    }
    if (error.code === "invalid_base_url") throw badBaseUrl(String(baseUrl));
    throw new UsageError(error.message);
  }
}

/** The base URL a provider's requests go to: --base-url, else its production host. */
function where(provider: ProviderName, baseUrl: string | undefined): string {
  return baseUrl === undefined ? providerFacts(provider).baseUrl : parseBaseUrl(baseUrl);
}

/** A failed request in the command line's words: exit 2 when the key was refused, else 1. */
export function requestFailed(error: unknown, provider: ProviderName, what: string, baseUrl: string | undefined) {
  const problem = requestProblem(error, providerFacts(provider).apiKeyVariable);
  return new RequestFailedError(
    `could not ${what} at ${where(provider, baseUrl)}: ${problem.text}`,
    isRefusedKey(error),
  );
}

/** Waits for jobs: the live view on a terminal, JSON lines as tasks finish otherwise. */
export async function waitWithOutput(
  io: Io,
  jobs: readonly Job[],
  options: OutputMode & { timeoutMs: number; intervalMs: number | undefined },
): Promise<TrackedTask[]> {
  const now = io.now ?? Date.now;
  let display: LiveDisplay | undefined;
  const { tasks, done } = trackTasks(jobs, {
    timeoutMs: options.timeoutMs,
    intervalMs: options.intervalMs,
    now,
    onChange: () => display?.update(),
    onEnd: (task) => {
      if (options.json) io.stdout.write(`${jsonLine(task)}\n`);
    },
  });
  if (options.live) {
    display = new LiveDisplay(io.stdout, () => tasks, now, options.color);
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
  const mode = outputMode(io, values);
  const baseUrl = text(values["base-url"]);
  const { source } = connectWithKey(io, provider, baseUrl);
  const statuses: TaskStatus<unknown>[] = [];
  for (let start = 0; start < ids.length; start += source.maxBatchSize) {
    let batch: TaskStatus<unknown>[];
    try {
      batch = await source.read(ids.slice(start, start + source.maxBatchSize));
    } catch (error) {
      throw requestFailed(error, provider, `read ${provider} tasks`, baseUrl);
    }
    statuses.push(...batch);
    if (!mode.json) continue;
    for (const status of batch) {
      const { id, state, statusWord, progress, urls, error } = status;
      io.stdout.write(`${JSON.stringify({ provider, id, state, statusWord, progress, urls, error })}\n`);
    }
  }
  if (!mode.json) {
    const rows = statuses.map(
      (status): ReportRow => ({
        cells: [
          provider,
          status.id,
          status.statusWord && status.statusWord !== status.state
            ? `${status.state} (${status.statusWord})`
            : status.state,
          status.progress === undefined ? "" : `${Math.round(status.progress)}%`,
        ],
        result:
          status.urls.join(" ") ||
          (status.error ? `${status.error.message}${status.error.code ? ` (code ${status.error.code})` : ""}` : ""),
        tone: status.state === "succeeded" ? "good" : status.state === "pending" ? undefined : "bad",
      }),
    );
    const lines = reportLines(["provider", "task", "state", "progress"], rows, {
      columns: io.stdout.columns || 80,
      color: mode.color,
      stateColumn: 2,
    });
    io.stdout.write(`${lines.join("\n")}\n`);
  }
  const bad = statuses.some((status) => status.state === "failed" || status.state === "not_found");
  return bad ? EXIT.taskFailed : EXIT.ok;
}

/** Prints the summary of a wait on a terminal; JSON output already has every task. */
function printSummary(io: Io, tasks: readonly TrackedTask[], mode: OutputMode): void {
  if (mode.json) return;
  const lines = summaryLines(tasks, { columns: io.stdout.columns || 80, color: mode.color, expected: false });
  io.stdout.write(`${lines.join("\n")}\n`);
}

async function waitCommand(io: Io, argv: string[]): Promise<number> {
  const { values, positionals } = parse("wait", argv, { timeout: { type: "string" }, interval: { type: "string" } });
  if (values.help) return print(io, help.wait);
  const provider = providerArgument(positionals[0]);
  const ids = positionals.slice(1);
  if (ids.length === 0) throw new UsageError(`Give at least one task id.\n\n${help.wait}`);
  const timeoutMs = durationOption(values, "timeout", "15m") as number;
  const intervalMs = durationOption(values, "interval");
  const baseUrl = text(values["base-url"]);
  const { source } = connectWithKey(io, provider, baseUrl);
  const mode = outputMode(io, values);
  const resumeOptions = baseUrl === undefined ? undefined : `--base-url ${parseBaseUrl(baseUrl)}`;
  const tasks = await waitWithOutput(
    io,
    ids.map((id) => ({ provider, source, id, resumeOptions, baseUrl: where(provider, baseUrl) })),
    { ...mode, timeoutMs, intervalMs },
  );
  printSummary(io, tasks, mode);
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
  const prompt = text(values.prompt);
  if (prompt === undefined || prompt.trim() === "") throw new UsageError(`--prompt is required.\n\n${help.create}`);
  const model = text(values.model);
  const refusal = modelRefusal(providerFacts(provider), model);
  if (refusal !== undefined) throw new UsageError(`${refusal}\n\n${help.create}`);
  const timeoutMs = durationOption(values, "timeout", "15m") as number;
  const intervalMs = durationOption(values, "interval");
  const baseUrl = text(values["base-url"]);
  const connection = connectWithKey(io, provider, baseUrl);
  const mode = outputMode(io, values);
  let id: string;
  try {
    id = await connection.createTask(prompt, model);
  } catch (error) {
    throw requestFailed(error, provider, `create a ${provider} task`, baseUrl);
  }
  if (!values.wait) {
    io.stdout.write(mode.json ? `${JSON.stringify({ provider, id })}\n` : `${id}\n`);
    return EXIT.ok;
  }
  io.stderr.write(`Created ${provider} task ${id}.\n`);
  const resumeOptions = baseUrl === undefined ? undefined : `--base-url ${parseBaseUrl(baseUrl)}`;
  const job = { provider, source: connection.source, id, resumeOptions, baseUrl: where(provider, baseUrl) };
  const tasks = await waitWithOutput(io, [job], {
    ...mode,
    timeoutMs,
    intervalMs,
  });
  printSummary(io, tasks, mode);
  return exitCodeOf(tasks);
}

async function demoCommand(io: Io, argv: string[]): Promise<number> {
  const { values, positionals } = parse("demo", argv, {
    live: { type: "boolean" },
    timeout: { type: "string" },
    interval: { type: "string" },
  });
  if (values.help) return print(io, help.demo);
  if (positionals.length > 0) throw new UsageError(`Unexpected argument "${positionals[0]}".\n\n${help.demo}`);
  const live = values.live === true;
  const baseUrl = text(values["base-url"]);
  if (baseUrl !== undefined && !live) {
    throw new UsageError("--base-url needs --live: without it the demo runs against a mock of its own.");
  }
  const timeoutMs = durationOption(values, "timeout", live ? "15m" : "2m") as number;
  const intervalMs = durationOption(values, "interval");
  const mode = outputMode(io, values);
  return runDemo(io, {
    live,
    baseUrl: baseUrl === undefined ? undefined : parseBaseUrl(baseUrl),
    mode,
    timeoutMs,
    intervalMs,
  });
}

/** The version of this package, from its package.json. */
function version(): string {
  return (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version;
}

function print(io: Io, output: string): number {
  io.stdout.write(`${output}\n`);
  return EXIT.ok;
}

/** Writes an error to stderr. */
function complain(io: Io, message: string): void {
  io.stderr.write(`gentask: ${message}\n`);
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
      case "demo":
        return await demoCommand(io, rest);
      case "--version":
        return print(io, version());
      case "help":
      case "--help":
      case "-h":
        return print(io, help.main);
      case undefined:
        throw new UsageError(`Name a command.\n\n${help.main}`);
      default:
        throw new UsageError(`Unknown command "${command}".\n\n${help.main}`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      complain(io, error.message);
      return EXIT.usage;
    }
    if (error instanceof RequestFailedError) {
      complain(io, error.message);
      return error.refusedKey ? EXIT.usage : EXIT.taskFailed;
    }
    complain(io, error instanceof Error ? error.message : String(error));
    return EXIT.taskFailed;
  }
}

export { RequestFailedError, UsageError };
