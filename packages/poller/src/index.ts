import type { TaskSource } from "@gentask/core";
import type { Clock } from "./clock.js";
import { createPollerCore, type PollerCore } from "./core.js";
import { waitMany, waitOne, watchMany } from "./poller.js";
import type { CompletedTask, TaskOutcome, TaskReference, WaitOptions } from "./types.js";

export type { RateLimit, TaskErrorInfo, TaskSource, TaskState, TaskStatus } from "@gentask/core";
export {
  inProcessBudget,
  type RateBudget,
  type RateBudgetContext,
  type RateBudgetFactory,
  RateLimiter,
} from "./budget.js";
export { type Clock, realClock, sleep } from "./clock.js";
export { TaskFailedError, TaskNotFoundError, TaskTimeoutError, type WaitHandle } from "./errors.js";
export { classifyPollError, effectiveStatus, type PollErrorKind, parseRetryAfter } from "./poll-errors.js";
export { createPoller } from "./poller.js";
export {
  backoffDelay,
  bandedSchedule,
  defaultSchedule,
  fixedSchedule,
  type RetryOptions,
  type Schedule,
  type ScheduleBand,
} from "./schedule.js";
export type { CompletedTask, Poller, PollerOptions, TaskOutcome, TaskReference, WaitOptions } from "./types.js";

/** Options of the stand-alone functions: a wait's options, plus a clock or random source of its own. */
export interface StandaloneWaitOptions<TaskRecord = unknown> extends WaitOptions<TaskRecord> {
  /** A clock for this call only (tests): the call then gets a poller of its own, sharing no budget. */
  clock?: Clock | undefined;
  /** Random numbers for this call only (tests): the call then gets a poller of its own. */
  random?: (() => number) | undefined;
}

let sharedCore: PollerCore | undefined;

/** The poller behind the stand-alone functions: created on first use, one per module instance. */
function pollerFor(options: StandaloneWaitOptions<never> | undefined): PollerCore {
  if (options?.clock !== undefined || options?.random !== undefined) {
    return createPollerCore({ clock: options.clock, random: options.random });
  }
  sharedCore ??= createPollerCore();
  return sharedCore;
}

/**
 * Waits for one task and resolves with it once it succeeded. Rejects with
 * `TaskFailedError`, `TaskNotFoundError`, `TaskTimeoutError` (resumable with
 * its `handle`), the signal's reason on abort, or the `ApiError` of an error
 * that cannot heal (401, 402, 403, ...). All stand-alone waits share one
 * default poller, hence one rate budget per API key.
 */
export function waitForTask<TaskRecord>(
  source: TaskSource<TaskRecord>,
  task: TaskReference,
  options?: StandaloneWaitOptions<TaskRecord>,
): Promise<CompletedTask<TaskRecord>> {
  return waitOne(pollerFor(options as StandaloneWaitOptions<never>), source, task, options);
}

/** Waits for many tasks: one settled outcome per task, in input order. Rejects only on invalid input or abort. */
export function waitForTasks<TaskRecord>(
  source: TaskSource<TaskRecord>,
  tasks: readonly TaskReference[],
  options?: StandaloneWaitOptions<TaskRecord>,
): Promise<TaskOutcome<TaskRecord>[]> {
  return waitMany(pollerFor(options as StandaloneWaitOptions<never>), source, tasks, options);
}

/** Yields each task's outcome as it finishes. Leaving the loop (`break`) stops polling. */
export function watchTasks<TaskRecord>(
  source: TaskSource<TaskRecord>,
  tasks: readonly TaskReference[],
  options?: StandaloneWaitOptions<TaskRecord>,
): AsyncGenerator<TaskOutcome<TaskRecord>, void, undefined> {
  return watchMany(pollerFor(options as StandaloneWaitOptions<never>), source, tasks, options);
}
