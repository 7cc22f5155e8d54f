import type { TaskSource } from "@gentask/core";
import {
  checkPollerOptions,
  checkSource,
  checkWaitOptions,
  normalizeTask,
  normalizeTasks,
  type Reference,
} from "./checks.js";
import { createPollerCore, type PollerCore } from "./core.js";
import { PollingStoppedError, type Sink } from "./state.js";
import type { CompletedTask, Poller, PollerOptions, TaskOutcome, TaskReference, WaitOptions } from "./types.js";

// The public methods, each a function of the core, so that a bundle that uses `waitForTask` alone leaves the
// others out.

// ---- where settled waits go ---------------------------------------------------

/** The sink of one `waitForTask`: its promise. */
class PromiseSink implements Sink {
  readonly #resolve: (task: CompletedTask<unknown>) => void;
  readonly #reject: (reason: unknown) => void;

  constructor(resolve: (task: CompletedTask<unknown>) => void, reject: (reason: unknown) => void) {
    this.#resolve = resolve;
    this.#reject = reject;
  }

  fulfilled(_index: number, task: CompletedTask<unknown>): void {
    this.#resolve(task);
  }

  rejected(_index: number, _id: string, reason: unknown): void {
    this.#reject(reason);
  }
}

/** The sink of one `waitForTasks`: one outcome per task, in input order, resolved when the last settles. */
class CollectingSink implements Sink {
  private readonly outcomes: TaskOutcome<unknown>[];
  private remaining: number;

  constructor(
    count: number,
    private readonly resolve: (outcomes: TaskOutcome<unknown>[]) => void,
  ) {
    this.outcomes = new Array(count);
    this.remaining = count;
  }

  fulfilled(index: number, task: CompletedTask<unknown>): void {
    this.outcomes[index] = { id: task.id, status: "fulfilled", value: task };
    if (--this.remaining === 0) this.resolve(this.outcomes);
  }

  rejected(index: number, id: string, reason: unknown): void {
    this.outcomes[index] = { id, status: "rejected", reason };
    if (--this.remaining === 0) this.resolve(this.outcomes);
  }
}

/** The sink of one `watchTasks`: outcomes in the order they finish. */
class StreamingSink implements Sink {
  readonly finished: TaskOutcome<unknown>[] = [];
  wake: (() => void) | undefined;

  fulfilled(_index: number, task: CompletedTask<unknown>): void {
    this.push({ id: task.id, status: "fulfilled", value: task });
  }

  rejected(_index: number, id: string, reason: unknown): void {
    this.push({ id, status: "rejected", reason });
  }

  private push(outcome: TaskOutcome<unknown>): void {
    this.finished.push(outcome);
    this.wake?.();
  }
}

/** `waitForTask` on a core. */
export function waitOne<TaskRecord>(
  core: PollerCore,
  source: TaskSource<TaskRecord>,
  task: TaskReference,
  waitOptions: WaitOptions<TaskRecord> = {},
): Promise<CompletedTask<TaskRecord>> {
  let reference: Reference;
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
    const sink = new PromiseSink(resolve as (task: CompletedTask<unknown>) => void, reject);
    core.start(source as TaskSource<unknown>, [reference], waitOptions as WaitOptions<unknown>, sink);
  });
}

/** `waitForTasks` on a core. */
export async function waitMany<TaskRecord>(
  core: PollerCore,
  source: TaskSource<TaskRecord>,
  tasks: readonly TaskReference[],
  waitOptions: WaitOptions<TaskRecord> = {},
): Promise<TaskOutcome<TaskRecord>[]> {
  checkSource(source);
  const references = normalizeTasks(tasks);
  checkWaitOptions(waitOptions as WaitOptions<never>);
  const { signal } = waitOptions;
  if (signal?.aborted) throw signal.reason;
  const outcomes = await new Promise<TaskOutcome<unknown>[]>((resolve) => {
    const sink = new CollectingSink(references.length, resolve);
    core.start(source as TaskSource<unknown>, references, waitOptions as WaitOptions<unknown>, sink);
  });
  if (
    signal?.aborted &&
    outcomes.some((outcome) => outcome.status === "rejected" && outcome.reason === signal.reason)
  ) {
    throw signal.reason;
  }
  return outcomes as TaskOutcome<TaskRecord>[];
}

/** `watchTasks` on a core. */
export function watchMany<TaskRecord>(
  core: PollerCore,
  source: TaskSource<TaskRecord>,
  tasks: readonly TaskReference[],
  waitOptions: WaitOptions<TaskRecord> = {},
): AsyncGenerator<TaskOutcome<TaskRecord>, void, undefined> {
  checkSource(source);
  const references = normalizeTasks(tasks);
  checkWaitOptions(waitOptions as WaitOptions<never>);
  return watch(core, source as TaskSource<unknown>, references, waitOptions as WaitOptions<unknown>) as AsyncGenerator<
    TaskOutcome<TaskRecord>,
    void,
    undefined
  >;
}

async function* watch(
  core: PollerCore,
  source: TaskSource<unknown>,
  references: Reference[],
  waitOptions: WaitOptions<unknown>,
): AsyncGenerator<TaskOutcome<unknown>, void, undefined> {
  const callerSignal = waitOptions.signal;
  if (callerSignal?.aborted) throw callerSignal.reason;
  // Leaving the loop aborts this controller, which ends the waits still running.
  const stop = new AbortController();
  const onCallerAbort = () => stop.abort(callerSignal?.reason);
  callerSignal?.addEventListener("abort", onCallerAbort, { once: true });
  const sink = new StreamingSink();
  try {
    core.start(source, references, { ...waitOptions, signal: stop.signal }, sink);
    for (let remaining = references.length; remaining > 0; remaining -= 1) {
      while (sink.finished.length === 0 && !stop.signal.aborted) {
        await new Promise<void>((resolve) => {
          sink.wake = resolve;
        });
        sink.wake = undefined;
      }
      if (callerSignal?.aborted) throw callerSignal.reason;
      yield sink.finished.shift() as TaskOutcome<unknown>;
    }
  } finally {
    callerSignal?.removeEventListener("abort", onCallerAbort);
    if (!stop.signal.aborted) stop.abort(new PollingStoppedError());
  }
}

/** `checkNow` on a core: the task's next check moves to now, in every group of its API key. */
function checkNow(core: PollerCore, source: TaskSource<unknown>, taskId: string): boolean {
  checkSource(source);
  const now = core.clock.now();
  let found = false;
  // The task may be waited for through another source object with the same key: check it there too.
  for (const group of core.budgets.get(source.budgetKey)?.groups ?? []) {
    const entry = group.entries.get(taskId);
    if (entry === undefined) continue;
    found = true;
    // A request in flight may have been read before the task finished: its answer, if still running, is
    // followed by another check at once. A retry backoff is kept (the provider asked for room).
    if (entry.batch !== undefined) entry.checkAgain = true;
    else if (entry.failures === 0 && entry.dueAt > now) core.queue(entry, now, now);
  }
  if (found) core.requestReschedule();
  return found;
}

/** Creates a poller: waits made through it share one timer, one rate budget per API key, batches and de-duplication. */
export function createPoller(options: PollerOptions = {}): Poller {
  checkPollerOptions(options);
  const core = createPollerCore(options);
  return {
    waitForTask: (source, task, waitOptions) => waitOne(core, source, task, waitOptions),
    waitForTasks: (source, tasks, waitOptions) => waitMany(core, source, tasks, waitOptions),
    watchTasks: (source, tasks, waitOptions) => watchMany(core, source, tasks, waitOptions),
    checkNow: (source, taskId) => checkNow(core, source, taskId),
    get pending() {
      return core.pending;
    },
  };
}
