import type { RateLimit, TaskSource, TaskStatus } from "@gentask/core";
import type { RateBudgetFactory } from "./budget.js";
import type { Clock } from "./clock.js";
import type { WaitHandle } from "./errors.js";
import type { RetryOptions, Schedule } from "./schedule.js";

/** A finished task: what `waitForTask` resolves with. */
export interface CompletedTask<TaskRecord = unknown> {
  id: string;
  state: "succeeded";
  /** The result media URLs (they usually expire: download them promptly). */
  urls: string[];
  /** The provider's raw record. */
  record: TaskRecord;
}

/** The settled outcome of one task of `waitForTasks` / `watchTasks`, like `Promise.allSettled`, with the id. */
export type TaskOutcome<TaskRecord = unknown> =
  | { id: string; status: "fulfilled"; value: CompletedTask<TaskRecord> }
  | { id: string; status: "rejected"; reason: unknown };

/** A task to wait for: its id, or a handle from a `TaskTimeoutError` (or saved by another process). */
export type TaskReference = string | WaitHandle;

/** Options of one wait. */
export interface WaitOptions<TaskRecord = unknown> {
  /** Aborts the wait: it rejects with the signal's reason and its requests are cancelled. */
  signal?: AbortSignal | undefined;
  /** How long to wait at most, in ms (default: the poller's, 15 minutes). One deadline covers checks, retries and requests. */
  timeoutMs?: number | undefined;
  /** An absolute deadline (epoch ms on the poller's clock); wins over `timeoutMs`. */
  deadline?: number | undefined;
  /** When the task was created (epoch ms): the schedule counts the task's age from it. Default: now. */
  createdAt?: number | undefined;
  /** The check schedule (default: the poller's, kie's recommended bands). */
  schedule?: Schedule | undefined;
  /** Called with the new status each time a task's status changes (state, status word or progress). Throwing rejects that wait. */
  onProgress?: ((status: TaskStatus<TaskRecord>) => void) | undefined;
}

/** Options of a poller; they apply to every wait made through it unless a wait overrides them. */
export interface PollerOptions {
  /** Time source and timer (default: `Date.now` and the global timers). */
  clock?: Clock | undefined;
  /** Uniform random numbers in [0, 1) for jitter (default `Math.random`). */
  random?: (() => number) | undefined;
  /** Default timeout of a wait in ms (default 15 minutes). */
  timeoutMs?: number | undefined;
  /** Default check schedule (default: kie's recommended bands with jitter). */
  schedule?: Schedule | undefined;
  /** How long "not found" is taken for "not visible yet" after a task's creation (default 15 s). */
  notFoundGraceMs?: number | undefined;
  /** A status request with no answer after this long is aborted and retried (default 30 s). */
  requestTimeoutMs?: number | undefined;
  /** How long before its deadline a wait makes its last check (default 1 s, at most a tenth of the timeout). */
  lastCheckMarginMs?: number | undefined;
  /** Backoff of retries after 5xx, network errors and unreadable answers (default 1 s doubling up to 30 s). */
  retry?: RetryOptions | undefined;
  /** Overrides the sources' own rate limits: one for all, or chosen per source. */
  rateLimit?: RateLimit | ((source: TaskSource<unknown>) => RateLimit) | undefined;
  /**
   * Makes the rate budget of each API key (default: in-process, one `RateLimiter` per key). `@gentask/fleet`
   * has one shared through Redis by every process that uses the key.
   */
  rateBudget?: RateBudgetFactory | undefined;
  /** The longest pause a `Retry-After` imposes, in ms (default 60 s): a longer one is cut to this. */
  maxRetryAfterMs?: number | undefined;
}

/** Waits that share one scheduler, one rate budget per API key, batching and de-duplication. */
export interface Poller {
  /** Resolves when the task succeeded; rejects with `TaskFailedError`, `TaskNotFoundError`, `TaskTimeoutError`, the abort reason or a non-retryable `ApiError`. */
  waitForTask<TaskRecord>(
    source: TaskSource<TaskRecord>,
    task: TaskReference,
    options?: WaitOptions<TaskRecord>,
  ): Promise<CompletedTask<TaskRecord>>;
  /** One outcome per task, in input order; rejects only on invalid input or when `signal` aborts. */
  waitForTasks<TaskRecord>(
    source: TaskSource<TaskRecord>,
    tasks: readonly TaskReference[],
    options?: WaitOptions<TaskRecord>,
  ): Promise<TaskOutcome<TaskRecord>[]>;
  /** Yields each outcome as its task finishes; leaving the loop stops polling; throws the reason when `signal` aborts. */
  watchTasks<TaskRecord>(
    source: TaskSource<TaskRecord>,
    tasks: readonly TaskReference[],
    options?: WaitOptions<TaskRecord>,
  ): AsyncGenerator<TaskOutcome<TaskRecord>, void, undefined>;
  /**
   * Checks a waited-for task at the next chance its rate budget allows, instead of at its scheduled
   * time: call it when the provider's callback for the task arrives. The callback's body is not trusted
   * (kie's signature does not cover it); the task is read again. Polling goes on as a fallback for lost
   * callbacks, and repeated calls for one task cost one request. A call made while a request for the
   * task is in flight reads it again as soon as that answer comes, if it still says running: the answer
   * may predate the callback. Returns `false` when no wait of this poller is on that task.
   */
  checkNow(source: TaskSource<unknown>, taskId: string): boolean;
  /** How many waits are pending. */
  readonly pending: number;
}
