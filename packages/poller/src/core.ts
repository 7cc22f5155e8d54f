import { ApiError, type TaskSource } from "@gentask/core";
import { assertRateLimit, inProcessBudget, type RateBudgetFactory } from "./budget.js";
import { fail, idOf, type Reference } from "./checks.js";
import { type Clock, MAX_TIMER_DELAY_MS, realClock } from "./clock.js";
import { TaskFailedError, TaskNotFoundError, TaskTimeoutError } from "./errors.js";
import { type HeapPosition, IndexedHeap } from "./heap.js";
import { classifyPollError } from "./poll-errors.js";
import { backoffDelay, defaultSchedule, type KeyLoad, type RetryOptions, type Schedule } from "./schedule.js";
import {
  type AnyStatus,
  type Batch,
  type Budget,
  type Entry,
  type Group,
  PollingStoppedError,
  type ProgressCallback,
  type Sink,
  type Waiter,
} from "./state.js";
import type { PollerOptions, WaitOptions } from "./types.js";

// The poller's engine, one class: sections for planning checks, settling waits, requests (batching through
// each key's budget), registering waits and the one timer.

/**
 * Waits registered, or timed out, per turn of the event loop: a call with 100,000 tasks is taken in
 * slices so that the process keeps answering meanwhile.
 */
const SLICE = 2_000;
/**
 * A batch that has room left takes tasks that are not due yet but have waited at least this fraction of
 * their planned interval: the request goes anyway, and a fuller batch means fewer requests later.
 */
const FILL_FRACTION = 0.5;
/**
 * A reserved send time this late is not used any more: a request sent long after its time could crowd
 * the next window (budgets keep a 5 % guard, 50 ms a second, for such delays and for network jitter
 * together); the poller asks the budget again instead.
 */
const STALE_SLOT_MS = 20;

const byDueTime = (entry: Entry) => entry.dueAt;
const byEarliestTime = (entry: Entry) => entry.earliestAt;
const bySequence = (a: Entry, b: Entry) => a.sequence - b.sequence;
const dueSlot: HeapPosition<Entry> = {
  get: (entry) => entry.dueSlot,
  set: (entry, index) => {
    entry.dueSlot = index;
  },
};
const earlySlot: HeapPosition<Entry> = {
  get: (entry) => entry.earlySlot,
  set: (entry, index) => {
    entry.earlySlot = index;
  },
};

/** The options a source's `read` gets: the signal is made when the source first looks at it. */
class ReadOptions {
  readonly #batch: Batch;

  constructor(batch: Batch) {
    this.#batch = batch;
  }

  get signal(): AbortSignal {
    const batch = this.#batch;
    if (batch.controller === undefined) {
      batch.controller = new AbortController();
      if (batch.done) batch.controller.abort(new PollingStoppedError());
    }
    return batch.controller.signal;
  }
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
  schedule: Waiter["schedule"];
  onProgress: ProgressCallback | undefined;
  signal: AbortSignal | undefined;
}

/**
 * The engine of a poller: registration, the one timer, batching through the budgets. `createPoller` (which
 * checks the options) and the stand-alone functions build their methods on it. Its members are `#` ones,
 * whose names a minifier shortens; being methods, they are shared by every poller (closures made per
 * poller ran slower where many pollers are made, as in the cost benchmark).
 */
export class PollerCore {
  // For `checkNow`, which lives with `createPoller` so that `waitForTask` alone leaves it out: the clock,
  // the budgets (one per API key), `queue` and `requestReschedule`.
  readonly clock: Clock;
  readonly budgets = new Map<string, Budget>();
  readonly #random: () => number;
  readonly #timeoutMs: number;
  readonly #schedule: Schedule;
  readonly #notFoundGraceMs: number;
  readonly #requestTimeoutMs: number;
  readonly #maxRetryAfterMs: number;
  readonly #lastCheckMarginMs: number | undefined;
  readonly #rateLimit: PollerOptions["rateLimit"];
  readonly #rateBudget: RateBudgetFactory;
  readonly #retry: Required<RetryOptions>;
  /** One per source object. */
  readonly #groups = new Map<TaskSource<unknown>, Group>();
  /** Every registered wait not settled yet, by deadline: a wait is pending exactly while it is in here. */
  readonly #deadlines = new IndexedHeap<Waiter>((waiter) => waiter.deadline, {
    get: (waiter) => waiter.deadlineSlot,
    set: (waiter, index) => {
      waiter.deadlineSlot = index;
    },
  });
  /** Requests in flight, a list in the order they were sent: with one request timeout per poller, also timeout order. */
  #oldestBatch: Batch | undefined;
  #newestBatch: Batch | undefined;
  /** One abort listener per signal, however many waits use it. */
  readonly #signalGroups = new Map<AbortSignal, { waiters: Set<Waiter>; listener: () => void }>();
  /** Calls with waits still to register, oldest first. */
  readonly #calls: Call[] = [];
  /** Waits of `calls` not registered yet: they count as pending, beside the registered ones (`deadlines`). */
  #unregistered = 0;
  #entrySequence = 0;
  /** Set by `nextCheckFor` beside its answer: from when the check may ride along early (no object per check). */
  #plannedEarliestAt = 0;
  /** What a schedule is told of the task's key: one object, filled before each call. */
  readonly #load: KeyLoad = { pendingTasks: 0, maxBatchSize: 1, requestsPerSecond: 1 };
  #timer: unknown;
  #timerAt = Infinity;
  #rescheduleQueued = false;

  constructor(options: PollerOptions = {}) {
    const { retry } = options;
    const baseMs = retry?.baseMs ?? 1_000;
    this.clock = options.clock ?? realClock;
    this.#random = options.random ?? Math.random;
    this.#timeoutMs = options.timeoutMs ?? 15 * 60_000;
    this.#schedule = options.schedule ?? defaultSchedule;
    this.#notFoundGraceMs = options.notFoundGraceMs ?? 15_000;
    this.#requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
    this.#maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000;
    this.#lastCheckMarginMs = options.lastCheckMarginMs;
    this.#rateLimit = options.rateLimit;
    this.#rateBudget = options.rateBudget ?? inProcessBudget;
    this.#retry = { baseMs, maxMs: Math.max(baseMs, retry?.maxMs ?? 30_000) };
  }

  /** Waits pending: registered and not settled, or not registered yet. */
  get pending(): number {
    return this.#deadlines.size + this.#unregistered;
  }

  /** Sets the timer again, once, after the current synchronous work. */
  requestReschedule(): void {
    if (this.#rescheduleQueued) return;
    this.#rescheduleQueued = true;
    queueMicrotask(() => this.#reschedule());
  }

  // ---- planning checks ----------------------------------------------------------

  /**
   * When this waiter wants its next check after one at `now`: per its schedule, never after its last check
   * time. A schedule that throws or answers nonsense rejects its waiter (the answer is then infinity).
   */
  #nextCheckFor(waiter: Waiter, now: number, attempt: number): number {
    this.#plannedEarliestAt = Infinity;
    if (now >= waiter.lastCheckAt) return Infinity;
    let delay: number;
    const load = this.#load;
    const { group } = waiter.entry;
    const { budget } = group;
    load.maxBatchSize = group.source.maxBatchSize;
    load.requestsPerSecond = budget.requestsPerSecond;
    // A budget shared by processes may know the key's pending tasks in all of them.
    load.pendingTasks = budget.rate.pendingTasks?.(budget.entries) ?? budget.entries;
    try {
      delay = waiter.schedule(now > waiter.createdAt ? now - waiter.createdAt : 0, attempt, this.#random, load);
      if (!(Number.isFinite(delay) && delay >= 0)) fail(`The schedule returned ${String(delay)}: expected ms >= 0.`);
    } catch (error) {
      this.#rejectWaiter(waiter, error);
      return Infinity;
    }
    const at = Math.min(now + delay, waiter.lastCheckAt);
    this.#plannedEarliestAt = at - delay * FILL_FRACTION;
    return at;
  }

  /** Puts an entry in its group's due order (or takes it out, for a due time of infinity). */
  queue(entry: Entry, dueAt: number, earliestAt: number): void {
    entry.dueAt = dueAt;
    entry.earliestAt = Math.min(earliestAt, dueAt);
    const { due, early } = entry.group;
    if (dueAt === Infinity) {
      due.remove(entry);
      early.remove(entry);
    } else {
      due.update(entry);
      early.update(entry);
    }
  }

  /** Re-queues an entry after a check at `now`, from its waiters' schedules. */
  #planNextCheck(entry: Entry, now: number): void {
    const { waiters } = entry;
    let at = Infinity;
    let earliestAt = Infinity;
    // Most tasks have one waiter; with more, a copy, since a failing schedule settles its waiter mid-loop.
    for (const waiter of waiters.length === 1 ? waiters : waiters.slice()) {
      at = Math.min(at, this.#nextCheckFor(waiter, now, entry.checks));
      earliestAt = Math.min(earliestAt, this.#plannedEarliestAt);
    }
    if (waiters.length > 0) this.queue(entry, at, earliestAt);
  }

  /** Re-queues an entry whose request failed for a retry at `now + delayMs`, never after its waiters' last checks. */
  #retryEntry(entry: Entry, now: number, error: unknown, delayMs: number): void {
    // The retry is itself a check made after whatever asked for one.
    entry.checkAgain = false;
    let at = Infinity;
    for (const waiter of entry.waiters) {
      waiter.lastError = error;
      if (now < waiter.lastCheckAt) at = Math.min(at, now + delayMs, waiter.lastCheckAt);
    }
    this.queue(entry, at, at);
  }

  /** A request for an entry failed in a way that may heal: back off (at least `retryAfterMs`), within the deadline. */
  #backOff(entry: Entry, now: number, error: unknown, retryAfterMs = 0): void {
    entry.failures += 1;
    this.#retryEntry(
      entry,
      now,
      error,
      Math.max(retryAfterMs, backoffDelay(entry.failures, this.#random, this.#retry)),
    );
  }

  // ---- settling waits -----------------------------------------------------------

  /** Takes a waiter out of every structure; returns false when it was already settled. */
  #release(waiter: Waiter): boolean {
    if (!this.#deadlines.has(waiter)) return false;
    this.#deadlines.remove(waiter);
    const { signal, entry } = waiter;
    const signalGroup = signal && this.#signalGroups.get(signal);
    if (signalGroup?.waiters.delete(waiter) && signalGroup.waiters.size === 0) {
      (signal as AbortSignal).removeEventListener("abort", signalGroup.listener);
      this.#signalGroups.delete(signal as AbortSignal);
    }
    const { waiters, group, batch } = entry;
    if (waiters[waiters.length - 1] === waiter) waiters.pop();
    else {
      const index = waiters.indexOf(waiter);
      if (index >= 0) waiters.splice(index, 1);
    }
    if (waiters.length === 0) {
      if (group.entries.get(entry.id) === entry) {
        group.entries.delete(entry.id);
        group.budget.entries -= 1;
      }
      group.due.remove(entry);
      group.early.remove(entry);
      // A group with no task left is dropped, so that sources made per call are not kept.
      if (group.entries.size === 0 && this.#groups.get(group.source) === group) {
        this.#groups.delete(group.source);
        const siblings = group.budget.groups;
        siblings.splice(siblings.indexOf(group), 1);
      }
      // Nobody waits for the answer of its request any more: cancel the request.
      if (batch !== undefined && !batch.done && --batch.live === 0) {
        this.#finishBatch(batch);
        batch.controller?.abort(new PollingStoppedError());
      }
    }
    this.requestReschedule();
    return true;
  }

  #rejectWaiter(waiter: Waiter, reason: unknown): void {
    if (this.#release(waiter)) waiter.sink.rejected(waiter.index, waiter.entry.id, reason);
  }

  /** Records a status for a waiter, tells its `onProgress` when it changed, and settles it if it ended. */
  #applyToWaiter(waiter: Waiter, status: AnyStatus, now: number): void {
    if (!this.#deadlines.has(waiter)) return;
    const last = waiter.lastStatus;
    waiter.lastStatus = status;
    waiter.lastError = undefined;
    const changed =
      last === undefined ||
      last.state !== status.state ||
      last.statusWord !== status.statusWord ||
      last.progress !== status.progress;
    if (changed && waiter.onProgress !== undefined) {
      try {
        waiter.onProgress(status);
      } catch (error) {
        this.#rejectWaiter(waiter, error);
        return;
      }
    }
    const { id, group } = waiter.entry;
    const { provider } = group.source;
    if (status.state === "succeeded") {
      if (this.#release(waiter)) {
        waiter.sink.fulfilled(waiter.index, { id, state: "succeeded", urls: status.urls ?? [], record: status.record });
      }
    } else if (status.state === "failed") {
      this.#rejectWaiter(waiter, new TaskFailedError(provider, id, status.error, status.record));
    } else if (status.state === "not_found" && now - waiter.createdAt >= this.#notFoundGraceMs) {
      this.#rejectWaiter(waiter, new TaskNotFoundError(provider, id, this.#notFoundGraceMs));
    }
  }

  /** A status was read for an entry: settle the waits it ends, plan the next check for the others. */
  #applyStatus(entry: Entry, status: AnyStatus, now: number): void {
    entry.failures = 0;
    entry.checks += 1;
    const { waiters } = entry;
    // Most tasks have one waiter; with more, a copy, since settling one changes the list.
    if (waiters.length === 1) this.#applyToWaiter(waiters[0] as Waiter, status, now);
    else for (const waiter of waiters.slice()) this.#applyToWaiter(waiter, status, now);
    if (waiters.length === 0) return;
    this.#planNextCheck(entry, now);
    // A check asked for while this answer was on its way: the task may have finished since it was read.
    if (entry.checkAgain) {
      entry.checkAgain = false;
      if (entry.waiters.length > 0 && entry.dueAt > now) this.queue(entry, now, now);
    }
  }

  // ---- requests -----------------------------------------------------------------

  /** The budget of a source's API key, and the group of the source object: its tasks are read only together. */
  #groupFor(source: TaskSource<unknown>): Group {
    let group = this.#groups.get(source);
    if (group === undefined) {
      const { budgetKey, provider } = source;
      let budget = this.budgets.get(budgetKey);
      if (budget === undefined) {
        // The user's functions are called on their own: they get no `this` to reach the engine by.
        const rateLimit = this.#rateLimit;
        const rateBudget = this.#rateBudget;
        const limit = typeof rateLimit === "function" ? rateLimit(source) : (rateLimit ?? source.rateLimit);
        assertRateLimit(limit, `The rate limit of ${provider}`);
        const rate = rateBudget({ budgetKey, provider, limit, clock: this.clock });
        budget = {
          rate,
          requestsPerSecond: limit.requestsPerSecond,
          entries: 0,
          groups: [],
          slot: undefined,
          reserving: false,
          rateLimitedInARow: 0,
        };
        this.budgets.set(budgetKey, budget);
      }
      group = {
        source,
        budget,
        entries: new Map(),
        due: new IndexedHeap(byDueTime, dueSlot, bySequence),
        early: new IndexedHeap(byEarliestTime, earlySlot, bySequence),
      };
      this.#groups.set(source, group);
      budget.groups.push(group);
    }
    return group;
  }

  #finishBatch(batch: Batch): void {
    batch.done = true;
    const { previous, next } = batch;
    if (previous === undefined) this.#oldestBatch = next;
    else previous.next = next;
    if (next === undefined) this.#newestBatch = previous;
    else next.previous = previous;
    batch.previous = batch.next = undefined;
    for (const entry of batch.entries) if (entry.batch === batch) entry.batch = undefined;
  }

  #send(group: Group, entries: Entry[], now: number): void {
    const batch: Batch = {
      group,
      entries,
      controller: undefined,
      live: entries.length,
      sentAt: now,
      timeoutAt: now + this.#requestTimeoutMs,
      done: false,
      previous: this.#newestBatch,
      next: undefined,
    };
    if (this.#newestBatch === undefined) this.#oldestBatch = batch;
    else this.#newestBatch.next = batch;
    this.#newestBatch = batch;
    const ids = new Array<string>(entries.length);
    for (let index = 0; index < entries.length; index++) {
      const entry = entries[index] as Entry;
      entry.batch = batch;
      ids[index] = entry.id;
    }
    let answer: Promise<unknown>;
    try {
      answer = Promise.resolve(group.source.read(ids, new ReadOptions(batch)));
    } catch (error) {
      answer = Promise.reject(error);
    }
    answer.then(
      (statuses) => this.#onAnswer(batch, statuses),
      (error: unknown) => this.#onFailure(batch, error),
    );
  }

  /** A failed request as an `ApiError` (an unreadable answer, one overdue): both are retried. */
  #requestError(batch: Batch, code: string, providerMessage: string, taskId?: string): ApiError {
    const { provider } = batch.group.source;
    return new ApiError({
      provider,
      status: code === "invalid_response" ? 200 : undefined,
      code,
      providerMessage,
      taskId,
    });
  }

  #onAnswer(batch: Batch, statuses: unknown): void {
    if (batch.done) return;
    if (!Array.isArray(statuses)) {
      this.#onFailure(batch, this.#requestError(batch, "invalid_response", "read() did not return an array"));
      return;
    }
    this.#finishBatch(batch);
    const now = this.clock.now();
    batch.group.budget.rateLimitedInARow = 0;
    const { entries } = batch;
    for (let index = 0; index < entries.length; index++) {
      const entry = entries[index] as Entry;
      if (entry.waiters.length === 0) continue;
      let status = statuses[index] as AnyStatus | undefined;
      if (status?.id !== entry.id) status = statuses.find((candidate: AnyStatus) => candidate?.id === entry.id);
      if (typeof status === "object") this.#applyStatus(entry, status, now);
      else
        this.#backOff(
          entry,
          now,
          this.#requestError(batch, "invalid_response", "the answer has no status for this task", entry.id),
        );
    }
    this.requestReschedule();
  }

  #onFailure(batch: Batch, error: unknown): void {
    if (batch.done) return;
    this.#finishBatch(batch);
    const { budget } = batch.group;
    const now = this.clock.now();
    const { kind, retryAfterMs: asked } = classifyPollError(error, now) as { kind: string; retryAfterMs?: number };
    // A Retry-After is obeyed up to a cap: one "Retry-After: 3600" must not silence a key for an hour.
    const retryAfterMs = asked === undefined ? undefined : Math.min(asked, this.#maxRetryAfterMs);
    if (kind === "rate_limited") {
      budget.rateLimitedInARow += 1;
      budget.rate.rateLimited(
        now,
        batch.sentAt,
        retryAfterMs ?? backoffDelay(budget.rateLimitedInARow, this.#random, this.#retry),
      );
      budget.slot = undefined;
    } else if (kind === "transient" && retryAfterMs !== undefined) {
      budget.rate.pause(now + retryAfterMs);
      budget.slot = undefined;
    }
    for (const entry of batch.entries) {
      if (entry.waiters.length === 0) continue;
      if (kind === "fatal") for (const waiter of entry.waiters.slice()) this.#rejectWaiter(waiter, error);
      else if (kind === "not_found") {
        this.#applyStatus(entry, { id: entry.id, state: "not_found", urls: [], record: undefined }, now);
      } else if (kind === "rate_limited") this.#retryEntry(entry, now, error, 0);
      else this.#backOff(entry, now, error, retryAfterMs);
    }
    this.requestReschedule();
  }

  /** Fails the requests whose answer is overdue (they are aborted and retried). */
  #timeOutRequests(now: number): void {
    for (let batch = this.#oldestBatch; batch !== undefined && batch.timeoutAt <= now; batch = this.#oldestBatch) {
      const { entries } = batch;
      const taskId = entries.length === 1 ? entries[0]?.id : undefined;
      const error = this.#requestError(
        batch,
        "request_timeout",
        `no answer within ${this.#requestTimeoutMs} ms`,
        taskId,
      );
      this.#onFailure(batch, error);
      batch.controller?.abort(error);
    }
  }

  /** The group of a budget whose next check is due first. */
  #firstDue(budget: Budget): Group | undefined {
    let first: Group | undefined;
    for (const group of budget.groups)
      if (first === undefined || group.due.peekKey() < first.due.peekKey()) first = group;
    return first;
  }

  /** Takes the tasks of one request: the longest-due first, then tasks that may ride along early. */
  #takeBatch(group: Group, now: number): Entry[] {
    const { due, early } = group;
    const { maxBatchSize } = group.source;
    const entries: Entry[] = [];
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
    return entries;
  }

  /** Sends every request a budget allows now; holds on to a send time reserved for later. */
  #dispatch(budget: Budget, now: number): void {
    for (;;) {
      const group = this.#firstDue(budget);
      if (group === undefined || group.due.peekKey() > now) return;
      if (budget.slot !== undefined && budget.slot < now - STALE_SLOT_MS) budget.slot = undefined;
      if (budget.slot === undefined) {
        if (budget.reserving) return;
        const answer = budget.rate.reserve(now);
        if (typeof answer !== "number") {
          budget.reserving = true;
          const settle = (at: number) => {
            budget.reserving = false;
            budget.slot = at;
            this.requestReschedule();
          };
          // A budget must not reject; if one does, wait a second rather than send unchecked.
          answer.then(settle, () => settle(this.clock.now() + 1_000));
          return;
        }
        budget.slot = answer;
      }
      if (budget.slot > now) return;
      budget.slot = undefined;
      this.#send(group, this.#takeBatch(group, now), now);
    }
  }

  /** When the timer should next look at this budget (infinity: nothing to do, or a reservation will call). */
  #wakeTimeOf(budget: Budget): number {
    const group = this.#firstDue(budget);
    if (group === undefined || budget.reserving) return Infinity;
    const dueAt = group.due.peekKey();
    return budget.slot !== undefined && budget.slot > dueAt ? budget.slot : dueAt;
  }

  // ---- registering waits --------------------------------------------------------

  #register(call: Call, reference: Reference, index: number, now: number): void {
    const taskId = idOf(reference);
    const handle = typeof reference === "string" ? undefined : reference;
    const group = this.#groupFor(call.source);
    let entry = group.entries.get(taskId);
    const deadline = call.deadline ?? handle?.deadline ?? call.timeoutDeadline;
    const waiter: Waiter = {
      entry: entry as Entry,
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
      deadlineSlot: -1,
    };
    if (entry === undefined) {
      entry = {
        id: taskId,
        group,
        // An array literal of one: pushing onto an empty one would reserve room for 17.
        waiters: [waiter],
        dueAt: Infinity,
        earliestAt: Infinity,
        dueSlot: -1,
        earlySlot: -1,
        sequence: this.#entrySequence++,
        checks: 0,
        failures: 0,
        batch: undefined,
        checkAgain: false,
      };
      waiter.entry = entry;
      group.entries.set(taskId, entry);
      group.budget.entries += 1;
    } else entry.waiters.push(waiter);
    this.#deadlines.push(waiter);
    const { signal } = call;
    if (signal !== undefined) {
      let signalGroup = this.#signalGroups.get(signal);
      if (signalGroup === undefined) {
        const waiters = new Set<Waiter>();
        const listener = () => {
          for (const member of [...waiters]) this.#rejectWaiter(member, signal.reason);
        };
        signalGroup = { waiters, listener };
        this.#signalGroups.set(signal, signalGroup);
        signal.addEventListener("abort", listener, { once: true });
      }
      signalGroup.waiters.add(waiter);
    }
    if (entry.batch !== undefined) return;
    // The first check: one scheduled interval after creation, at once for a task created earlier, and at once
    // for a task of unknown age (it may have finished long ago).
    const knownAge = call.createdAt !== undefined || handle?.createdAt !== undefined;
    let at = this.#nextCheckFor(waiter, waiter.createdAt, 0);
    if (at !== Infinity && !knownAge) at = this.#plannedEarliestAt = now;
    else if (at < now) at = now;
    // A new waiter may bring the next check forward, but not into a retry backoff.
    const inBackoff = entry.failures > 0 && entry.dueAt !== Infinity;
    if (at < entry.dueAt && !inBackoff) this.queue(entry, at, Math.max(this.#plannedEarliestAt, now));
  }

  /** Registers up to `limit` waits of a call; returns how many it took. */
  #registerSlice(call: Call, limit: number): number {
    const { references, signal, sink } = call;
    const end = Math.min(references.length, call.next + limit);
    const taken = end - call.next;
    this.#unregistered -= taken;
    const now = this.clock.now();
    for (let index = call.next; index < end; index++) {
      const reference = references[index] as Reference;
      // Aborted between slices: the rest ends with the signal's reason, unregistered.
      if (signal?.aborted) sink.rejected(index, idOf(reference), signal.reason);
      else this.#register(call, reference, index, now);
    }
    call.next = end;
    return taken;
  }

  start(source: TaskSource<unknown>, references: Reference[], waitOptions: WaitOptions<unknown>, sink: Sink): void {
    const now = this.clock.now();
    const callTimeoutMs = waitOptions.timeoutMs ?? this.#timeoutMs;
    const call: Call = {
      source,
      references,
      next: 0,
      sink,
      startedAt: now,
      deadline: waitOptions.deadline,
      timeoutDeadline: now + callTimeoutMs,
      margin: this.#lastCheckMarginMs ?? Math.min(1_000, callTimeoutMs / 10),
      createdAt: waitOptions.createdAt,
      schedule: waitOptions.schedule ?? this.#schedule,
      onProgress: waitOptions.onProgress as ProgressCallback | undefined,
      signal: waitOptions.signal,
    };
    this.#unregistered += references.length;
    this.#registerSlice(call, SLICE);
    if (call.next < references.length) this.#calls.push(call);
    this.requestReschedule();
  }

  // ---- the one timer ------------------------------------------------------------

  #tick(): void {
    this.#timer = undefined;
    this.#timerAt = Infinity;
    const now = this.clock.now();
    for (let allowance = SLICE; allowance > 0 && this.#deadlines.peekKey() <= now; allowance--) {
      const waiter = this.#deadlines.peek() as Waiter;
      const { entry, lastStatus, lastError, deadline, createdAt } = waiter;
      const { provider } = entry.group.source;
      const elapsedMs = now - waiter.startedAt;
      const details = { provider, taskId: entry.id, lastStatus, lastError, deadline, elapsedMs, createdAt };
      this.#rejectWaiter(waiter, new TaskTimeoutError(details));
    }
    this.#timeOutRequests(now);
    for (let allowance = SLICE; allowance > 0 && this.#calls.length > 0; ) {
      const call = this.#calls[0] as Call;
      allowance -= this.#registerSlice(call, allowance);
      if (call.next === call.references.length) this.#calls.shift();
    }
    for (const budget of this.budgets.values()) this.#dispatch(budget, now);
    this.#reschedule();
  }

  #reschedule(): void {
    this.#rescheduleQueued = false;
    const now = this.clock.now();
    let at = this.#calls.length > 0 ? now : this.#deadlines.peekKey();
    if (this.#oldestBatch !== undefined && this.#oldestBatch.timeoutAt < at) at = this.#oldestBatch.timeoutAt;
    for (const budget of this.budgets.values()) at = Math.min(at, this.#wakeTimeOf(budget));
    if (this.#timer !== undefined && this.#timerAt <= at && at !== Infinity) return;
    if (this.#timer !== undefined) this.clock.clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#timerAt = at;
    if (at !== Infinity)
      this.#timer = this.clock.setTimeout(
        () => this.#tick(),
        Math.min(MAX_TIMER_DELAY_MS, Math.max(0, Math.ceil(at - now))),
      );
  }
}

/** A poller's engine (what the stand-alone functions build on). */
export function createPollerCore(options?: PollerOptions): PollerCore {
  return new PollerCore(options);
}
