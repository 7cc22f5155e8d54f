import { ApiError, type TaskSource } from "@gentask/core";
import {
  type Clock,
  createPoller,
  fixedSchedule,
  type Schedule,
  TaskFailedError,
  TaskNotFoundError,
  TaskTimeoutError,
  type WaitHandle,
} from "@gentask/poller";
import { isRefusedKey, type RequestProblem, requestProblem, type TaskProblem, taskProblem } from "./problems.js";
import { type ProviderName, providerFacts } from "./providers.js";

/** Where a task ended, as the command line reports it. */
export type FinalState = "succeeded" | "failed" | "not_found" | "timeout" | "error";

/** One task followed by `wait`, `create --wait` or `demo`. */
export interface TrackedTask {
  provider: ProviderName;
  id: string;
  /** The provider's latest status word while it runs, the final state once it ended. */
  state: string;
  final: FinalState | undefined;
  progress: number | undefined;
  urls: string[];
  /** Why the wait ended without a result. */
  problem: TaskProblem | undefined;
  /** The provider refused the API key: a configuration error rather than the task's. */
  refusedKey: boolean;
  /** Why the latest check of the task failed; cleared by the next check that works. */
  lastError: RequestProblem | undefined;
  /** A resumable handle, when the wait timed out. */
  handle: WaitHandle | undefined;
  /** The command that resumes the wait. */
  resume: string;
  startedAt: number;
  endedAt: number | undefined;
  /** What the demo expects of it. */
  expected?: "succeeded" | "failed" | undefined;
}

export interface Job {
  provider: ProviderName;
  source: TaskSource<unknown>;
  id: string;
  expected?: "succeeded" | "failed";
  /** The options `gentask wait` needs besides provider and id to resume this wait (`--base-url ...`). */
  resumeOptions?: string | undefined;
  /** Where the source reads, for messages (`--base-url`); unsaid when not given. */
  baseUrl?: string | undefined;
}

/** Refused connections in a row, for one task, after which nothing is assumed to listen at the base URL. */
export const REFUSED_READS_LIMIT = 4;

/**
 * Nothing answers where the task source reads: a connection refused is no task state, so the wait fails
 * instead of retrying until its deadline (the poller retries other network errors, which may heal).
 */
export class UnreachableError extends Error {
  override readonly name = "UnreachableError";
  readonly code = "unreachable";
}

/**
 * Why no request through the source can ever get an answer, from fetch's error: a connection refused (no server
 * at that address and port, undici's ECONNREFUSED), or a port fetch blocks (9, 25, 6000, ...: "bad port").
 */
function unreachableReason(error: unknown): string | undefined {
  if (!(error instanceof ApiError) || error.code !== "network_error") return undefined;
  if (/ECONNREFUSED/.test(error.providerMessage ?? "")) return "connection refused";
  if (/bad port/i.test(error.providerMessage ?? "")) return "fetch refuses that port (one it blocks)";
  return undefined;
}

/**
 * The source with a bound on refused connections: once one task's reads were refused (or their port blocked)
 * {@link REFUSED_READS_LIMIT} times in a row (the poller's backoff puts them some seconds apart), every read
 * through it fails with an {@link UnreachableError}, which the poller does not retry. A read that gets an
 * answer resets the count.
 */
function failingFastWhenRefused(source: TaskSource<unknown>, where: string): TaskSource<unknown> {
  const refusedInARow = new Map<string, number>();
  let unreachable: UnreachableError | undefined;
  return {
    ...source,
    classify: (taskRecord, id) => source.classify(taskRecord, id),
    async read(ids, options) {
      if (unreachable) throw unreachable;
      try {
        const statuses = await source.read(ids, options);
        refusedInARow.clear();
        return statuses;
      } catch (error) {
        const reason = unreachableReason(error);
        if (reason === undefined) throw error;
        for (const id of ids) {
          const count = (refusedInARow.get(id) ?? 0) + 1;
          refusedInARow.set(id, count);
          if (count >= REFUSED_READS_LIMIT) {
            unreachable = new UnreachableError(
              `${reason} ${count} times in a row at ${where}: nothing answers there ` +
                "(is the server running, and is --base-url right?)",
            );
          }
        }
        throw unreachable ?? error;
      }
    },
  };
}

export interface TrackOptions {
  timeoutMs: number;
  /** A fixed interval between checks; default: the poller's standard schedule. */
  intervalMs?: number | undefined;
  now: () => number;
  /** The poller's timers (default: the real ones); tests give a virtual clock. */
  clock?: Clock | undefined;
  /** Called whenever a task's line changes. */
  onChange?: (task: TrackedTask) => void;
  /** Called once per task when it ended. */
  onEnd: (task: TrackedTask) => void;
}

/**
 * The source the poller reads through, noting for each task whether its latest read failed and why:
 * the poller retries a failed read quietly, and the view should say "connection refused, retrying"
 * rather than a bare "pending".
 */
function recordingSource(
  source: TaskSource<unknown>,
  record: (ids: readonly string[], error: unknown) => void,
): TaskSource<unknown> {
  return {
    provider: source.provider,
    budgetKey: source.budgetKey,
    maxBatchSize: source.maxBatchSize,
    rateLimit: source.rateLimit,
    classify: (taskRecord, id) => source.classify(taskRecord, id),
    async read(ids, options) {
      try {
        const statuses = await source.read(ids, options);
        record(ids, undefined);
        return statuses;
      } catch (error) {
        // A read aborted because its wait ended is no news about the task.
        if (!options?.signal?.aborted) record(ids, error);
        throw error;
      }
    },
  };
}

/**
 * Waits for every job with one poller (one rate budget per key, batched reads). `tasks` are updated in
 * place as statuses arrive, so a view can show them while `done` is pending.
 */
export function trackTasks(
  jobs: readonly Job[],
  options: TrackOptions,
): { tasks: TrackedTask[]; done: Promise<TrackedTask[]> } {
  const poller = createPoller(options.clock ? { clock: options.clock } : {});
  const schedule: Schedule | undefined = options.intervalMs ? fixedSchedule(options.intervalMs) : undefined;
  const tasks = jobs.map(
    (job): TrackedTask => ({
      provider: job.provider,
      id: job.id,
      state: "pending",
      final: undefined,
      progress: undefined,
      urls: [],
      problem: undefined,
      refusedKey: false,
      lastError: undefined,
      handle: undefined,
      resume: `gentask wait ${job.provider} ${job.id}${job.resumeOptions ? ` ${job.resumeOptions}` : ""}`,
      startedAt: options.now(),
      endedAt: undefined,
      expected: job.expected,
    }),
  );

  // One recording source per source object, so the poller still batches the tasks read through it.
  const sources = new Map<TaskSource<unknown>, TaskSource<unknown>>();
  const recordingSourceOf = (job: Job): TaskSource<unknown> => {
    let recording = sources.get(job.source);
    if (recording === undefined) {
      const keyVariable = providerFacts(job.provider).apiKeyVariable;
      const readers = tasks.filter((_task, index) => jobs[index]?.source === job.source);
      const where = job.baseUrl ?? "the base URL";
      recording = recordingSource(failingFastWhenRefused(job.source, where), (ids, error) => {
        const problem = error === undefined ? undefined : requestProblem(error, keyVariable);
        for (const task of readers) {
          if (task.final !== undefined || !ids.includes(task.id)) continue;
          task.lastError = problem;
          options.onChange?.(task);
        }
      });
      sources.set(job.source, recording);
    }
    return recording;
  };

  const done = Promise.all(
    jobs.map(async (job, index) => {
      const task = tasks[index] as TrackedTask;
      try {
        const completed = await poller.waitForTask(recordingSourceOf(job), job.id, {
          timeoutMs: options.timeoutMs,
          schedule,
          onProgress: (status) => {
            task.state = status.statusWord ?? status.state;
            task.progress = status.progress;
            options.onChange?.(task);
          },
        });
        task.final = "succeeded";
        task.urls = completed.urls;
        task.progress = 100;
        task.lastError = undefined;
      } catch (reason) {
        task.final = finalStateOf(reason);
        task.problem = taskProblem(reason, {
          provider: job.provider,
          id: job.id,
          keyVariable: providerFacts(job.provider).apiKeyVariable,
          resume: task.resume,
        });
        task.refusedKey = isRefusedKey(reason);
        if (reason instanceof TaskTimeoutError) task.handle = reason.handle;
        // A task that ended any other way was read after its last failed read.
        else task.lastError = undefined;
      }
      task.state = task.final;
      task.endedAt = options.now();
      options.onChange?.(task);
      options.onEnd(task);
    }),
  ).then(() => tasks);
  return { tasks, done };
}

function finalStateOf(reason: unknown): FinalState {
  if (reason instanceof TaskFailedError) return "failed";
  if (reason instanceof TaskNotFoundError) return "not_found";
  if (reason instanceof TaskTimeoutError) return "timeout";
  return "error";
}

/**
 * 2 when the key was refused (configuration, not a task's failure); 1 when any task failed, was not
 * found or errored; 3 when any timed out (and nothing worse); 0 when all succeeded.
 */
export function exitCodeOf(tasks: readonly TrackedTask[]): number {
  if (tasks.some((task) => task.refusedKey)) return 2;
  if (tasks.some((task) => task.final === "failed" || task.final === "not_found" || task.final === "error")) return 1;
  if (tasks.some((task) => task.final === "timeout")) return 3;
  return 0;
}

/** The JSON line printed for a finished task. */
export function jsonLine(task: TrackedTask): string {
  const { problem, lastError } = task;
  return JSON.stringify({
    provider: task.provider,
    id: task.id,
    state: task.final,
    urls: task.urls,
    ...(problem
      ? { error: { name: problem.name, code: problem.code, status: problem.status, message: problem.message } }
      : {}),
    ...(lastError ? { lastError: { code: lastError.code, status: lastError.status, message: lastError.text } } : {}),
    ...(task.handle ? { handle: task.handle, resume: task.resume } : {}),
    ...(task.expected ? { expected: task.expected } : {}),
    elapsedMs: (task.endedAt ?? task.startedAt) - task.startedAt,
  });
}
