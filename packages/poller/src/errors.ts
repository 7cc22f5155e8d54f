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

function describeStatus(status: TaskStatus | undefined): string {
  if (status === undefined) return "no status was read";
  const details = [
    status.statusWord && `"${status.statusWord}"`,
    status.progress !== undefined && `${status.progress}%`,
  ]
    .filter(Boolean)
    .join(", ");
  return `last status: ${status.state}${details ? ` (${details})` : ""}`;
}

function describeDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return seconds >= 60 ? `${Math.floor(seconds / 60)} min ${seconds % 60} s` : `${seconds} s`;
}

/** The provider says the task failed. `code` is the provider's failure code (or `task_failed`). */
export class TaskFailedError<TaskRecord = unknown> extends GentaskError {
  override name = "TaskFailedError";
  readonly provider: string;
  readonly taskId: string;
  /** The provider's message, as it sent it. */
  readonly providerMessage: string;
  /** The provider's raw record. */
  readonly record: TaskRecord | undefined;

  constructor(provider: string, taskId: string, failure: TaskErrorInfo | undefined, record: TaskRecord | undefined) {
    const message = failure?.message ?? "the provider reported a failure";
    const code = failure?.code ?? "task_failed";
    super(code, `${provider} task ${taskId} failed: ${message}${failure?.code ? ` (code ${failure.code})` : ""}`);
    this.provider = provider;
    this.taskId = taskId;
    this.providerMessage = message;
    this.record = record;
  }
}

/** The provider does not know the task, still after the grace period that covers freshly created tasks. */
export class TaskNotFoundError extends GentaskError {
  override name = "TaskNotFoundError";
  readonly provider: string;
  readonly taskId: string;

  constructor(provider: string, taskId: string, graceMs: number) {
    super(
      "task_not_found",
      `${provider} task ${taskId} was not found (still unknown ${describeDuration(graceMs)} after its creation or the start of the wait). Check the id and the API key it was created with.`,
    );
    this.provider = provider;
    this.taskId = taskId;
  }
}

/**
 * The wait's deadline passed before the task finished. The task may still be
 * running (and paid for): resume with `waitForTask(source, error.handle)`.
 */
export class TaskTimeoutError<TaskRecord = unknown> extends GentaskError {
  override name = "TaskTimeoutError";
  readonly provider: string;
  readonly taskId: string;
  /** The last status read before the deadline; `undefined` when no check succeeded. */
  readonly lastStatus: TaskStatus<TaskRecord> | undefined;
  /** The last polling error, when the last check failed. */
  readonly lastError: unknown;
  /** The deadline that passed (epoch ms). */
  readonly deadline: number;
  /** How long the wait lasted (ms). */
  readonly elapsedMs: number;
  /** Resume the wait with this: `waitForTask(source, error.handle)` (a fresh timeout applies). */
  readonly handle: WaitHandle;

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
    const errorNote =
      lastError === undefined
        ? ""
        : `; last polling error: ${lastError instanceof Error ? lastError.message : lastError}`;
    super(
      "task_timeout",
      `Stopped waiting for ${provider} task ${taskId} after ${describeDuration(elapsedMs)} (${describeStatus(lastStatus)}${errorNote}). The task may still finish: resume with waitForTask(source, error.handle) or look it up by its id.`,
    );
    this.provider = provider;
    this.taskId = taskId;
    this.lastStatus = lastStatus;
    this.lastError = lastError;
    this.deadline = deadline;
    this.elapsedMs = elapsedMs;
    this.handle = { provider, taskId, createdAt };
  }
}
