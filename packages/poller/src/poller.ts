import { ApiError, InvalidInputError, type RateLimit, type TaskSource, type TaskStatus } from "@gentask/core";
import { type Clock, MAX_TIMER_DELAY_MS, realClock } from "./clock.js";
import { TaskFailedError, TaskNotFoundError, TaskTimeoutError, type WaitHandle } from "./errors.js";
import { IndexedHeap } from "./heap.js";
import { classifyPollError } from "./poll-errors.js";
import { assertRateLimit, RateLimiter } from "./rate-limiter.js";
import { backoffDelay, defaultSchedule, type RetryOptions, type Schedule } from "./schedule.js";
import type { CompletedTask, Poller, PollerOptions, TaskOutcome, TaskReference, WaitOptions } from "./types.js";

const DEFAULT_TIMEOUT_MS = 15 * 60_000;
const DEFAULT_NOT_FOUND_GRACE_MS = 15_000;
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
const DEFAULT_LAST_CHECK_MARGIN_MS = 1_000;
const DEFAULT_RETRY: Required<RetryOptions> = { baseMs: 1_000, maxMs: 30_000 };
/**
 * A batch that has room left takes tasks that are not due yet but have waited
 * at least this fraction of their planned interval: the request goes anyway,
 * and a fuller batch means fewer requests later.
 */
const FILL_FRACTION = 0.5;

type AnyStatus = TaskStatus<unknown>;
type ProgressCallback = (status: AnyStatus) => void;

interface Waiter {
  entry: Entry;
  deadline: number;
  /** The time of the last check: just before the deadline. */
  lastCheckAt: number;
  createdAt: number;
  startedAt: number;
  schedule: Schedule;
  onProgress: ProgressCallback | undefined;
  signal: AbortSignal | undefined;
  resolve: (task: CompletedTask<unknown>) => void;
  reject: (reason: unknown) => void;
  lastStatus: AnyStatus | undefined;
  lastError: unknown;
  settled: boolean;
  /** Position in the deadline heap. */
  deadlineSlot: number;
}

/** One task id of one budget, shared by every wait on it. */
interface Entry {
  id: string;
  budget: Budget;
  waiters: Waiter[];
  /** When the next check is due. */
  dueAt: number;
  /** From when the task may ride along in a batch that goes anyway. */
  earliestAt: number;
  dueSlot: number;
  earlySlot: number;
  /** Creation order: breaks ties between equal due times, first come first served. */
  sequence: number;
  /** Checks answered so far. */
  checks: number;
  /** Failed requests in a row. */
  failures: number;
  batch: Batch | undefined;
}

/** One API key of one provider: its rate budget, its tasks and their due times. */
interface Budget {
  key: string;
  source: TaskSource<unknown>;
  maxBatchSize: number;
  limiter: RateLimiter;
  entries: Map<string, Entry>;
  due: IndexedHeap<Entry, "dueSlot">;
  early: IndexedHeap<Entry, "earlySlot">;
  rateLimitedInARow: number;
}

/** One status request in flight. */
interface Batch {
  budget: Budget;
  entries: Entry[];
  controller: AbortController;
  /** Entries that still have a waiter: at zero the request is aborted. */
  live: number;
  sentAt: number;
  timeoutAt: number;
  timeoutSlot: number;
  done: boolean;
}

/** The reason given to requests the poller cancels because nobody waits for their answer any more. */
class PollingStoppedError extends Error {
  constructor() {
    super("Polling stopped: no wait needs this request any more.");
    this.name = "PollingStoppedError";
  }
}

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

function checkSource(source: unknown): asserts source is TaskSource<unknown> {
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

function checkWaitOptions(options: WaitOptions<never> | undefined): void {
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

function normalizeTask(task: unknown): { taskId: string; createdAt?: number; deadline?: number } {
  if (typeof task === "string") {
    if (task.trim() === "") fail("The task id must be a non-empty string.");
    return { taskId: task };
  }
  const handle = task as Partial<WaitHandle> | null;
  if (typeof handle !== "object" || handle === null || typeof handle.taskId !== "string" || handle.taskId === "") {
    fail(
      `A task must be a non-empty id or a wait handle ({ provider, taskId, createdAt }), got ${JSON.stringify(task)}.`,
    );
  }
  checkTime(handle.createdAt, "handle.createdAt");
  checkTime(handle.deadline, "handle.deadline");
  const normalized: { taskId: string; createdAt?: number; deadline?: number } = { taskId: handle.taskId };
  if (handle.createdAt !== undefined) normalized.createdAt = handle.createdAt;
  if (handle.deadline !== undefined && handle.deadline !== null) normalized.deadline = handle.deadline;
  return normalized;
}

function checkTasks(tasks: unknown): asserts tasks is readonly TaskReference[] {
  if (!Array.isArray(tasks) || tasks.length === 0) fail("Pass a non-empty array of task ids.");
  for (const task of tasks) normalizeTask(task);
}

/** Creates a poller: waits made through it share one timer, one rate budget per API key, batches and de-duplication. */
export function createPoller(options: PollerOptions = {}): Poller {
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
  if (options.lastCheckMarginMs !== undefined && !(options.lastCheckMarginMs >= 0)) {
    fail("lastCheckMarginMs must be >= 0.");
  }
  checkPositive(options.retry?.baseMs, "retry.baseMs");
  checkPositive(options.retry?.maxMs, "retry.maxMs");
  if (options.rateLimit !== undefined && typeof options.rateLimit !== "function") {
    assertRateLimit(options.rateLimit, "rateLimit");
  }

  const random = options.random ?? Math.random;
  const defaultTimeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const defaultScheduleOption = options.schedule ?? defaultSchedule;
  const notFoundGraceMs = options.notFoundGraceMs ?? DEFAULT_NOT_FOUND_GRACE_MS;
  const requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const retry: Required<RetryOptions> = { ...DEFAULT_RETRY, ...options.retry };
  if (retry.maxMs < retry.baseMs) retry.maxMs = retry.baseMs;

  const budgets = new Map<string, Budget>();
  const deadlines = new IndexedHeap<Waiter, "deadlineSlot">((waiter) => waiter.deadline, "deadlineSlot");
  const requestTimeouts = new IndexedHeap<Batch, "timeoutSlot">((batch) => batch.timeoutAt, "timeoutSlot");
  /** One abort listener per signal, however many waits use it. */
  const signalGroups = new Map<AbortSignal, { waiters: Set<Waiter>; listener: () => void }>();
  let pendingCount = 0;
  let entrySequence = 0;
  const bySequence = (a: Entry, b: Entry) => a.sequence - b.sequence;
  let timer: unknown;
  let timerAt = Number.POSITIVE_INFINITY;
  let rescheduleQueued = false;

  // ---- budgets and entries ------------------------------------------------

  const budgetFor = (source: TaskSource<unknown>): Budget => {
    let budget = budgets.get(source.budgetKey);
    if (budget === undefined) {
      const limit: RateLimit =
        typeof options.rateLimit === "function" ? options.rateLimit(source) : (options.rateLimit ?? source.rateLimit);
      assertRateLimit(limit, `The rate limit of ${source.provider}`);
      budget = {
        key: source.budgetKey,
        source,
        maxBatchSize: source.maxBatchSize,
        limiter: new RateLimiter(limit, clock.now()),
        entries: new Map(),
        due: new IndexedHeap<Entry, "dueSlot">((entry) => entry.dueAt, "dueSlot", bySequence),
        early: new IndexedHeap<Entry, "earlySlot">((entry) => entry.earliestAt, "earlySlot", bySequence),
        rateLimitedInARow: 0,
      };
      budgets.set(source.budgetKey, budget);
    }
    return budget;
  };

  const unqueue = (entry: Entry): void => {
    entry.budget.due.remove(entry);
    entry.budget.early.remove(entry);
  };

  const queue = (entry: Entry, dueAt: number, earliestAt: number): void => {
    entry.dueAt = dueAt;
    entry.earliestAt = Math.min(earliestAt, dueAt);
    if (dueAt === Number.POSITIVE_INFINITY) {
      unqueue(entry);
      return;
    }
    entry.budget.due.update(entry);
    entry.budget.early.update(entry);
  };

  const removeEntry = (entry: Entry): void => {
    const { budget } = entry;
    if (budget.entries.get(entry.id) === entry) budget.entries.delete(entry.id);
    unqueue(entry);
    const { batch } = entry;
    if (batch !== undefined && !batch.done) {
      batch.live -= 1;
      if (batch.live === 0) {
        finishBatch(batch);
        batch.controller.abort(new PollingStoppedError());
      }
    }
  };

  // ---- settling waits -----------------------------------------------------

  const detachSignal = (waiter: Waiter): void => {
    const { signal } = waiter;
    if (signal === undefined) return;
    const group = signalGroups.get(signal);
    if (group === undefined) return;
    group.waiters.delete(waiter);
    if (group.waiters.size === 0) {
      signal.removeEventListener("abort", group.listener);
      signalGroups.delete(signal);
    }
  };

  /** Takes a waiter out of every structure; returns false when it was already settled. */
  const release = (waiter: Waiter): boolean => {
    if (waiter.settled) return false;
    waiter.settled = true;
    pendingCount -= 1;
    deadlines.remove(waiter);
    detachSignal(waiter);
    const { entry } = waiter;
    const index = entry.waiters.indexOf(waiter);
    if (index >= 0) entry.waiters.splice(index, 1);
    if (entry.waiters.length === 0) removeEntry(entry);
    requestReschedule();
    return true;
  };

  const rejectWaiter = (waiter: Waiter, reason: unknown): void => {
    if (release(waiter)) waiter.reject(reason);
  };

  const resolveWaiter = (waiter: Waiter, task: CompletedTask<unknown>): void => {
    if (release(waiter)) waiter.resolve(task);
  };

  const timeOut = (waiter: Waiter, now: number): void => {
    const provider = waiter.entry.budget.source.provider;
    rejectWaiter(
      waiter,
      new TaskTimeoutError({
        provider,
        taskId: waiter.entry.id,
        lastStatus: waiter.lastStatus,
        lastError: waiter.lastError,
        deadline: waiter.deadline,
        elapsedMs: now - waiter.startedAt,
        createdAt: waiter.createdAt,
      }),
    );
  };

  /** Records a status for a waiter and tells its `onProgress` when it changed; false if the callback threw. */
  const observe = (waiter: Waiter, status: AnyStatus): boolean => {
    const last = waiter.lastStatus;
    waiter.lastStatus = status;
    waiter.lastError = undefined;
    const changed =
      last === undefined ||
      last.state !== status.state ||
      last.statusWord !== status.statusWord ||
      last.progress !== status.progress;
    if (!changed || waiter.onProgress === undefined) return true;
    try {
      waiter.onProgress(status);
      return true;
    } catch (error) {
      rejectWaiter(waiter, error);
      return false;
    }
  };

  // ---- scheduling checks --------------------------------------------------

  /** When this waiter wants its next check after one at `now`: per its schedule, and never after its last check time. */
  const nextCheckFor = (waiter: Waiter, now: number, attempt: number): { at: number; earliestAt: number } => {
    if (now >= waiter.lastCheckAt) return { at: Number.POSITIVE_INFINITY, earliestAt: Number.POSITIVE_INFINITY };
    const delay = waiter.schedule(Math.max(0, now - waiter.createdAt), attempt, random);
    if (!(typeof delay === "number" && delay >= 0 && delay !== Number.POSITIVE_INFINITY)) {
      throw new InvalidInputError(
        "invalid_argument",
        `The schedule returned ${String(delay)}: expected a delay in ms >= 0.`,
      );
    }
    const at = Math.min(now + delay, waiter.lastCheckAt);
    return { at, earliestAt: at - delay * FILL_FRACTION };
  };

  /** Re-queues an entry after a check at `now` from its waiters' schedules. */
  const planNextCheck = (entry: Entry, now: number): void => {
    let at = Number.POSITIVE_INFINITY;
    let earliestAt = Number.POSITIVE_INFINITY;
    for (const waiter of entry.waiters.slice()) {
      let next: { at: number; earliestAt: number };
      try {
        next = nextCheckFor(waiter, now, entry.checks);
      } catch (error) {
        rejectWaiter(waiter, error);
        continue;
      }
      if (next.at < at) at = next.at;
      if (next.earliestAt < earliestAt) earliestAt = next.earliestAt;
    }
    if (entry.waiters.length > 0) queue(entry, at, earliestAt);
  };

  /** Re-queues an entry for a retry at `now + delayMs`, never after its waiters' last check times. */
  const planRetry = (entry: Entry, now: number, delayMs: number): void => {
    let at = Number.POSITIVE_INFINITY;
    for (const waiter of entry.waiters) {
      if (now < waiter.lastCheckAt) at = Math.min(at, now + delayMs, waiter.lastCheckAt);
    }
    queue(entry, at, at);
  };

  // ---- answers ------------------------------------------------------------

  const applyStatus = (entry: Entry, status: AnyStatus, now: number): void => {
    entry.failures = 0;
    entry.checks += 1;
    const provider = entry.budget.source.provider;
    for (const waiter of entry.waiters.slice()) {
      if (waiter.settled || !observe(waiter, status)) continue;
      if (status.state === "succeeded") {
        resolveWaiter(waiter, { id: entry.id, state: "succeeded", urls: status.urls ?? [], record: status.record });
      } else if (status.state === "failed") {
        rejectWaiter(waiter, new TaskFailedError(provider, entry.id, status.error, status.record));
      } else if (status.state === "not_found" && now - waiter.createdAt >= notFoundGraceMs) {
        rejectWaiter(waiter, new TaskNotFoundError(provider, entry.id, notFoundGraceMs));
      }
    }
    if (entry.waiters.length > 0) planNextCheck(entry, now);
  };

  const finishBatch = (batch: Batch): void => {
    batch.done = true;
    requestTimeouts.remove(batch);
    for (const entry of batch.entries) if (entry.batch === batch) entry.batch = undefined;
  };

  const onAnswer = (batch: Batch, statuses: unknown): void => {
    if (batch.done) return;
    if (!Array.isArray(statuses)) {
      const { provider } = batch.budget.source;
      const error = new ApiError({
        provider,
        status: 200,
        code: "invalid_response",
        providerMessage: "read() did not return an array",
      });
      onFailure(batch, error);
      return;
    }
    finishBatch(batch);
    const now = clock.now();
    batch.budget.rateLimitedInARow = 0;
    batch.entries.forEach((entry, index) => {
      if (entry.waiters.length === 0) return;
      let status = statuses[index] as AnyStatus | undefined;
      if (status?.id !== entry.id) status = (statuses as AnyStatus[]).find((candidate) => candidate?.id === entry.id);
      if (status === undefined || typeof status !== "object") {
        const error = new ApiError({
          provider: batch.budget.source.provider,
          status: 200,
          code: "invalid_response",
          providerMessage: "the answer has no status for this task",
          taskId: entry.id,
        });
        retryEntry(entry, now, error, undefined);
      } else {
        applyStatus(entry, status, now);
      }
    });
    requestReschedule();
  };

  const retryEntry = (entry: Entry, now: number, error: unknown, retryAfterMs: number | undefined): void => {
    entry.failures += 1;
    for (const waiter of entry.waiters) waiter.lastError = error;
    const delay = Math.max(retryAfterMs ?? 0, backoffDelay(entry.failures, random, retry));
    planRetry(entry, now, delay);
  };

  const onFailure = (batch: Batch, error: unknown): void => {
    if (batch.done) return;
    finishBatch(batch);
    const { budget } = batch;
    const now = clock.now();
    const verdict = classifyPollError(error, now);
    const entries = batch.entries.filter((entry) => entry.waiters.length > 0);
    if (verdict.kind === "fatal") {
      for (const entry of entries) for (const waiter of entry.waiters.slice()) rejectWaiter(waiter, error);
    } else if (verdict.kind === "not_found") {
      for (const entry of entries) {
        applyStatus(entry, { id: entry.id, state: "not_found", urls: [], record: undefined }, now);
      }
    } else if (verdict.kind === "rate_limited") {
      budget.rateLimitedInARow += 1;
      budget.limiter.slowDown(now, batch.sentAt);
      const pauseMs = verdict.retryAfterMs ?? backoffDelay(budget.rateLimitedInARow, random, retry);
      budget.limiter.pause(now + pauseMs);
      for (const entry of entries) {
        for (const waiter of entry.waiters) waiter.lastError = error;
        planRetry(entry, now, 0);
      }
    } else {
      if (verdict.retryAfterMs !== undefined) budget.limiter.pause(now + verdict.retryAfterMs);
      for (const entry of entries) retryEntry(entry, now, error, verdict.retryAfterMs);
    }
    requestReschedule();
  };

  // ---- sending ------------------------------------------------------------

  const send = (budget: Budget, entries: Entry[], now: number): void => {
    const batch: Batch = {
      budget,
      entries,
      controller: new AbortController(),
      live: entries.length,
      sentAt: now,
      timeoutAt: now + requestTimeoutMs,
      timeoutSlot: -1,
      done: false,
    };
    for (const entry of entries) entry.batch = batch;
    requestTimeouts.push(batch);
    budget.limiter.take(now);
    let answer: Promise<unknown>;
    try {
      answer = Promise.resolve(
        budget.source.read(
          entries.map((entry) => entry.id),
          { signal: batch.controller.signal },
        ),
      );
    } catch (error) {
      answer = Promise.reject(error);
    }
    answer.then(
      (statuses) => onAnswer(batch, statuses),
      (error: unknown) => onFailure(batch, error),
    );
  };

  const dispatch = (budget: Budget, now: number): void => {
    const { due, early, limiter, maxBatchSize } = budget;
    while (due.peekKey() <= now && limiter.nextSendAt(now) <= now) {
      const entries: Entry[] = [];
      // Longest-due first, then tasks that may ride along early.
      while (entries.length < maxBatchSize && due.peekKey() <= now) {
        const entry = due.pop() as Entry;
        early.remove(entry);
        entries.push(entry);
      }
      while (entries.length < maxBatchSize && early.peekKey() <= now) {
        const entry = early.pop() as Entry;
        due.remove(entry);
        entries.push(entry);
      }
      send(budget, entries, now);
    }
  };

  // ---- the one timer ------------------------------------------------------

  const tick = (): void => {
    timer = undefined;
    timerAt = Number.POSITIVE_INFINITY;
    const now = clock.now();
    while (deadlines.peekKey() <= now) timeOut(deadlines.peek() as Waiter, now);
    while (requestTimeouts.peekKey() <= now) {
      const batch = requestTimeouts.peek() as Batch;
      const { provider } = batch.budget.source;
      const error = new ApiError({
        provider,
        code: "request_timeout",
        providerMessage: `no answer within ${requestTimeoutMs} ms`,
        taskId: batch.entries.length === 1 ? batch.entries[0]?.id : undefined,
      });
      onFailure(batch, error);
      batch.controller.abort(error);
    }
    for (const budget of budgets.values()) dispatch(budget, now);
    reschedule();
  };

  const reschedule = (): void => {
    rescheduleQueued = false;
    const now = clock.now();
    let at = Math.min(deadlines.peekKey(), requestTimeouts.peekKey());
    for (const budget of budgets.values()) {
      const dueAt = budget.due.peekKey();
      if (dueAt < at) at = Math.min(at, Math.max(dueAt, budget.limiter.nextSendAt(now)));
    }
    if (at === Number.POSITIVE_INFINITY) {
      if (timer !== undefined) clock.clearTimeout(timer);
      timer = undefined;
      timerAt = Number.POSITIVE_INFINITY;
      return;
    }
    if (timer !== undefined && timerAt <= at) return;
    if (timer !== undefined) clock.clearTimeout(timer);
    timerAt = at;
    timer = clock.setTimeout(tick, Math.min(MAX_TIMER_DELAY_MS, Math.max(0, Math.ceil(at - now))));
  };

  function requestReschedule(): void {
    if (rescheduleQueued) return;
    rescheduleQueued = true;
    queueMicrotask(reschedule);
  }

  // ---- public methods -----------------------------------------------------

  function waitForTask<TaskRecord>(
    source: TaskSource<TaskRecord>,
    task: TaskReference,
    waitOptions: WaitOptions<TaskRecord> = {},
  ): Promise<CompletedTask<TaskRecord>> {
    let reference: ReturnType<typeof normalizeTask>;
    try {
      checkSource(source);
      checkWaitOptions(waitOptions as WaitOptions<never>);
      reference = normalizeTask(task);
    } catch (error) {
      return Promise.reject(error);
    }
    const { signal } = waitOptions;
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise<CompletedTask<TaskRecord>>((resolve, reject) => {
      const now = clock.now();
      const budget = budgetFor(source as TaskSource<unknown>);
      const existing = budget.entries.get(reference.taskId);
      const timeoutMs = waitOptions.timeoutMs ?? defaultTimeoutMs;
      const deadline = waitOptions.deadline ?? reference.deadline ?? now + timeoutMs;
      const margin = options.lastCheckMarginMs ?? Math.min(DEFAULT_LAST_CHECK_MARGIN_MS, timeoutMs / 10);
      const waiter: Waiter = {
        entry: existing as Entry,
        deadline,
        lastCheckAt: deadline - margin,
        createdAt: waitOptions.createdAt ?? reference.createdAt ?? now,
        startedAt: now,
        schedule: waitOptions.schedule ?? defaultScheduleOption,
        onProgress: waitOptions.onProgress as ProgressCallback | undefined,
        signal,
        resolve: resolve as (task: CompletedTask<unknown>) => void,
        reject,
        lastStatus: undefined,
        lastError: undefined,
        settled: false,
        deadlineSlot: -1,
      };
      let entry: Entry;
      if (existing === undefined) {
        // A one-element literal: most tasks have one waiter, and a pushed-to array would reserve room for 17.
        entry = {
          id: reference.taskId,
          budget,
          waiters: [waiter],
          dueAt: Number.POSITIVE_INFINITY,
          earliestAt: Number.POSITIVE_INFINITY,
          dueSlot: -1,
          earlySlot: -1,
          sequence: entrySequence++,
          checks: 0,
          failures: 0,
          batch: undefined,
        };
        waiter.entry = entry;
        budget.entries.set(entry.id, entry);
      } else {
        entry = existing;
        entry.waiters.push(waiter);
      }
      pendingCount += 1;
      deadlines.push(waiter);
      if (signal !== undefined) {
        let group = signalGroups.get(signal);
        if (group === undefined) {
          const waiters = new Set<Waiter>();
          const listener = () => {
            for (const member of [...waiters]) rejectWaiter(member, signal.reason);
          };
          group = { waiters, listener };
          signalGroups.set(signal, group);
          signal.addEventListener("abort", listener, { once: true });
        }
        group.waiters.add(waiter);
      }
      if (entry.batch === undefined) {
        // The first check: one scheduled interval after creation, or at once for a task created earlier.
        let first: { at: number; earliestAt: number };
        try {
          first = nextCheckFor(waiter, waiter.createdAt, 0);
        } catch (error) {
          return rejectWaiter(waiter, error);
        }
        const at = Math.max(now, first.at);
        // A new waiter may bring the next check forward, but not into a retry backoff.
        const inBackoff = entry.failures > 0 && entry.dueAt !== Number.POSITIVE_INFINITY;
        if (at < entry.dueAt && !inBackoff) queue(entry, at, Math.max(now, first.earliestAt));
      }
      requestReschedule();
    });
  }

  async function waitForTasks<TaskRecord>(
    source: TaskSource<TaskRecord>,
    tasks: readonly TaskReference[],
    waitOptions: WaitOptions<TaskRecord> = {},
  ): Promise<TaskOutcome<TaskRecord>[]> {
    checkSource(source);
    checkTasks(tasks);
    checkWaitOptions(waitOptions as WaitOptions<never>);
    const { signal } = waitOptions;
    if (signal?.aborted) throw signal.reason;
    const outcomes = await Promise.all(
      tasks.map((task) => {
        const id = normalizeTask(task).taskId;
        return waitForTask(source, task, waitOptions).then(
          (value): TaskOutcome<TaskRecord> => ({ id, status: "fulfilled", value }),
          (reason: unknown): TaskOutcome<TaskRecord> => ({ id, status: "rejected", reason }),
        );
      }),
    );
    if (
      signal?.aborted &&
      outcomes.some((outcome) => outcome.status === "rejected" && outcome.reason === signal.reason)
    ) {
      throw signal.reason;
    }
    return outcomes;
  }

  function watchTasks<TaskRecord>(
    source: TaskSource<TaskRecord>,
    tasks: readonly TaskReference[],
    waitOptions: WaitOptions<TaskRecord> = {},
  ): AsyncGenerator<TaskOutcome<TaskRecord>, void, undefined> {
    checkSource(source);
    checkTasks(tasks);
    checkWaitOptions(waitOptions as WaitOptions<never>);
    return watch(source, tasks, waitOptions);
  }

  async function* watch<TaskRecord>(
    source: TaskSource<TaskRecord>,
    tasks: readonly TaskReference[],
    waitOptions: WaitOptions<TaskRecord>,
  ): AsyncGenerator<TaskOutcome<TaskRecord>, void, undefined> {
    const callerSignal = waitOptions.signal;
    if (callerSignal?.aborted) throw callerSignal.reason;
    const stop = new AbortController();
    const onCallerAbort = () => stop.abort(callerSignal?.reason);
    callerSignal?.addEventListener("abort", onCallerAbort, { once: true });
    const finished: TaskOutcome<TaskRecord>[] = [];
    let wake: (() => void) | undefined;
    const push = (outcome: TaskOutcome<TaskRecord>) => {
      finished.push(outcome);
      wake?.();
    };
    try {
      for (const task of tasks) {
        const id = normalizeTask(task).taskId;
        waitForTask(source, task, { ...waitOptions, signal: stop.signal }).then(
          (value) => push({ id, status: "fulfilled", value }),
          (reason: unknown) => push({ id, status: "rejected", reason }),
        );
      }
      for (let remaining = tasks.length; remaining > 0; remaining -= 1) {
        while (finished.length === 0 && !stop.signal.aborted) {
          await new Promise<void>((resolve) => {
            wake = resolve;
          });
          wake = undefined;
        }
        if (callerSignal?.aborted) throw callerSignal.reason;
        yield finished.shift() as TaskOutcome<TaskRecord>;
      }
    } finally {
      callerSignal?.removeEventListener("abort", onCallerAbort);
      if (!stop.signal.aborted) stop.abort(new PollingStoppedError());
    }
  }

  function checkNow(source: TaskSource<unknown>, taskId: string): boolean {
    checkSource(source);
    const entry = budgets.get(source.budgetKey)?.entries.get(taskId);
    if (entry === undefined) return false;
    const now = clock.now();
    // A request in flight answers soon anyway; a retry backoff is kept (the provider asked for room).
    if (entry.batch === undefined && entry.failures === 0 && entry.dueAt > now) {
      queue(entry, now, now);
      requestReschedule();
    }
    return true;
  }

  return {
    waitForTask,
    waitForTasks,
    watchTasks,
    checkNow,
    get pending() {
      return pendingCount;
    },
  };
}
