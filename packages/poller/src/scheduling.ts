import { InvalidInputError } from "@gentask/core";
import { abandonBatch } from "./batching.js";
import { TaskFailedError, TaskNotFoundError, TaskTimeoutError } from "./errors.js";
import { backoffDelay } from "./schedule.js";
import type { AnyStatus, Entry, PollerState, Waiter } from "./state.js";

// When each task is checked next, and what an answer means for the waits on it.

/**
 * A batch that has room left takes tasks that are not due yet but have waited at least this fraction of
 * their planned interval: the request goes anyway, and a fuller batch means fewer requests later.
 */
const FILL_FRACTION = 0.5;

/** Set by `nextCheckFor` beside its answer: from when the check may ride along early (no object per check). */
let plannedEarliestAt = 0;

/** When this waiter wants its next check after one at `now`: per its schedule, never after its last check time. */
export function nextCheckFor(state: PollerState, waiter: Waiter, now: number, attempt: number): number {
  if (now >= waiter.lastCheckAt) {
    plannedEarliestAt = Infinity;
    return Infinity;
  }
  const delay = waiter.schedule(now > waiter.createdAt ? now - waiter.createdAt : 0, attempt, state.settings.random);
  if (!(typeof delay === "number" && delay >= 0 && delay !== Infinity)) {
    throw new InvalidInputError(
      "invalid_argument",
      `The schedule returned ${String(delay)}: expected a delay in ms >= 0.`,
    );
  }
  const at = Math.min(now + delay, waiter.lastCheckAt);
  plannedEarliestAt = at - delay * FILL_FRACTION;
  return at;
}

/** The earliest-at that went with the last `nextCheckFor` answer. */
export function lastEarliestAt(): number {
  return plannedEarliestAt;
}

/** Puts an entry in its group's due order (or takes it out, for a due time of infinity). */
export function queue(entry: Entry, dueAt: number, earliestAt: number): void {
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
export function planNextCheck(state: PollerState, entry: Entry, now: number): void {
  const { waiters } = entry;
  let at = Infinity;
  let earliestAt = Infinity;
  // Most tasks have one waiter; with more, a copy, since a failing schedule settles its waiter mid-loop.
  for (const waiter of waiters.length === 1 ? waiters : waiters.slice()) {
    let next: number;
    try {
      next = nextCheckFor(state, waiter, now, entry.checks);
    } catch (error) {
      rejectWaiter(state, waiter, error);
      continue;
    }
    if (next < at) at = next;
    if (plannedEarliestAt < earliestAt) earliestAt = plannedEarliestAt;
  }
  if (waiters.length > 0) queue(entry, at, earliestAt);
}

/** Re-queues an entry for a retry at `now + delayMs`, never after its waiters' last check times. */
export function planRetry(entry: Entry, now: number, delayMs: number): void {
  let at = Infinity;
  for (const waiter of entry.waiters) {
    if (now < waiter.lastCheckAt) at = Math.min(at, now + delayMs, waiter.lastCheckAt);
  }
  queue(entry, at, at);
}

// ---- settling waits ---------------------------------------------------------

function removeEntry(state: PollerState, entry: Entry): void {
  const { group } = entry;
  if (group.entries.get(entry.id) === entry) group.entries.delete(entry.id);
  group.due.remove(entry);
  group.early.remove(entry);
  // A group with no task left is dropped, so that sources made per call are not kept.
  if (group.entries.size === 0 && state.groups.get(group.source) === group) {
    state.groups.delete(group.source);
    const { groups } = group.budget;
    groups.splice(groups.indexOf(group), 1);
  }
  const { batch } = entry;
  if (batch !== undefined && !batch.done) {
    batch.live -= 1;
    if (batch.live === 0) abandonBatch(state, batch);
  }
}

function detachSignal(state: PollerState, waiter: Waiter): void {
  const { signal } = waiter;
  if (signal === undefined) return;
  const group = state.signalGroups.get(signal);
  if (group === undefined) return;
  group.waiters.delete(waiter);
  if (group.waiters.size === 0) {
    signal.removeEventListener("abort", group.listener);
    state.signalGroups.delete(signal);
  }
}

/** Takes a waiter out of every structure; returns false when it was already settled. */
function release(state: PollerState, waiter: Waiter): boolean {
  if (waiter.settled) return false;
  waiter.settled = true;
  state.pending -= 1;
  state.deadlines.remove(waiter);
  detachSignal(state, waiter);
  const { entry } = waiter;
  const { waiters } = entry;
  if (waiters[waiters.length - 1] === waiter) waiters.pop();
  else {
    const index = waiters.indexOf(waiter);
    if (index >= 0) waiters.splice(index, 1);
  }
  if (waiters.length === 0) removeEntry(state, entry);
  state.requestReschedule();
  return true;
}

export function rejectWaiter(state: PollerState, waiter: Waiter, reason: unknown): void {
  if (release(state, waiter)) waiter.sink.rejected(waiter.index, waiter.entry.id, reason);
}

export function timeOut(state: PollerState, waiter: Waiter, now: number): void {
  rejectWaiter(
    state,
    waiter,
    new TaskTimeoutError({
      provider: waiter.entry.group.source.provider,
      taskId: waiter.entry.id,
      lastStatus: waiter.lastStatus,
      lastError: waiter.lastError,
      deadline: waiter.deadline,
      elapsedMs: now - waiter.startedAt,
      createdAt: waiter.createdAt,
    }),
  );
}

/** Records a status for a waiter and tells its `onProgress` when it changed; false if the callback threw. */
function observe(state: PollerState, waiter: Waiter, status: AnyStatus): boolean {
  const last = waiter.lastStatus;
  waiter.lastStatus = status;
  waiter.lastError = undefined;
  if (waiter.onProgress === undefined) return true;
  const changed =
    last === undefined ||
    last.state !== status.state ||
    last.statusWord !== status.statusWord ||
    last.progress !== status.progress;
  if (!changed) return true;
  try {
    waiter.onProgress(status);
    return true;
  } catch (error) {
    rejectWaiter(state, waiter, error);
    return false;
  }
}

function applyToWaiter(state: PollerState, waiter: Waiter, status: AnyStatus, now: number): void {
  if (waiter.settled || !observe(state, waiter, status)) return;
  const { entry } = waiter;
  if (status.state === "succeeded") {
    if (release(state, waiter)) {
      waiter.sink.fulfilled(waiter.index, {
        id: entry.id,
        state: "succeeded",
        urls: status.urls ?? [],
        record: status.record,
      });
    }
  } else if (status.state === "failed") {
    const { provider } = entry.group.source;
    rejectWaiter(state, waiter, new TaskFailedError(provider, entry.id, status.error, status.record));
  } else if (status.state === "not_found" && now - waiter.createdAt >= state.settings.notFoundGraceMs) {
    const { provider } = entry.group.source;
    rejectWaiter(state, waiter, new TaskNotFoundError(provider, entry.id, state.settings.notFoundGraceMs));
  }
}

/** A status was read for an entry: settle the waits it ends, plan the next check for the others. */
export function applyStatus(state: PollerState, entry: Entry, status: AnyStatus, now: number): void {
  entry.failures = 0;
  entry.checks += 1;
  const { waiters } = entry;
  if (waiters.length === 1) applyToWaiter(state, waiters[0] as Waiter, status, now);
  else for (const waiter of waiters.slice()) applyToWaiter(state, waiter, status, now);
  if (waiters.length > 0) planNextCheck(state, entry, now);
}

/** A request for an entry failed in a way that may heal: back off and retry within the deadline. */
export function retryEntry(
  state: PollerState,
  entry: Entry,
  now: number,
  error: unknown,
  retryAfterMs: number | undefined,
): void {
  entry.failures += 1;
  for (const waiter of entry.waiters) waiter.lastError = error;
  const { retry, random } = state.settings;
  const backoff = backoffDelay(entry.failures, random, retry);
  planRetry(entry, now, Math.max(retryAfterMs ?? 0, backoff));
}
