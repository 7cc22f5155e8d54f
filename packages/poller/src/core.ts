import { InvalidInputError, type TaskSource } from "@gentask/core";
import { dispatch, groupFor, timeOutRequests, wakeTimeOf } from "./batching.js";
import { assertRateLimit, inProcessBudget } from "./budget.js";
import { type Clock, MAX_TIMER_DELAY_MS, realClock } from "./clock.js";
import type { WaitHandle } from "./errors.js";
import { IndexedHeap } from "./heap.js";
import { defaultSchedule } from "./schedule.js";
import { lastEarliestAt, nextCheckFor, queue, rejectWaiter, timeOut } from "./scheduling.js";
import type { Entry, PollerState, ProgressCallback, Sink, Waiter } from "./state.js";
import type { PollerOptions, WaitOptions } from "./types.js";

const DEFAULT_TIMEOUT_MS = 15 * 60_000;
const DEFAULT_NOT_FOUND_GRACE_MS = 15_000;
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
const DEFAULT_LAST_CHECK_MARGIN_MS = 1_000;
const DEFAULT_MAX_RETRY_AFTER_MS = 60_000;
/**
 * Waits registered, or timed out, per turn of the event loop: a call with 100,000 tasks is taken in
 * slices so that the process keeps answering meanwhile.
 */
const SLICE = 2_000;

// ---- input checks -------------------------------------------------------------

function fail(message: string): never {
  throw new InvalidInputError("invalid_argument", message);
}

function checkPositive(value: unknown, name: string): void {
  if (value !== undefined && !(typeof value === "number" && Number.isFinite(value) && value > 0)) {
    fail(`${name} must be a finite number > 0, got ${String(value)}.`);
  }
}

function checkTime(value: unknown, name: string): void {
  if (value !== undefined && !(typeof value === "number" && Number.isFinite(value))) {
    fail(`${name} must be a finite epoch time in ms, got ${String(value)}.`);
  }
}

function checkFunction(value: unknown, name: string): void {
  if (value !== undefined && typeof value !== "function") fail(`${name} must be a function.`);
}

export function checkSource(source: unknown): asserts source is TaskSource<unknown> {
  const candidate = source as Partial<TaskSource<unknown>> | undefined;
  if (
    typeof candidate !== "object" ||
    candidate === null ||
    typeof candidate.read !== "function" ||
    typeof candidate.provider !== "string" ||
    typeof candidate.budgetKey !== "string" ||
    candidate.budgetKey === "" ||
    !(Number.isInteger(candidate.maxBatchSize) && (candidate.maxBatchSize as number) >= 1)
  ) {
    fail(
      "The task source must be a TaskSource (provider, budgetKey, maxBatchSize >= 1, rateLimit, read): use the one your provider package exports.",
    );
  }
}

export function checkWaitOptions(options: WaitOptions<never> | undefined): void {
  if (options === undefined) return;
  if (typeof options !== "object" || options === null) fail("The wait options must be an object.");
  checkPositive(options.timeoutMs, "timeoutMs");
  checkTime(options.deadline, "deadline");
  checkTime(options.createdAt, "createdAt");
  checkFunction(options.schedule, "schedule");
  checkFunction(options.onProgress, "onProgress");
  const signal = options.signal as Partial<AbortSignal> | undefined;
  if (signal !== undefined && (typeof signal !== "object" || typeof signal?.addEventListener !== "function")) {
    fail("signal must be an AbortSignal.");
  }
}

/** A task reference, checked once: an id, or the parts of a handle the poller uses. */
export type Reference = string | { taskId: string; createdAt: number | undefined; deadline: number | undefined };

export function normalizeTask(task: unknown): Reference {
  if (typeof task === "string") {
    if (task.trim() === "") fail("The task id must be a non-empty string.");
    return task;
  }
  const handle = task as Partial<WaitHandle> | null;
  if (typeof handle !== "object" || handle === null || typeof handle.taskId !== "string" || handle.taskId === "") {
    fail(
      `A task must be a non-empty id or a wait handle ({ provider, taskId, createdAt }), got ${JSON.stringify(task)}.`,
    );
  }
  checkTime(handle.createdAt, "handle.createdAt");
  checkTime(handle.deadline, "handle.deadline");
  return { taskId: handle.taskId, createdAt: handle.createdAt, deadline: handle.deadline ?? undefined };
}

export function normalizeTasks(tasks: unknown): Reference[] {
  if (!Array.isArray(tasks) || tasks.length === 0) fail("Pass a non-empty array of task ids.");
  return tasks.map(normalizeTask);
}

export const idOf = (reference: Reference): string => (typeof reference === "string" ? reference : reference.taskId);

/** What the public methods are built on. */
export interface PollerCore {
  /** Registers the waits of one call (the first slice at once, the rest on the next turns); each settles into `sink`. */
  start(source: TaskSource<unknown>, references: Reference[], waitOptions: WaitOptions<unknown>, sink: Sink): void;
  checkNow(source: TaskSource<unknown>, taskId: string): boolean;
  readonly pending: number;
}

/** One call's waits, with what they share: registered slice by slice. */
interface Call {
  source: TaskSource<unknown>;
  references: Reference[];
  /** The next reference to register. */
  next: number;
  sink: Sink;
  startedAt: number;
  /** The call's deadline option, or `undefined` to take a handle's or the timeout's. */
  deadline: number | undefined;
  timeoutDeadline: number;
  margin: number;
  createdAt: number | undefined;
  schedule: WaitOptions<unknown>["schedule"] & {};
  onProgress: ProgressCallback | undefined;
  signal: AbortSignal | undefined;
}

/**
 * The engine of a poller: registration, the one timer, batching through the budgets. `createPoller` and the
 * stand-alone functions build their methods on it, so that a bundle takes only the methods it uses.
 */
export function createPollerCore(options: PollerOptions = {}): PollerCore {
  if (typeof options !== "object" || options === null) fail("The poller options must be an object.");
  const clock: Clock = options.clock ?? realClock;
  if (typeof clock.now !== "function" || typeof clock.setTimeout !== "function") {
    fail("clock must have now(), setTimeout() and clearTimeout().");
  }
  checkFunction(options.random, "random");
  checkPositive(options.timeoutMs, "timeoutMs");
  checkFunction(options.schedule, "schedule");
  checkPositive(options.notFoundGraceMs, "notFoundGraceMs");
  checkPositive(options.requestTimeoutMs, "requestTimeoutMs");
  checkPositive(options.maxRetryAfterMs, "maxRetryAfterMs");
  if (options.lastCheckMarginMs !== undefined && !(options.lastCheckMarginMs >= 0)) {
    fail("lastCheckMarginMs must be >= 0.");
  }
  checkPositive(options.retry?.baseMs, "retry.baseMs");
  checkPositive(options.retry?.maxMs, "retry.maxMs");
  if (options.rateLimit !== undefined && typeof options.rateLimit !== "function") {
    assertRateLimit(options.rateLimit, "rateLimit");
  }
  checkFunction(options.rateBudget, "rateBudget");

  const retry = { baseMs: options.retry?.baseMs ?? 1_000, maxMs: options.retry?.maxMs ?? 30_000 };
  if (retry.maxMs < retry.baseMs) retry.maxMs = retry.baseMs;
  let rescheduleQueued = false;
  const state: PollerState = {
    settings: {
      clock,
      random: options.random ?? Math.random,
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      schedule: options.schedule ?? defaultSchedule,
      notFoundGraceMs: options.notFoundGraceMs ?? DEFAULT_NOT_FOUND_GRACE_MS,
      requestTimeoutMs: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
      lastCheckMarginMs: options.lastCheckMarginMs,
      retry,
      maxRetryAfterMs: options.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS,
      rateLimit: options.rateLimit,
      rateBudget: options.rateBudget ?? inProcessBudget,
    },
    budgets: new Map(),
    groups: new Map(),
    deadlines: new IndexedHeap<Waiter, "deadlineSlot">((waiter) => waiter.deadline, "deadlineSlot"),
    oldestBatch: undefined,
    newestBatch: undefined,
    signalGroups: new Map(),
    pending: 0,
    entrySequence: 0,
    requestReschedule() {
      if (rescheduleQueued) return;
      rescheduleQueued = true;
      queueMicrotask(reschedule);
    },
  };
  const { deadlines } = state;
  /** Calls with waits still to register, oldest first. */
  const calls: Call[] = [];
  /** Waits of those calls not registered yet (they count as pending). */
  let unregistered = 0;
  let timer: unknown;
  let timerAt = Infinity;

  // ---- registering waits --------------------------------------------------------

  function register(call: Call, reference: Reference, index: number, now: number): void {
    const taskId = idOf(reference);
    const handle = typeof reference === "string" ? undefined : reference;
    const group = groupFor(state, call.source);
    const existing = group.entries.get(taskId);
    const deadline = call.deadline ?? handle?.deadline ?? call.timeoutDeadline;
    const waiter: Waiter = {
      entry: existing as Entry,
      sink: call.sink,
      index,
      deadline,
      lastCheckAt: deadline - call.margin,
      createdAt: call.createdAt ?? handle?.createdAt ?? call.startedAt,
      startedAt: call.startedAt,
      schedule: call.schedule,
      onProgress: call.onProgress,
      signal: call.signal,
      lastStatus: undefined,
      lastError: undefined,
      settled: false,
      deadlineSlot: -1,
    };
    let entry: Entry;
    if (existing === undefined) {
      entry = {
        id: taskId,
        group,
        waiters: [waiter],
        dueAt: Infinity,
        earliestAt: Infinity,
        dueSlot: -1,
        earlySlot: -1,
        sequence: state.entrySequence++,
        checks: 0,
        failures: 0,
        batch: undefined,
      };
      waiter.entry = entry;
      group.entries.set(taskId, entry);
    } else {
      entry = existing;
      entry.waiters.push(waiter);
    }
    state.pending += 1;
    deadlines.push(waiter);
    const { signal } = call;
    if (signal !== undefined) {
      let signalGroup = state.signalGroups.get(signal);
      if (signalGroup === undefined) {
        const waiters = new Set<Waiter>();
        const listener = () => {
          for (const member of [...waiters]) rejectWaiter(state, member, signal.reason);
        };
        signalGroup = { waiters, listener };
        state.signalGroups.set(signal, signalGroup);
        signal.addEventListener("abort", listener, { once: true });
      }
      signalGroup.waiters.add(waiter);
    }
    if (entry.batch !== undefined) return;
    // The first check: one scheduled interval after creation, or at once for a task created earlier.
    let at: number;
    try {
      at = nextCheckFor(state, waiter, waiter.createdAt, 0);
    } catch (error) {
      rejectWaiter(state, waiter, error);
      return;
    }
    const earliestAt = lastEarliestAt();
    if (at < now) at = now;
    // A new waiter may bring the next check forward, but not into a retry backoff.
    const inBackoff = entry.failures > 0 && entry.dueAt !== Infinity;
    if (at < entry.dueAt && !inBackoff) queue(entry, at, Math.max(earliestAt, now));
  }

  /** Registers up to `limit` waits of a call; returns how many it took. */
  function registerSlice(call: Call, limit: number): number {
    const { references, signal } = call;
    const end = Math.min(references.length, call.next + limit);
    const taken = end - call.next;
    unregistered -= taken;
    if (signal?.aborted) {
      // Aborted between slices: the rest ends with the signal's reason, unregistered.
      for (let index = call.next; index < end; index++) {
        call.sink.rejected(index, idOf(references[index] as Reference), signal.reason);
      }
    } else {
      const now = clock.now();
      for (let index = call.next; index < end; index++) register(call, references[index] as Reference, index, now);
    }
    call.next = end;
    return taken;
  }

  function startCall(
    source: TaskSource<unknown>,
    references: Reference[],
    waitOptions: WaitOptions<unknown>,
    sink: Sink,
  ): void {
    const now = clock.now();
    const timeoutMs = waitOptions.timeoutMs ?? state.settings.timeoutMs;
    const call: Call = {
      source,
      references,
      next: 0,
      sink,
      startedAt: now,
      deadline: waitOptions.deadline,
      timeoutDeadline: now + timeoutMs,
      margin: state.settings.lastCheckMarginMs ?? Math.min(DEFAULT_LAST_CHECK_MARGIN_MS, timeoutMs / 10),
      createdAt: waitOptions.createdAt,
      schedule: waitOptions.schedule ?? state.settings.schedule,
      onProgress: waitOptions.onProgress as ProgressCallback | undefined,
      signal: waitOptions.signal,
    };
    unregistered += references.length;
    registerSlice(call, SLICE);
    if (call.next < references.length) calls.push(call);
    state.requestReschedule();
  }

  // ---- the one timer ------------------------------------------------------------

  function tick(): void {
    timer = undefined;
    timerAt = Infinity;
    const now = clock.now();
    for (let allowance = SLICE; allowance > 0 && deadlines.peekKey() <= now; allowance--) {
      timeOut(state, deadlines.peek() as Waiter, now);
    }
    timeOutRequests(state, now);
    for (let allowance = SLICE; allowance > 0 && calls.length > 0; ) {
      const call = calls[0] as Call;
      allowance -= registerSlice(call, allowance);
      if (call.next === call.references.length) calls.shift();
    }
    for (const budget of state.budgets.values()) dispatch(state, budget, now);
    reschedule();
  }

  function reschedule(): void {
    rescheduleQueued = false;
    const now = clock.now();
    let at = calls.length > 0 ? now : deadlines.peekKey();
    const oldestBatch = state.oldestBatch;
    if (oldestBatch !== undefined && oldestBatch.timeoutAt < at) at = oldestBatch.timeoutAt;
    for (const budget of state.budgets.values()) {
      const wake = wakeTimeOf(budget);
      if (wake < at) at = wake;
    }
    if (at === Infinity) {
      if (timer !== undefined) clock.clearTimeout(timer);
      timer = undefined;
      timerAt = Infinity;
      return;
    }
    if (timer !== undefined && timerAt <= at) return;
    if (timer !== undefined) clock.clearTimeout(timer);
    timerAt = at;
    timer = clock.setTimeout(tick, Math.min(MAX_TIMER_DELAY_MS, Math.max(0, Math.ceil(at - now))));
  }

  // ---- public methods -----------------------------------------------------------

  function checkNow(source: TaskSource<unknown>, taskId: string): boolean {
    checkSource(source);
    const budget = state.budgets.get(source.budgetKey);
    if (budget === undefined) return false;
    const now = clock.now();
    let found = false;
    // The task may be waited for through another source object with the same key: check it there too.
    for (const group of budget.groups) {
      const entry = group.entries.get(taskId);
      if (entry === undefined) continue;
      found = true;
      // A request in flight answers soon anyway; a retry backoff is kept (the provider asked for room).
      if (entry.batch === undefined && entry.failures === 0 && entry.dueAt > now) queue(entry, now, now);
    }
    if (found) state.requestReschedule();
    return found;
  }

  return {
    start: startCall,
    checkNow,
    get pending() {
      return state.pending + unregistered;
    },
  };
}
