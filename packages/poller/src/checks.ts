import { assertTaskId, InvalidInputError, nonEmptyString, type TaskSource } from "@gentask/core";
import { assertRateLimit } from "./budget.js";
import type { WaitHandle } from "./errors.js";
import type { PollerOptions, WaitOptions } from "./types.js";

// Input checks: each names what was wrong. `checkPollerOptions` is called by `createPoller` alone, so that
// a bundle of the stand-alone `waitForTask` leaves it out.

export function fail(message: string): never {
  throw new InvalidInputError("invalid_argument", message);
}

/** A finite number (above zero when `positive`), or undefined. */
function checkNumber(value: unknown, name: string, positive?: boolean): void {
  if (value !== undefined && !(Number.isFinite(value) && (!positive || (value as number) > 0))) {
    fail(`${name} must be a finite number${positive ? " > 0" : ""}, got ${String(value)}.`);
  }
}

function checkFunction(value: unknown, name: string): void {
  if (value !== undefined && typeof value !== "function") fail(`${name} must be a function.`);
}

/** An options object, with the clock a poller (or a stand-alone call) runs on. */
function checkOptions(options: PollerOptions): void {
  if (typeof options !== "object" || options === null) fail("The options must be an object.");
  const { clock } = options;
  if (clock !== undefined && (typeof clock?.now !== "function" || typeof clock.setTimeout !== "function")) {
    fail("clock must have now(), setTimeout() and clearTimeout().");
  }
}

export function checkSource(source: unknown): asserts source is TaskSource<unknown> {
  const candidate = source as Partial<TaskSource<unknown>> | undefined;
  if (
    typeof candidate?.read !== "function" ||
    typeof candidate.provider !== "string" ||
    !nonEmptyString(candidate.budgetKey) ||
    !(Number.isInteger(candidate.maxBatchSize) && (candidate.maxBatchSize as number) >= 1)
  ) {
    fail(
      "The task source must be a TaskSource (read, provider, budgetKey, maxBatchSize >= 1), as a provider package makes.",
    );
  }
}

/** A wait's options (the stand-alone functions' `clock` and `random` included). */
export function checkWaitOptions(options: WaitOptions<never>): void {
  checkOptions(options);
  checkNumber(options.timeoutMs, "timeoutMs", true);
  checkNumber(options.deadline, "deadline");
  checkNumber(options.createdAt, "createdAt");
  checkFunction(options.schedule, "schedule");
  checkFunction(options.onProgress, "onProgress");
  checkFunction((options as PollerOptions).random, "random");
  const signal = options.signal as Partial<AbortSignal> | undefined;
  if (signal !== undefined && typeof signal?.addEventListener !== "function") fail("signal must be an AbortSignal.");
}

export function checkPollerOptions(options: PollerOptions): void {
  checkOptions(options);
  checkNumber(options.timeoutMs, "timeoutMs", true);
  checkFunction(options.schedule, "schedule");
  checkNumber(options.notFoundGraceMs, "notFoundGraceMs", true);
  checkNumber(options.requestTimeoutMs, "requestTimeoutMs", true);
  checkNumber(options.maxRetryAfterMs, "maxRetryAfterMs", true);
  checkNumber(options.retry?.baseMs, "retry.baseMs", true);
  checkNumber(options.retry?.maxMs, "retry.maxMs", true);
  checkFunction(options.random, "random");
  checkFunction(options.rateBudget, "rateBudget");
  if (options.lastCheckMarginMs !== undefined && !(options.lastCheckMarginMs >= 0)) {
    fail("lastCheckMarginMs must be >= 0.");
  }
  if (options.rateLimit !== undefined && typeof options.rateLimit !== "function") {
    assertRateLimit(options.rateLimit, "rateLimit");
  }
}

/** A task reference, checked once: an id, or the parts of a handle the poller uses. */
export type Reference = string | { taskId: string; createdAt: number | undefined; deadline: number | undefined };

export function normalizeTask(task: unknown): Reference {
  if (typeof task !== "object" || task === null) {
    assertTaskId(task);
    return task;
  }
  const handle = task as Partial<WaitHandle>;
  assertTaskId(handle.taskId);
  checkNumber(handle.createdAt, "handle.createdAt");
  checkNumber(handle.deadline, "handle.deadline");
  return { taskId: handle.taskId, createdAt: handle.createdAt, deadline: handle.deadline };
}

export function normalizeTasks(tasks: unknown): Reference[] {
  if (!Array.isArray(tasks) || tasks.length === 0) fail("Pass a non-empty array of task ids.");
  return tasks.map(normalizeTask);
}

export const idOf = (reference: Reference): string => (typeof reference === "string" ? reference : reference.taskId);
