import type { TaskSource, TaskStatus } from "@gentask/core";
import type { RateBudget } from "./budget.js";
import type { IndexedHeap } from "./heap.js";
import type { Schedule } from "./schedule.js";
import type { CompletedTask } from "./types.js";

// The records the poller's engine (core.ts) keeps: one per wait, per task id and source, per source, per
// API key and per request in flight.

export type AnyStatus = TaskStatus<unknown>;
export type ProgressCallback = (status: AnyStatus) => void;

/** Where a settled wait goes: one promise (`waitForTask`) or the collector of a many-task call. */
export interface Sink {
  /** `index`: the wait's position in its call. */
  fulfilled(index: number, task: CompletedTask<unknown>): void;
  rejected(index: number, id: string, reason: unknown): void;
}

/** One wait on one task. */
export interface Waiter {
  entry: Entry;
  sink: Sink;
  /** The wait's position in its call (many-task calls), for the collector. */
  index: number;
  deadline: number;
  /** The time of the last check: just before the deadline. */
  lastCheckAt: number;
  createdAt: number;
  startedAt: number;
  schedule: Schedule;
  onProgress: ProgressCallback | undefined;
  signal: AbortSignal | undefined;
  lastStatus: AnyStatus | undefined;
  lastError: unknown;
  /** Position in the deadline heap: a wait is pending exactly while it is in that heap. */
  deadlineSlot: number;
}

/** One task id read through one source, shared by every wait on it. */
export interface Entry {
  id: string;
  group: Group;
  waiters: Waiter[];
  /** When the next check is due. */
  dueAt: number;
  /** From when the task may ride along in a batch that goes anyway. */
  earliestAt: number;
  /** Positions in the group's heaps. */
  dueSlot: number;
  earlySlot: number;
  /** Creation order: breaks ties between equal due times, first come first served. */
  sequence: number;
  /** Checks answered so far. */
  checks: number;
  /** Failed requests in a row. */
  failures: number;
  batch: Batch | undefined;
  /**
   * A check was asked for (`checkNow`) while a request for the task was in flight: that answer may predate
   * what the caller learnt, so a task it finds still running is checked again at once.
   */
  checkAgain: boolean;
}

/** The tasks waited for through one source object: they are read through it, in batches of its own. */
export interface Group {
  source: TaskSource<unknown>;
  budget: Budget;
  entries: Map<string, Entry>;
  /** The group's tasks by due time, and by the time from which they may ride along early. */
  due: IndexedHeap<Entry>;
  early: IndexedHeap<Entry>;
}

/** One API key (`budgetKey`): its rate budget, shared by every source with that key. */
export interface Budget {
  rate: RateBudget;
  /** The key's rate limit, for the schedule's `load`. */
  requestsPerSecond: number;
  /** Tasks waited for on the key, through any of its groups. */
  entries: number;
  groups: Group[];
  /** A reserved send time not used yet. */
  slot: number | undefined;
  /** A reservation on its way (shared budgets answer asynchronously). */
  reserving: boolean;
  rateLimitedInARow: number;
}

/** One status request in flight; requests in flight form a list in the order they were sent. */
export interface Batch {
  group: Group;
  entries: Entry[];
  /** Created on first use of the signal: an instant source that ignores it costs no controller. */
  controller: AbortController | undefined;
  /** Entries that still have a waiter: at zero the request is aborted. */
  live: number;
  sentAt: number;
  timeoutAt: number;
  done: boolean;
  previous: Batch | undefined;
  next: Batch | undefined;
}

/** The reason given to requests the poller cancels because nobody waits for their answer any more. */
export class PollingStoppedError extends Error {
  override name = "PollingStoppedError";

  constructor() {
    super("Polling stopped: no wait needs this request any more.");
  }
}
