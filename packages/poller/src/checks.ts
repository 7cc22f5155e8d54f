import { InvalidInputError, type TaskSource } from "@gentask/core";
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

/** The options object itself, and the clock and random source a poller (or a stand-alone call) runs on. */
function checkObjectWithClock(options: unknown, what: string): void {
  if (options === undefined) return;
  if (typeof options !== "object" || options === null) fail(`The ${what} options must be an object.`);
  const { clock, random } = options as PollerOptions;
  if (clock !== undefined && (typeof clock?.now !== "function" || typeof clock.setTimeout !== "function")) {
    fail("clock must have now(), setTimeout() and clearTimeout().");
  }
  checkFunction(random, "random");
}

export function checkSource(source: unknown): asserts source is TaskSource<unknown> {
  const candidate = source as Partial<TaskSource<unknown>> | undefined;
  if (
    typeof candidate?.read !== "function" ||
    typeof candidate.provider !== "string" ||
    typeof candidate.budgetKey !== "string" ||
    candidate.budgetKey === "" ||
    !(Number.isInteger(candidate.maxBatchSize) && (candidate.maxBatchSize as number) >= 1)
  ) {
    fail(
      "The task source must be a TaskSource (read, provider, budgetKey, maxBatchSize >= 1): make it with your provider package.",
    );
  }
}

/** A wait's options (the stand-alone functions' `clock` and `random` included). */
export function checkWaitOptions(options: WaitOptions<never> | undefined): void {
  checkObjectWithClock(options, "wait");
  if (options === undefined) return;
  checkNumber(options.timeoutMs, "timeoutMs", true);
  checkNumber(options.deadline, "deadline");
  checkNumber(options.createdAt, "createdAt");
  checkFunction(options.schedule, "schedule");
  checkFunction(options.onProgress, "onProgress");
  const signal = options.signal as Partial<AbortSignal> | undefined;
  if (signal !== undefined && typeof signal?.addEventListener !== "function") fail("signal must be an AbortSignal.");
}

export function checkPollerOptions(options: PollerOptions | undefined): void {
  checkObjectWithClock(options, "poller");
  if (options === undefined) return;
  checkNumber(options.timeoutMs, "timeoutMs", true);
  checkFunction(options.schedule, "schedule");
  checkNumber(options.notFoundGraceMs, "notFoundGraceMs", true);
  checkNumber(options.requestTimeoutMs, "requestTimeoutMs", true);
  checkNumber(options.maxRetryAfterMs, "maxRetryAfterMs", true);
  if (options.lastCheckMarginMs !== undefined && !(options.lastCheckMarginMs >= 0)) {
    fail("lastCheckMarginMs must be >= 0.");
  }
  checkNumber(options.retry?.baseMs, "retry.baseMs", true);
  checkNumber(options.retry?.maxMs, "retry.maxMs", true);
  if (options.rateLimit !== undefined && typeof options.rateLimit !== "function") {
    assertRateLimit(options.rateLimit, "rateLimit");
  }
  checkFunction(options.rateBudget, "rateBudget");
}

/** A task reference, checked once: an id, or the parts of a handle the poller uses. */
export type Reference = string | { taskId: string; createdAt: number | undefined; deadline: number | undefined };

export function normalizeTask(task: unknown): Reference {
  if (typeof task === "string" && task.trim() !== "") return task;
  const handle = task as Partial<WaitHandle> | null;
  if (typeof handle !== "object" || typeof handle?.taskId !== "string" || handle.taskId === "") {
    fail(
      `A task must be a non-empty id or a wait handle ({ provider, taskId, createdAt }), got ${JSON.stringify(task)}.`,
    );
  }
  checkNumber(handle.createdAt, "handle.createdAt");
  checkNumber(handle.deadline, "handle.deadline");
  return { taskId: handle.taskId, createdAt: handle.createdAt, deadline: handle.deadline ?? undefined };
}

export function normalizeTasks(tasks: unknown): Reference[] {
  if (!Array.isArray(tasks) || tasks.length === 0) fail("Pass a non-empty array of task ids.");
  return tasks.map(normalizeTask);
}

export const idOf = (reference: Reference): string => (typeof reference === "string" ? reference : reference.taskId);
