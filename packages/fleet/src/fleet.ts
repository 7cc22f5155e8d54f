import { ApiError, GentaskError, InvalidInputError, type TaskSource } from "@gentask/core";
import {
  createPoller,
  type Poller,
  type PollerOptions,
  type RateBudgetFactory,
  TaskFailedError,
  TaskNotFoundError,
  TaskTimeoutError,
} from "@gentask/poller";
import {
  type ConnectionOptions,
  type Job,
  Queue,
  QueueEvents,
  QueueEventsProducer,
  WaitingError,
  Worker,
} from "bullmq";
import { type RedisConnection, type RedisRateBudget, redisRateBudget } from "./redis-budget.js";

/** A task the fleet tracks: plain data, stored in Redis (never a credential). */
export interface TrackedTask<Metadata = unknown> {
  /** The provider's short name (`veo`, `kie`, ...): the workers pick their source by it. */
  provider: string;
  taskId: string;
  /** When the task was created (epoch ms): the schedule counts the task's age from it. */
  createdAt: number;
  /** When to stop waiting (epoch ms): the outcome is then `timeout`, with the task's id to look it up later. */
  deadline: number;
  /** Your own data about the task (JSON): it comes back with the outcome. */
  metadata: Metadata | undefined;
}

/** What `track` takes: `createdAt` defaults to now, `deadline` to `timeoutMs` (default 15 minutes) after it. */
export interface TrackRequest<Metadata = unknown> {
  provider: string;
  taskId: string;
  createdAt?: number | undefined;
  deadline?: number | undefined;
  timeoutMs?: number | undefined;
  metadata?: Metadata | undefined;
}

/** Why a tracked task did not succeed: the poller's typed error, as plain data. */
export interface OutcomeError {
  /** `TaskFailedError`, `TaskNotFoundError`, `TaskTimeoutError`, `ApiError`, ... */
  name: string;
  code: string;
  message: string;
  /** The HTTP status, for an `ApiError`. */
  status?: number | undefined;
}

/** How a tracked task ended: reported once, to every process that awaits or subscribes. */
export type TrackedOutcome<Metadata = unknown, TaskRecord = unknown> =
  | {
      provider: string;
      taskId: string;
      metadata: Metadata | undefined;
      status: "succeeded";
      urls: string[];
      record: TaskRecord;
    }
  | {
      provider: string;
      taskId: string;
      metadata: Metadata | undefined;
      status: "failed" | "not_found" | "timeout" | "error";
      error: OutcomeError;
    };

export interface FleetOptions {
  /** The Redis all producers and workers share: a URL, ioredis options, or an ioredis client. */
  connection: RedisConnection;
  /** The queue's name (default `gentask-tasks`): fleets with different names do not see each other's tasks. */
  name?: string | undefined;
  /** Prefix of every Redis key (default `gentask`). */
  prefix?: string | undefined;
  /** How long finished tasks and their outcomes stay in Redis, in seconds (default one day). */
  keepFinishedSeconds?: number | undefined;
}

/** Options of a worker: where its sources come from, and how it waits. */
export interface FleetWorkerOptions {
  /**
   * The task source for each tracked task, from your code (credentials stay in your process): one per
   * provider name, or a function of the task (to pick an API key by `metadata`, for example). Return the
   * same source object for tasks that should be read together in batches.
   */
  sources: Record<string, TaskSource<unknown>> | ((task: TrackedTask) => TaskSource<unknown>);
  /** How many tasks this worker waits for at once (default 1,000); more wait in Redis. */
  concurrency?: number | undefined;
  /**
   * The rate budget of each API key (default: shared by every worker through this fleet's Redis). Pass
   * `inProcessBudget` from `@gentask/poller` to keep each process to its own.
   */
  rateBudget?: RateBudgetFactory | undefined;
  /** Options of the worker's poller (schedule, request timeout, Retry-After cap, ...). */
  poller?: Omit<PollerOptions, "rateBudget"> | undefined;
  /**
   * How long a worker's hold on a task lasts without renewal, in ms (default 30 s): a worker that died
   * loses its tasks to another after at most this plus `stalledIntervalMs`.
   */
  lockDurationMs?: number | undefined;
  /** How often workers look for tasks of dead workers, in ms (default 30 s). */
  stalledIntervalMs?: number | undefined;
  /** How many times a task may be taken over from a dead worker before it ends as an error (default 5). */
  maxTakeovers?: number | undefined;
}

export interface FleetWorker {
  /** Tasks this worker waits for now. */
  readonly pending: number;
  /** Stops taking tasks and hands the ones it waits for back to the queue at once, for another worker. */
  close(): Promise<void>;
}

export interface Fleet<Metadata = unknown> {
  /** Records a task to track; tracking the same provider and id again changes nothing. */
  track(task: TrackRequest<Metadata>): Promise<TrackedTask<Metadata>>;
  /** Records many tasks in one round trip. */
  trackMany(tasks: readonly TrackRequest<Metadata>[]): Promise<TrackedTask<Metadata>[]>;
  /** Resolves with the task's outcome once a worker on any machine finished it (at once if it already did). */
  result(provider: string, taskId: string): Promise<TrackedOutcome<Metadata>>;
  /** Calls `listener` with every outcome from now on; returns the function that stops it. */
  subscribe(listener: (outcome: TrackedOutcome<Metadata>) => void): () => void;
  /**
   * A provider's callback for this task arrived (in any process): the worker that holds the task reads it
   * at the next chance its rate budget allows.
   */
  checkNow(provider: string, taskId: string): Promise<void>;
  /** Starts a worker in this process. */
  startWorker(options: FleetWorkerOptions): FleetWorker;
  /** Closes the fleet's connections (close its workers first). */
  close(): Promise<void>;
}

const DEFAULT_TIMEOUT_MS = 15 * 60_000;
const CHECK_NOW_EVENT = "gentask:check-now";
/** The events stream keeps about this many events (BullMQ's default for a queue). */
const MAX_EVENTS = 10_000;

function fail(message: string): never {
  throw new InvalidInputError("invalid_argument", message);
}

/** The job id of a task: BullMQ ids may not contain ":", so both parts are URI-encoded. */
function jobIdOf(provider: string, taskId: string): string {
  return `${encodeURIComponent(provider)}/${encodeURIComponent(taskId)}`;
}

function checkTaskId(provider: unknown, taskId: unknown): void {
  if (typeof provider !== "string" || provider === "") fail("provider must be a non-empty string.");
  if (typeof taskId !== "string" || taskId.trim() === "") fail("taskId must be a non-empty string.");
}

function toTrackedTask<Metadata>(request: TrackRequest<Metadata>, now: number): TrackedTask<Metadata> {
  if (typeof request !== "object" || request === null) fail("track needs { provider, taskId }.");
  checkTaskId(request.provider, request.taskId);
  for (const name of ["createdAt", "deadline", "timeoutMs"] as const) {
    const value = request[name];
    if (value !== undefined && !(typeof value === "number" && Number.isFinite(value))) {
      fail(`${name} must be a finite number of ms, got ${String(value)}.`);
    }
  }
  if (request.timeoutMs !== undefined && request.timeoutMs <= 0) fail("timeoutMs must be > 0.");
  const createdAt = request.createdAt ?? now;
  return {
    provider: request.provider,
    taskId: request.taskId,
    createdAt,
    deadline: request.deadline ?? now + (request.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    metadata: request.metadata,
  };
}

/** The poller's error for an outcome, as plain data (API errors never carry the key). */
function describeError(error: unknown): {
  status: Exclude<TrackedOutcome["status"], "succeeded">;
  error: OutcomeError;
} {
  const status =
    error instanceof TaskFailedError
      ? "failed"
      : error instanceof TaskNotFoundError
        ? "not_found"
        : error instanceof TaskTimeoutError
          ? "timeout"
          : "error";
  if (error instanceof GentaskError) {
    return {
      status,
      error: {
        name: error.name,
        code: error.code,
        message: error.message,
        status: error instanceof ApiError ? error.status : undefined,
      },
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { status, error: { name: error instanceof Error ? error.name : "Error", code: "worker_error", message } };
}

/** BullMQ connection options: a URL or ioredis options (BullMQ makes its own connections from them). */
function bullConnection(connection: RedisConnection): ConnectionOptions {
  if (typeof connection === "string") return { url: connection, maxRetriesPerRequest: null };
  if (typeof (connection as { duplicate?: unknown }).duplicate === "function") {
    // An ioredis client: BullMQ takes it as is (it duplicates it for its blocking connections).
    return connection as unknown as ConnectionOptions;
  }
  return { ...(connection as object), maxRetriesPerRequest: null } as ConnectionOptions;
}

/**
 * Durable tracking of generation tasks on Redis, with BullMQ: producers record the tasks to track,
 * workers on any machine wait for them (batched, within each key's shared rate budget), and outcomes go
 * out as events any process can await or subscribe to. A worker that dies loses nothing: another takes
 * its tasks over from their stored handles before their deadlines, and each outcome is reported once.
 */
export function createFleet<Metadata = unknown>(options: FleetOptions): Fleet<Metadata> {
  if (typeof options !== "object" || options === null || options.connection === undefined) {
    fail("createFleet needs { connection }: a Redis URL, ioredis options or client.");
  }
  const name = options.name ?? "gentask-tasks";
  const prefix = options.prefix ?? "gentask";
  const keepSeconds = options.keepFinishedSeconds ?? 24 * 3600;
  if (!(Number.isFinite(keepSeconds) && keepSeconds > 0)) fail("keepFinishedSeconds must be > 0.");
  const connection = bullConnection(options.connection);
  const queue = new Queue<TrackedTask<Metadata>, TrackedOutcome<Metadata>, "task">(name, {
    connection,
    prefix,
    defaultJobOptions: {
      attempts: 1,
      removeOnComplete: { age: keepSeconds },
      removeOnFail: { age: keepSeconds },
    },
  });
  let events: QueueEvents | undefined;
  let producer: QueueEventsProducer | undefined;
  const workers = new Set<FleetWorker>();
  const listeners = new Set<(outcome: TrackedOutcome<Metadata>) => void>();
  /** Callers of `result`, by job id. */
  const awaiting = new Map<string, Set<(outcome: TrackedOutcome<Metadata>) => void>>();

  const deliver = (jobId: string, outcome: TrackedOutcome<Metadata>) => {
    const waiting = awaiting.get(jobId);
    awaiting.delete(jobId);
    for (const resolve of waiting ?? []) resolve(outcome);
    for (const listener of listeners) listener(outcome);
  };

  /** A job BullMQ failed itself (taken over from dead workers more often than allowed): an error outcome. */
  const lostOutcome = (job: Job<TrackedTask<Metadata>>, reason: string): TrackedOutcome<Metadata> => ({
    provider: job.data.provider,
    taskId: job.data.taskId,
    metadata: job.data.metadata,
    status: "error",
    error: { name: "FleetError", code: "worker_lost", message: reason },
  });

  /** The fleet's one reader of the events stream (made on first use). */
  const queueEvents = (): QueueEvents => {
    if (events === undefined) {
      events = new QueueEvents(name, { connection, prefix });
      events.on("error", () => {});
      events.on("completed", ({ jobId, returnvalue }) => deliver(jobId, returnvalue as TrackedOutcome<Metadata>));
      events.on("failed", ({ jobId, failedReason }) => {
        queue.getJob(jobId).then(
          (job) => {
            if (job !== undefined) deliver(jobId, lostOutcome(job, failedReason));
          },
          () => {},
        );
      });
    }
    return events;
  };

  const jobOptions = (task: TrackedTask<Metadata>) => ({ jobId: jobIdOf(task.provider, task.taskId) });

  async function track(request: TrackRequest<Metadata>): Promise<TrackedTask<Metadata>> {
    const task = toTrackedTask(request, Date.now());
    await queue.add("task", task, jobOptions(task));
    return task;
  }

  async function trackMany(requests: readonly TrackRequest<Metadata>[]): Promise<TrackedTask<Metadata>[]> {
    if (!Array.isArray(requests)) fail("trackMany needs an array of tasks.");
    const now = Date.now();
    const tasks = requests.map((request) => toTrackedTask<Metadata>(request, now));
    await queue.addBulk(tasks.map((task) => ({ name: "task", data: task, opts: jobOptions(task) })));
    return tasks;
  }

  async function result(provider: string, taskId: string): Promise<TrackedOutcome<Metadata>> {
    checkTaskId(provider, taskId);
    const jobId = jobIdOf(provider, taskId);
    const reader = queueEvents();
    let resolveOutcome!: (outcome: TrackedOutcome<Metadata>) => void;
    const outcome = new Promise<TrackedOutcome<Metadata>>((resolve) => {
      resolveOutcome = resolve;
    });
    // Listen first, then look: an outcome that lands in between is caught either way.
    let waiting = awaiting.get(jobId);
    if (waiting === undefined) {
      waiting = new Set();
      awaiting.set(jobId, waiting);
    }
    waiting.add(resolveOutcome);
    const forget = () => {
      waiting.delete(resolveOutcome);
      if (waiting.size === 0 && awaiting.get(jobId) === waiting) awaiting.delete(jobId);
    };
    try {
      await reader.waitUntilReady();
      // The state first, then the job: a job read before it finished would carry no outcome yet.
      const state = await queue.getJobState(jobId);
      const job = state === "unknown" ? undefined : await queue.getJob(jobId);
      if (job === undefined) {
        throw new InvalidInputError(
          "not_tracked",
          `${provider} task ${taskId} is not tracked (or its outcome is older than ${keepSeconds} s).`,
        );
      }
      if (state === "completed") {
        forget();
        return job.returnvalue;
      }
      if (state === "failed") {
        forget();
        return lostOutcome(job, job.failedReason);
      }
    } catch (error) {
      forget();
      throw error;
    }
    return outcome;
  }

  function subscribe(listener: (outcome: TrackedOutcome<Metadata>) => void): () => void {
    if (typeof listener !== "function") fail("subscribe needs a function.");
    queueEvents();
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  async function checkNow(provider: string, taskId: string): Promise<void> {
    checkTaskId(provider, taskId);
    producer ??= new QueueEventsProducer(name, { connection, prefix });
    await producer.publishEvent({ eventName: CHECK_NOW_EVENT, jobId: jobIdOf(provider, taskId) }, MAX_EVENTS);
  }

  function startWorker(workerOptions: FleetWorkerOptions): FleetWorker {
    const worker = startFleetWorker<Metadata>(name, prefix, connection, options.connection, workerOptions, queueEvents);
    workers.add(worker);
    return worker;
  }

  async function close(): Promise<void> {
    await Promise.all([...workers].map((worker) => worker.close()));
    await Promise.all([queue.close(), events?.close(), producer?.close()]);
  }

  return { track, trackMany, result, subscribe, checkNow, startWorker, close };
}

function startFleetWorker<Metadata>(
  name: string,
  prefix: string,
  connection: ConnectionOptions,
  userConnection: RedisConnection,
  options: FleetWorkerOptions,
  queueEvents: () => QueueEvents,
): FleetWorker {
  if (typeof options !== "object" || options === null) fail("startWorker needs { sources }.");
  const { sources } = options;
  if (typeof sources !== "function" && (typeof sources !== "object" || sources === null)) {
    fail("sources must be an object of task sources by provider, or a function of the task.");
  }
  const concurrency = options.concurrency ?? 1_000;
  if (!(Number.isInteger(concurrency) && concurrency >= 1)) fail("concurrency must be an integer >= 1.");
  const sharedBudget: RedisRateBudget | undefined =
    options.rateBudget === undefined ? redisRateBudget({ connection: userConnection, prefix }) : undefined;
  const poller: Poller = createPoller({ ...options.poller, rateBudget: options.rateBudget ?? sharedBudget });
  /** The tasks this worker waits for, by job id: a check-now event for one of them reaches it here. */
  const held = new Map<string, { source: TaskSource<unknown>; taskId: string }>();
  const stopping = new AbortController();

  const sourceFor = (task: TrackedTask): TaskSource<unknown> => {
    const source = typeof sources === "function" ? sources(task) : sources[task.provider];
    if (source === undefined) {
      throw new InvalidInputError(
        "invalid_argument",
        `This worker has no task source for provider "${task.provider}".`,
      );
    }
    return source;
  };

  const processor = async (
    job: Job<TrackedTask<Metadata>, TrackedOutcome<Metadata>>,
    token?: string,
    signal?: AbortSignal,
  ): Promise<TrackedOutcome<Metadata>> => {
    const task = job.data;
    const base = { provider: task.provider, taskId: task.taskId, metadata: task.metadata };
    const jobId = job.id as string;
    try {
      const source = sourceFor(task);
      held.set(jobId, { source, taskId: task.taskId });
      const waitSignal = signal === undefined ? stopping.signal : AbortSignal.any([stopping.signal, signal]);
      const done = await poller.waitForTask(
        source,
        { provider: task.provider, taskId: task.taskId, createdAt: task.createdAt, deadline: task.deadline },
        { signal: waitSignal },
      );
      return { ...base, status: "succeeded", urls: done.urls, record: done.record };
    } catch (error) {
      if (stopping.signal.aborted) {
        // The worker is closing: the task goes back to the queue for another worker, not to an outcome.
        await job.moveToWait(token);
        throw new WaitingError();
      }
      return { ...base, ...describeError(error) } as TrackedOutcome<Metadata>;
    } finally {
      held.delete(jobId);
    }
  };

  const worker = new Worker<TrackedTask<Metadata>, TrackedOutcome<Metadata>>(name, processor, {
    connection,
    prefix,
    concurrency,
    lockDuration: options.lockDurationMs ?? 30_000,
    stalledInterval: options.stalledIntervalMs ?? 30_000,
    maxStalledCount: options.maxTakeovers ?? 5,
  });
  // Connection errors are retried by BullMQ; they must not crash the process as unhandled 'error' events.
  worker.on("error", () => {});

  const events = queueEvents();
  const onCheckNow = (args: { jobId?: string }) => {
    const holding = args.jobId === undefined ? undefined : held.get(args.jobId);
    if (holding !== undefined) poller.checkNow(holding.source, holding.taskId);
  };
  events.on(CHECK_NOW_EVENT as "completed", onCheckNow as never);

  let closing: Promise<void> | undefined;
  return {
    get pending() {
      return held.size;
    },
    close() {
      closing ??= (async () => {
        events.off(CHECK_NOW_EVENT as "completed", onCheckNow as never);
        stopping.abort(new Error("The fleet worker is closing."));
        await worker.close();
        await sharedBudget?.close();
      })();
      return closing;
    },
  };
}
