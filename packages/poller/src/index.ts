import type { TaskSource } from "@gentask/core";
import { type RateBudgetFactory, RateLimiter } from "./budget.js";
import { type Clock, realClock } from "./clock.js";
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
  type EagerScheduleOptions,
  eagerSchedule,
  fewestRequestsSchedule,
  fixedSchedule,
  type KeyLoad,
  type RetryOptions,
  type Schedule,
  type ScheduleBand,
} from "./schedule.js";
export type { CompletedTask, Poller, PollerOptions, TaskOutcome, TaskReference, WaitOptions } from "./types.js";

/** Options of the stand-alone functions: a wait's options, plus a clock or random source of its own. */
export interface StandaloneWaitOptions<TaskRecord = unknown> extends WaitOptions<TaskRecord> {
  /** A clock for this call (tests): the call shares requests and budgets with the other waits on this clock. */
  clock?: Clock | undefined;
  /** Random numbers (tests): the first call on a clock gives them to the poller that clock's calls share. */
  random?: (() => number) | undefined;
}

/** The most API keys whose shared budget is kept per clock; past it the oldest is dropped (it starts full again). */
const MAX_SHARED_BUDGETS = 1_024;
/** The shared budgets: per clock, one `RateLimiter` per API key and limit. Plain numbers, no timer, no promise. */
const sharedBudgets = new WeakMap<Clock, Map<string, RateLimiter>>();

/**
 * The rate budget the stand-alone functions share: one in-process `RateLimiter` per API key for the whole
 * module. It is plain state (numbers, no timer, no promise), so pollers made per request can share it where a
 * runtime forbids sharing I/O between requests (Cloudflare Workers). `createPoller({ rateBudget: sharedBudget })`
 * makes a poller whose requests count against the same budget as the stand-alone waits.
 */
export const sharedBudget: RateBudgetFactory = ({ budgetKey, limit, clock }) => {
  let budgets = sharedBudgets.get(clock);
  if (budgets === undefined) {
    budgets = new Map();
    sharedBudgets.set(clock, budgets);
  }
  const key = `${budgetKey} ${limit.requestsPerSecond}/${limit.burst}`;
  let budget = budgets.get(key);
  if (budget === undefined) {
    if (budgets.size >= MAX_SHARED_BUDGETS) budgets.delete(budgets.keys().next().value as string);
    budget = new RateLimiter(limit, clock.now());
    budgets.set(key, budget);
  }
  return budget;
};

/** The pollers of the stand-alone functions, per clock; see `pollerFor`. */
let lasting: WeakMap<Clock, PollerCore> | undefined;
let thisTurn: WeakMap<Clock, PollerCore> | undefined;

/**
 * Cloudflare's workerd forbids awaiting I/O begun in one request from another: there, a poller shared by
 * two overlapping requests would hang the second (its promise resolved from the first one's timer).
 */
const requestsIsolateIo = (): boolean =>
  (globalThis as { navigator?: { userAgent?: unknown } }).navigator?.userAgent === "Cloudflare-Workers";

/**
 * The poller a stand-alone call waits through. Where a runtime lets I/O be shared across callers (Node, Deno,
 * Bun, browsers), one poller per clock for the module, so that concurrent calls on one API key share batched
 * requests. On workerd, the calls made in one synchronous turn share a poller (they belong to the same request:
 * `Promise.all(ids.map((id) => waitForTask(source, id)))` batches), and a later turn gets a new one. Either way
 * their budgets come from `sharedBudget`, plain state that any request may touch.
 */
function pollerFor(options: StandaloneWaitOptions<never> | undefined): PollerCore {
  const clock = options?.clock ?? realClock;
  let cores: WeakMap<Clock, PollerCore>;
  if (requestsIsolateIo()) {
    if (thisTurn === undefined) {
      thisTurn = new WeakMap();
      queueMicrotask(() => {
        thisTurn = undefined;
      });
    }
    cores = thisTurn;
  } else cores = lasting ??= new WeakMap();
  let core = cores.get(clock);
  if (core === undefined) {
    core = createPollerCore({ clock, random: options?.random, rateBudget: sharedBudget });
    cores.set(clock, core);
  }
  return core;
}

/**
 * Waits for one task and resolves with it once it succeeded. Rejects with
 * `TaskFailedError`, `TaskNotFoundError`, `TaskTimeoutError` (resumable with
 * its `handle`), the signal's reason on abort, or the `ApiError` of an error
 * that cannot heal (401, 402, 403, ...). Concurrent stand-alone waits on one
 * API key share its rate budget (`sharedBudget`) and batched status requests.
 */
export function waitForTask<TaskRecord>(
  source: TaskSource<TaskRecord>,
  task: TaskReference,
  options?: StandaloneWaitOptions<TaskRecord>,
): Promise<CompletedTask<TaskRecord>> {
  let core: PollerCore;
  try {
    core = pollerFor(options as StandaloneWaitOptions<never>);
  } catch (error) {
    return Promise.reject(error);
  }
  return waitOne(core, source, task, options);
}

/** Waits for many tasks: one settled outcome per task, in input order. Rejects only on invalid input or abort. */
export async function waitForTasks<TaskRecord>(
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
