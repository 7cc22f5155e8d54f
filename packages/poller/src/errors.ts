import { GentaskError, type TaskErrorInfo, type TaskStatus } from "@gentask/core";

/**
 * Plain data that identifies a wait, so that it can be resumed later or in
 * another process: `waitForTask(source, handle)`.
 */
export interface WaitHandle {
  /** The provider's short name (`veo`, `kie`, ...): pick the matching task source. */
  provider: string;
  taskId: string;
  /** When the task was created (epoch ms): the schedule counts the task's age from it. */
  createdAt: number;
  /** An absolute deadline (epoch ms) to keep, if any; otherwise the resumed wait gets a fresh timeout. */
  deadline?: number | undefined;
}

/** "12 s", "3 min 5 s". */
function describeDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return seconds >= 60 ? `${Math.floor(seconds / 60)} min ${seconds % 60} s` : `${seconds} s`;
}

// The fields are `declare`d and assigned at once (`Object.assign`), which keeps the bundle small; `name`
// is written out because a minifier renames classes.

/** The provider says the task failed. `code` is the provider's failure code (or `task_failed`). */
export class TaskFailedError<TaskRecord = unknown> extends GentaskError {
  override name = "TaskFailedError";
  declare readonly provider: string;
  declare readonly taskId: string;
  /** The provider's message, as it sent it. */
  declare readonly providerMessage: string;
  /** The provider's raw record. */
  declare readonly record: TaskRecord | undefined;

  constructor(provider: string, taskId: string, failure: TaskErrorInfo | undefined, record: TaskRecord | undefined) {
    const providerMessage = failure?.message ?? "the provider reported a failure";
    const code = failure?.code;
    super(
      code ?? "task_failed",
      `${provider} task ${taskId} failed: ${providerMessage}${code ? ` (code ${code})` : ""}`,
    );
    Object.assign(this, { provider, taskId, providerMessage, record });
  }
}

/** The provider does not know the task, still after the grace period that covers freshly created tasks. */
export class TaskNotFoundError extends GentaskError {
  override name = "TaskNotFoundError";
  declare readonly provider: string;
  declare readonly taskId: string;

  constructor(provider: string, taskId: string, graceMs: number) {
    super(
      "task_not_found",
      `${provider} task ${taskId} was not found ${describeDuration(graceMs)} after its creation (or the wait's start): check the id and its API key.`,
    );
    Object.assign(this, { provider, taskId });
  }
}

/**
 * The wait's deadline passed before the task finished. The task may still be
 * running (and paid for): resume with `waitForTask(source, error.handle)`.
 */
export class TaskTimeoutError<TaskRecord = unknown> extends GentaskError {
  override name = "TaskTimeoutError";
  declare readonly provider: string;
  declare readonly taskId: string;
  /** The last status read before the deadline; `undefined` when no check succeeded. */
  declare readonly lastStatus: TaskStatus<TaskRecord> | undefined;
  /** The last polling error, when the last check failed. */
  declare readonly lastError: unknown;
  /** The deadline that passed (epoch ms). */
  declare readonly deadline: number;
  /** How long the wait lasted (ms). */
  declare readonly elapsedMs: number;
  /** Resume the wait with this: `waitForTask(source, error.handle)` (a fresh timeout applies). */
  declare readonly handle: WaitHandle;

  constructor(details: {
    provider: string;
    taskId: string;
    lastStatus: TaskStatus<TaskRecord> | undefined;
    lastError: unknown;
    deadline: number;
    elapsedMs: number;
    createdAt: number;
  }) {
    const { provider, taskId, lastStatus, lastError, deadline, elapsedMs, createdAt } = details;
    const { state, statusWord, progress } = lastStatus ?? { state: "none read" };
    const errorNote =
      lastError === undefined ? "" : `; last polling error: ${(lastError as Error)?.message ?? lastError}`;
    super(
      "task_timeout",
      `Stopped waiting for ${provider} task ${taskId} after ${describeDuration(elapsedMs)} (last status: ${state}${statusWord ? ` "${statusWord}"` : ""}${progress === undefined ? "" : ` ${progress}%`}${errorNote}). It may still finish: resume with waitForTask(source, error.handle).`,
    );
    Object.assign(this, {
      provider,
      taskId,
      lastStatus,
      lastError,
      deadline,
      elapsedMs,
      handle: { provider, taskId, createdAt },
    });
  }
}
