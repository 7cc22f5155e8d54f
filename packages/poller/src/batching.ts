import { ApiError, type RateLimit, type TaskSource } from "@gentask/core";
import { assertRateLimit, type RateBudget } from "./budget.js";
import { IndexedHeap } from "./heap.js";
import { classifyPollError } from "./poll-errors.js";
import { backoffDelay } from "./schedule.js";
import { applyStatus, planRetry, rejectWaiter, retryEntry } from "./scheduling.js";
import {
  type AnyStatus,
  type Batch,
  type Budget,
  type Entry,
  type Group,
  type PollerState,
  PollingStoppedError,
} from "./state.js";

// Status requests: which tasks go together, when each key's budget lets a request go, and what the
// answer or the failure does.

/**
 * A reserved send time this late is not used any more: a request sent long after its time could crowd
 * the next window (budgets keep a 5 % guard, 50 ms a second, for such delays and for network jitter
 * together); the poller asks the budget again instead.
 */
const STALE_SLOT_MS = 20;

const byDueTime = (entry: Entry) => entry.dueAt;
const byEarliestTime = (entry: Entry) => entry.earliestAt;
const bySequence = (a: Entry, b: Entry) => a.sequence - b.sequence;

function budgetFor(state: PollerState, source: TaskSource<unknown>): Budget {
  let budget = state.budgets.get(source.budgetKey);
  if (budget === undefined) {
    const { settings } = state;
    const limit: RateLimit =
      typeof settings.rateLimit === "function" ? settings.rateLimit(source) : (settings.rateLimit ?? source.rateLimit);
    assertRateLimit(limit, `The rate limit of ${source.provider}`);
    const rate: RateBudget = settings.rateBudget({
      budgetKey: source.budgetKey,
      provider: source.provider,
      limit,
      clock: settings.clock,
    });
    budget = { key: source.budgetKey, rate, groups: [], slot: undefined, reserving: false, rateLimitedInARow: 0 };
    state.budgets.set(source.budgetKey, budget);
  }
  return budget;
}

/** The group of a source object: its tasks are read through it, and only with each other. */
export function groupFor(state: PollerState, source: TaskSource<unknown>): Group {
  let group = state.groups.get(source);
  if (group === undefined) {
    const budget = budgetFor(state, source);
    group = {
      source,
      budget,
      entries: new Map(),
      due: new IndexedHeap(byDueTime, "dueSlot", bySequence),
      early: new IndexedHeap(byEarliestTime, "earlySlot", bySequence),
    };
    state.groups.set(source, group);
    budget.groups.push(group);
  }
  return group;
}

// ---- requests in flight -------------------------------------------------------

function finishBatch(state: PollerState, batch: Batch): void {
  batch.done = true;
  const { previous, next } = batch;
  if (previous === undefined) state.oldestBatch = next;
  else previous.next = next;
  if (next === undefined) state.newestBatch = previous;
  else next.previous = previous;
  batch.previous = undefined;
  batch.next = undefined;
  for (const entry of batch.entries) if (entry.batch === batch) entry.batch = undefined;
}

/** Nobody waits for this request's answer any more: cancel it. */
export function abandonBatch(state: PollerState, batch: Batch): void {
  finishBatch(state, batch);
  batch.controller?.abort(new PollingStoppedError());
}

/** The options a source's `read` gets: the signal is made when the source first looks at it. */
class ReadOptions {
  constructor(private readonly batch: Batch) {}

  get signal(): AbortSignal {
    const { batch } = this;
    if (batch.controller === undefined) {
      batch.controller = new AbortController();
      if (batch.done) batch.controller.abort(new PollingStoppedError());
    }
    return batch.controller.signal;
  }
}

function send(state: PollerState, group: Group, entries: Entry[], now: number): void {
  const batch: Batch = {
    group,
    entries,
    controller: undefined,
    live: entries.length,
    sentAt: now,
    timeoutAt: now + state.settings.requestTimeoutMs,
    done: false,
    previous: state.newestBatch,
    next: undefined,
  };
  if (state.newestBatch === undefined) state.oldestBatch = batch;
  else state.newestBatch.next = batch;
  state.newestBatch = batch;
  const ids = new Array<string>(entries.length);
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index] as Entry;
    entry.batch = batch;
    ids[index] = entry.id;
  }
  let answer: Promise<unknown>;
  try {
    answer = group.source.read(ids, new ReadOptions(batch));
    if (!(answer instanceof Promise)) answer = Promise.resolve(answer);
  } catch (error) {
    answer = Promise.reject(error);
  }
  answer.then(
    (statuses) => onAnswer(state, batch, statuses),
    (error: unknown) => onFailure(state, batch, error),
  );
}

function invalidAnswer(batch: Batch, message: string, taskId?: string): ApiError {
  return new ApiError({
    provider: batch.group.source.provider,
    status: 200,
    code: "invalid_response",
    providerMessage: message,
    taskId,
  });
}

function onAnswer(state: PollerState, batch: Batch, statuses: unknown): void {
  if (batch.done) return;
  if (!Array.isArray(statuses)) {
    onFailure(state, batch, invalidAnswer(batch, "read() did not return an array"));
    return;
  }
  finishBatch(state, batch);
  const now = state.settings.clock.now();
  batch.group.budget.rateLimitedInARow = 0;
  const { entries } = batch;
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index] as Entry;
    if (entry.waiters.length === 0) continue;
    let status = statuses[index] as AnyStatus | undefined;
    if (status?.id !== entry.id) status = (statuses as AnyStatus[]).find((candidate) => candidate?.id === entry.id);
    if (status === undefined || typeof status !== "object") {
      retryEntry(
        state,
        entry,
        now,
        invalidAnswer(batch, "the answer has no status for this task", entry.id),
        undefined,
      );
    } else {
      applyStatus(state, entry, status, now);
    }
  }
  state.requestReschedule();
}

function onFailure(state: PollerState, batch: Batch, error: unknown): void {
  if (batch.done) return;
  finishBatch(state, batch);
  const { budget } = batch.group;
  const { clock, maxRetryAfterMs, random, retry } = state.settings;
  const now = clock.now();
  const verdict = classifyPollError(error, now);
  // A Retry-After is obeyed up to a cap: one "Retry-After: 3600" must not silence a key for an hour.
  const retryAfterMs =
    verdict.kind === "rate_limited" || verdict.kind === "transient"
      ? verdict.retryAfterMs === undefined
        ? undefined
        : Math.min(verdict.retryAfterMs, maxRetryAfterMs)
      : undefined;
  const entries = batch.entries.filter((entry) => entry.waiters.length > 0);
  if (verdict.kind === "fatal") {
    for (const entry of entries) for (const waiter of entry.waiters.slice()) rejectWaiter(state, waiter, error);
  } else if (verdict.kind === "not_found") {
    for (const entry of entries) {
      applyStatus(state, entry, { id: entry.id, state: "not_found", urls: [], record: undefined }, now);
    }
  } else if (verdict.kind === "rate_limited") {
    budget.rateLimitedInARow += 1;
    budget.rate.rateLimited(now, batch.sentAt, retryAfterMs ?? backoffDelay(budget.rateLimitedInARow, random, retry));
    budget.slot = undefined;
    for (const entry of entries) {
      for (const waiter of entry.waiters) waiter.lastError = error;
      planRetry(entry, now, 0);
    }
  } else {
    if (retryAfterMs !== undefined) {
      budget.rate.pause(now + retryAfterMs);
      budget.slot = undefined;
    }
    for (const entry of entries) retryEntry(state, entry, now, error, retryAfterMs);
  }
  state.requestReschedule();
}

/** Fails the requests whose answer is overdue (they are aborted and retried). */
export function timeOutRequests(state: PollerState, now: number): void {
  for (let batch = state.oldestBatch; batch !== undefined && batch.timeoutAt <= now; batch = state.oldestBatch) {
    const error = new ApiError({
      provider: batch.group.source.provider,
      code: "request_timeout",
      providerMessage: `no answer within ${state.settings.requestTimeoutMs} ms`,
      taskId: batch.entries.length === 1 ? batch.entries[0]?.id : undefined,
    });
    onFailure(state, batch, error);
    batch.controller?.abort(error);
  }
}

// ---- sending ----------------------------------------------------------------

/** The group of a budget whose next check is due first. */
function firstDue(budget: Budget): Group | undefined {
  const { groups } = budget;
  let first = groups[0];
  for (let index = 1; index < groups.length; index++) {
    const group = groups[index] as Group;
    if (group.due.peekKey() < (first as Group).due.peekKey()) first = group;
  }
  return first;
}

/** Takes the tasks of one request: the longest-due first, then tasks that may ride along early. */
function takeBatch(group: Group, now: number): Entry[] {
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
export function dispatch(state: PollerState, budget: Budget, now: number): void {
  for (;;) {
    const group = firstDue(budget);
    if (group === undefined || group.due.peekKey() > now) return;
    if (budget.slot !== undefined && budget.slot < now - STALE_SLOT_MS) budget.slot = undefined;
    if (budget.slot === undefined) {
      if (budget.reserving) return;
      const answer = budget.rate.reserve(now);
      if (typeof answer !== "number") {
        budget.reserving = true;
        answer.then(
          (at) => {
            budget.reserving = false;
            budget.slot = at;
            state.requestReschedule();
          },
          () => {
            // A budget must not reject; if one does, wait a second rather than send unchecked.
            budget.reserving = false;
            budget.slot = state.settings.clock.now() + 1_000;
            state.requestReschedule();
          },
        );
        return;
      }
      budget.slot = answer;
    }
    if (budget.slot > now) return;
    budget.slot = undefined;
    send(state, group, takeBatch(group, now), now);
  }
}

/** When the timer should next look at this budget (infinity: nothing to do, or a reservation will call). */
export function wakeTimeOf(budget: Budget): number {
  const group = firstDue(budget);
  if (group === undefined || budget.reserving) return Infinity;
  const dueAt = group.due.peekKey();
  if (dueAt === Infinity) return dueAt;
  return budget.slot !== undefined && budget.slot > dueAt ? budget.slot : dueAt;
}
