import { ApiError, type TaskSource } from "@gentask/core";
import {
  createPoller,
  fixedSchedule,
  type Schedule,
  TaskFailedError,
  TaskNotFoundError,
  TaskTimeoutError,
  type WaitHandle,
} from "@gentask/poller";
import type { ProviderName } from "./providers.js";

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
  error: { name: string; code?: string | undefined; status?: number | undefined; message: string } | undefined;
  /** A resumable handle, when the wait timed out. */
  handle: WaitHandle | undefined;
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
}

export interface TrackOptions {
  timeoutMs: number;
  /** A fixed interval between checks; default: the poller's schedule (kie's recommended bands). */
  intervalMs?: number | undefined;
  now: () => number;
  /** Called whenever a task's line changes. */
  onChange?: (task: TrackedTask) => void;
  /** Called once per task when it ended. */
  onEnd: (task: TrackedTask) => void;
}

function describeError(reason: unknown): TrackedTask["error"] {
  if (reason instanceof Error) {
    const code = (reason as { code?: unknown }).code;
    const status = reason instanceof ApiError ? reason.status : undefined;
    return { name: reason.name, code: typeof code === "string" ? code : undefined, status, message: reason.message };
  }
  return { name: "Error", message: String(reason) };
}

function finalStateOf(reason: unknown): FinalState {
  if (reason instanceof TaskFailedError) return "failed";
  if (reason instanceof TaskNotFoundError) return "not_found";
  if (reason instanceof TaskTimeoutError) return "timeout";
  return "error";
}

/**
 * Waits for every job with one poller (one rate budget per key, batched reads). `tasks` are updated in
 * place as statuses arrive, so a view can show them while `done` is pending.
 */
export function trackTasks(
  jobs: readonly Job[],
  options: TrackOptions,
): { tasks: TrackedTask[]; done: Promise<TrackedTask[]> } {
  const poller = createPoller();
  const schedule: Schedule | undefined = options.intervalMs ? fixedSchedule(options.intervalMs) : undefined;
  const tasks = jobs.map(
    (job): TrackedTask => ({
      provider: job.provider,
      id: job.id,
      state: "pending",
      final: undefined,
      progress: undefined,
      urls: [],
      error: undefined,
      handle: undefined,
      startedAt: options.now(),
      endedAt: undefined,
      expected: job.expected,
    }),
  );
  const done = Promise.all(
    jobs.map(async (job, index) => {
      const task = tasks[index] as TrackedTask;
      try {
        const done = await poller.waitForTask(job.source, job.id, {
          timeoutMs: options.timeoutMs,
          schedule,
          onProgress: (status) => {
            task.state = status.statusWord ?? status.state;
            task.progress = status.progress;
            options.onChange?.(task);
          },
        });
        task.final = "succeeded";
        task.urls = done.urls;
        task.progress = 100;
      } catch (reason) {
        task.final = finalStateOf(reason);
        task.error = describeError(reason);
        if (reason instanceof TaskTimeoutError) task.handle = reason.handle;
      }
      task.state = task.final;
      task.endedAt = options.now();
      options.onChange?.(task);
      options.onEnd(task);
    }),
  ).then(() => tasks);
  return { tasks, done };
}

/**
 * 2 when the key was refused (401/403: configuration, not a task's failure); 1 when any task failed, was
 * not found or errored; 3 when any timed out (and nothing worse); 0 when all succeeded.
 */
export function exitCodeOf(tasks: readonly TrackedTask[]): number {
  if (tasks.some((task) => task.error?.status === 401 || task.error?.status === 403)) return 2;
  if (tasks.some((task) => task.final === "failed" || task.final === "not_found" || task.final === "error")) return 1;
  if (tasks.some((task) => task.final === "timeout")) return 3;
  return 0;
}

/** The JSON line printed for a finished task. */
export function jsonLine(task: TrackedTask): string {
  return JSON.stringify({
    provider: task.provider,
    id: task.id,
    state: task.final,
    urls: task.urls,
    ...(task.error ? { error: task.error } : {}),
    ...(task.handle ? { handle: task.handle } : {}),
    ...(task.expected ? { expected: task.expected } : {}),
    elapsedMs: (task.endedAt ?? task.startedAt) - task.startedAt,
  });
}

/** Whether an error means the user's set-up is wrong (bad key or arguments) rather than a task problem. */
export function isConfigurationError(error: unknown): boolean {
  return (
    (error instanceof ApiError && (error.status === 401 || error.status === 403)) ||
    (error instanceof Error && error.name === "InvalidInputError")
  );
}
