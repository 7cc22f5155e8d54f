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
import type { Redis } from "ioredis";
import {
  describeRedisError,
  FleetError,
  type RedisConnection,
  RedisHealth,
  RedisUnavailableError,
  redisAddress,
  redisClient,
  WATCH_OPTIONS,
  withTimeout,
} from "./health.js";
import { createSharedBudget } from "./redis-budget.js";

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
  /**
   * How long a call waits for Redis before it rejects with `RedisUnavailableError`, in ms (default 3 s). A
   * call made while Redis is known to be unreachable rejects at once; `close()` takes at most twice this.
   */
  redisTimeoutMs?: number | undefined;
  /**
   * How long a worker's hold on a task lasts without renewal, in ms (default 10 s). Workers renew it every
   * quarter of it: one small Lua call per worker, whatever the number of tasks it holds.
   */
  lockDurationMs?: number | undefined;
  /**
   * How often workers look for the tasks of dead workers, in ms (default 5 s): one Lua call per worker. A
   * dead worker's tasks are taken over after at most `lockDurationMs + stalledIntervalMs` (15 s by default).
   */
  stalledIntervalMs?: number | undefined;
  /** Read Redis's persistence and eviction settings at start, and warn once when tasks could be lost (default true). */
  checkDurability?: boolean | undefined;
  /**
   * Where the fleet's few lines go (default `console.warn`): one when Redis goes away and one when it is
   * back, the durability warning, a deadline shorter than the takeover time, tasks lost by Redis.
   */
  log?: ((message: string) => void) | undefined;
}

/** Options of `result`: how long to wait for the outcome, and a signal to stop waiting. */
export interface ResultOptions {
  /**
   * How long to wait for the outcome, in ms (default: until the task's deadline, plus the takeover time,
   * plus 30 s); then `result` rejects with `FleetError` `result_timeout` (the task stays tracked).
   */
  timeoutMs?: number | undefined;
  /** Stops waiting: `result` rejects with the signal's reason (the task stays tracked). */
  signal?: AbortSignal | undefined;
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
  /**
   * Resolves with the task's outcome once a worker on any machine finished it (at once if it already did).
   * Rejects with `FleetError` `result_timeout` after `timeoutMs`, `task_lost` when Redis lost the task
   * (restarted without persistence), and with `RedisUnavailableError` when Redis cannot be reached to look.
   */
  result(provider: string, taskId: string, options?: ResultOptions): Promise<TrackedOutcome<Metadata>>;
  /** Calls `listener` with every outcome from now on; returns the function that stops it. */
  subscribe(listener: (outcome: TrackedOutcome<Metadata>) => void): () => void;
  /**
   * A provider's callback for this task arrived (in any process): the worker that holds the task reads it
   * at the next chance its rate budget allows.
   */
  checkNow(provider: string, taskId: string): Promise<void>;
  /** Starts a worker in this process. */
  startWorker(options: FleetWorkerOptions): FleetWorker;
  /** Closes the fleet's workers and connections; waits for Redis at most twice `redisTimeoutMs`, then drops them. */
  close(): Promise<void>;
}

const DEFAULT_TIMEOUT_MS = 15 * 60_000;
const DEFAULT_REDIS_TIMEOUT_MS = 3_000;
const DEFAULT_LOCK_DURATION_MS = 10_000;
const DEFAULT_STALLED_INTERVAL_MS = 5_000;
/** A `result` with no timeout of its own waits this long past the task's deadline and the takeover time. */
const RESULT_GRACE_MS = 30_000;
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
 * Drops a BullMQ object's Redis connections at once, after its `close()` waited too long (Redis away):
 * BullMQ's own `disconnect()` first waits for a connection that may never come, so its clients are
 * disconnected directly, and stop reconnecting (the process can then exit).
 */
function dropConnections(item: Queue | QueueEvents | QueueEventsProducer | Worker): void {
  item.disconnect().catch(() => {});
  const backend = (item as unknown as { backend?: Record<string, { _client?: { disconnect(): void } } | undefined> })
    .backend;
  for (const connection of [backend?.connection, backend?.blockingConnection]) {
    try {
      connection?._client?.disconnect();
    } catch {
      // already closed
    }
  }
}

function positive(value: number | undefined, fallback: number, name: string): number {
  const result = value ?? fallback;
  if (!(Number.isFinite(result) && result > 0)) fail(`${name} must be a number of ms > 0, got ${String(value)}.`);
  return result;
}

/** One waiting `result` call. */
interface Awaiting<Metadata> {
  provider: string;
  taskId: string;
  resolve(outcome: TrackedOutcome<Metadata>): void;
  reject(error: unknown): void;
}

/**
 * Tracking of generation tasks on Redis, with BullMQ: producers record the tasks to track, workers on
 * any machine wait for them (batched, within each key's shared rate budget), and outcomes go out as
 * events any process can await or subscribe to. A worker that dies loses nothing: another takes its tasks
 * over from their stored handles after at most the takeover time (`lockDurationMs + stalledIntervalMs`),
 * and each outcome is reported once. What survives a Redis restart depends on Redis's persistence, which
 * the fleet checks at start.
 */
export function createFleet<Metadata = unknown>(options: FleetOptions): Fleet<Metadata> {
  if (typeof options !== "object" || options === null || options.connection === undefined) {
    fail("createFleet needs { connection }: a Redis URL, ioredis options or client.");
  }
  const name = options.name ?? "gentask-tasks";
  const prefix = options.prefix ?? "gentask";
  const keepSeconds = options.keepFinishedSeconds ?? 24 * 3600;
  if (!(Number.isFinite(keepSeconds) && keepSeconds > 0)) fail("keepFinishedSeconds must be > 0.");
  const redisTimeoutMs = positive(options.redisTimeoutMs, DEFAULT_REDIS_TIMEOUT_MS, "redisTimeoutMs");
  const lockDurationMs = positive(options.lockDurationMs, DEFAULT_LOCK_DURATION_MS, "lockDurationMs");
  const stalledIntervalMs = positive(options.stalledIntervalMs, DEFAULT_STALLED_INTERVAL_MS, "stalledIntervalMs");
  const takeoverMs = lockDurationMs + stalledIntervalMs;
  const log = options.log ?? ((message: string) => console.warn(message));
  const address = redisAddress(options.connection);
  const health = new RedisHealth(
    address,
    log,
    "the fleet's calls reject with RedisUnavailableError and workers keep to their share of each API key's rate until it is back.",
  );
  // The fleet's own watch on Redis: a connection that never holds a command while Redis is away.
  const watcher: Redis =
    typeof (options.connection as { duplicate?: unknown }).duplicate === "function"
      ? (options.connection as Redis).duplicate({ ...WATCH_OPTIONS, enableOfflineQueue: false })
      : redisClient(options.connection, { ...WATCH_OPTIONS, enableOfflineQueue: false }).client;
  health.watch(watcher);
  const connection = bullConnection(options.connection);
  const quiet = () => {};
  const queue = new Queue<TrackedTask<Metadata>, TrackedOutcome<Metadata>, "task">(name, {
    connection,
    prefix,
    defaultJobOptions: {
      attempts: 1,
      removeOnComplete: { age: keepSeconds },
      removeOnFail: { age: keepSeconds },
    },
  });
  // Every BullMQ object gets an error listener: without one BullMQ prints each reconnection attempt's
  // stack trace. Outages are said once, by the health watch.
  queue.on("error", quiet);
  let events: QueueEvents | undefined;
  let producer: QueueEventsProducer | undefined;
  const workers = new Set<FleetWorker>();
  const listeners = new Set<(outcome: TrackedOutcome<Metadata>) => void>();
  /** Callers of `result`, by job id. */
  const awaiting = new Map<string, Set<Awaiting<Metadata>>>();
  let closed = false;
  let closing: Promise<void> | undefined;
  let warnedDeadline = false;

  const unavailable = (what: string, why: string) =>
    new RedisUnavailableError(address, `Redis at ${address} ${why}: ${what} failed.`);

  /** Resolves once the fleet's connection is ready; rejects at once when Redis is known to be away. */
  const reachable = (what: string, timeoutMs: number): Promise<void> => {
    if (watcher.status === "ready") return Promise.resolve();
    if (health.down) return Promise.reject(unavailable(what, `is unreachable (${health.reason})`));
    return new Promise((resolve, reject) => {
      const finish = (error?: Error) => {
        clearTimeout(timer);
        watcher.off("ready", onReady);
        stop();
        if (error) reject(error);
        else resolve();
      };
      const onReady = () => finish();
      const stop = health.listen(
        (reason) => finish(unavailable(what, `is unreachable (${reason})`)),
        () => finish(),
      );
      const timer = setTimeout(() => {
        const why = `did not answer within ${redisTimeoutMs} ms`;
        finish(unavailable(what, why));
        health.noAnswer(watcher, why);
      }, timeoutMs);
      watcher.once("ready", onReady);
    });
  };

  /** Runs a Redis operation of the fleet: bounded by `redisTimeoutMs`, failing with a typed error. */
  const withRedis = async <T>(what: string, operation: () => Promise<T>): Promise<T> => {
    if (closed) throw new FleetError("closed", `The fleet is closed: ${what} failed.`);
    const started = Date.now();
    await reachable(what, redisTimeoutMs);
    try {
      return await withTimeout(operation(), Math.max(1, redisTimeoutMs - (Date.now() - started)), () =>
        unavailable(what, `did not answer within ${redisTimeoutMs} ms`),
      );
    } catch (error) {
      if (error instanceof GentaskError) throw error;
      // A connection that dropped mid-call: the same typed error, without the client's own words.
      if (health.down || describeRedisError(error) !== "connection lost" || /connection|stream/i.test(String(error))) {
        throw unavailable(what, `is unreachable (${describeRedisError(error)})`);
      }
      throw error;
    }
  };

  const settleAll = (jobId: string, settle: (waiter: Awaiting<Metadata>) => void) => {
    const waiting = awaiting.get(jobId);
    awaiting.delete(jobId);
    for (const waiter of waiting ?? []) settle(waiter);
  };

  const deliver = (jobId: string, outcome: TrackedOutcome<Metadata>) => {
    settleAll(jobId, (waiter) => waiter.resolve(outcome));
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

  /** Redis is back: the tasks awaited here that it no longer has were lost with its data. */
  const findLost = async () => {
    const lost: string[] = [];
    for (const jobId of [...awaiting.keys()]) {
      const state = await withRedis("result", () => queue.getJobState(jobId)).catch(() => undefined);
      if (state !== "unknown") continue;
      lost.push(jobId);
      settleAll(jobId, (waiter) =>
        waiter.reject(
          new FleetError(
            "task_lost",
            `${waiter.provider} task ${waiter.taskId} is no longer in Redis at ${address} (Redis restarted without persistence, or evicted it): track it again to wait for it.`,
          ),
        ),
      );
    }
    if (lost.length > 0) {
      log(
        `@gentask/fleet: ${lost.length} awaited task(s) are no longer in Redis at ${address} (restarted without persistence, or evicted); their result() calls reject with task_lost.`,
      );
    }
  };
  health.listen(quiet, () => {
    findLost().catch(quiet);
  });

  let checkedDurability = options.checkDurability === false;
  const checkDurability = async () => {
    if (checkedDurability) return;
    checkedDurability = true;
    let settings: Record<string, string>;
    try {
      settings = {};
      for (const parameter of ["appendonly", "save", "maxmemory-policy"]) {
        const answer = (await withTimeout(watcher.config("GET", parameter), redisTimeoutMs, () =>
          unavailable("CONFIG GET", `did not answer within ${redisTimeoutMs} ms`),
        )) as string[];
        settings[parameter] = String(answer[1] ?? "");
      }
    } catch (error) {
      if (error instanceof RedisUnavailableError) {
        checkedDurability = false;
        return;
      }
      log(
        `@gentask/fleet: could not check the persistence of Redis at ${address} (CONFIG GET is not allowed there): tracked tasks survive a Redis restart only with AOF or RDB, and only under maxmemory-policy noeviction.`,
      );
      return;
    }
    if (settings.appendonly !== "yes" && settings.save?.trim() === "") {
      log(
        `@gentask/fleet: Redis at ${address} saves nothing to disk (appendonly no, save ""): a restart of Redis loses every tracked task. Turn on AOF (appendonly yes) or RDB snapshots (save).`,
      );
    }
    if (settings["maxmemory-policy"] !== "noeviction") {
      log(
        `@gentask/fleet: Redis at ${address} has maxmemory-policy ${settings["maxmemory-policy"]}: under memory pressure it may evict tracked tasks. Set it to noeviction.`,
      );
    }
  };
  const onFirstReady = () => {
    checkDurability().catch(quiet);
  };
  watcher.on("ready", onFirstReady);

  /** The fleet's one reader of the events stream (made on first use). */
  const queueEvents = (): QueueEvents => {
    if (events === undefined) {
      events = new QueueEvents(name, { connection, prefix });
      events.on("error", quiet);
      events.on("completed", ({ jobId, returnvalue }) => deliver(jobId, returnvalue as TrackedOutcome<Metadata>));
      events.on("failed", ({ jobId, failedReason }) => {
        queue.getJob(jobId).then((job) => {
          if (job !== undefined) deliver(jobId, lostOutcome(job, failedReason));
        }, quiet);
      });
    }
    return events;
  };

  const jobOptions = (task: TrackedTask<Metadata>) => ({ jobId: jobIdOf(task.provider, task.taskId) });

  /** Says once that a deadline is closer than the takeover time: a dead worker's task would miss it. */
  const checkDeadlines = (tasks: readonly TrackedTask<Metadata>[], now: number) => {
    if (warnedDeadline) return;
    const short = tasks.find((task) => task.deadline - now < takeoverMs);
    if (short === undefined) return;
    warnedDeadline = true;
    log(
      `@gentask/fleet: ${short.provider} task ${short.taskId} has ${Math.max(0, Math.round((short.deadline - now) / 1000))} s left before its deadline, less than the takeover time (${takeoverMs / 1000} s, lockDurationMs + stalledIntervalMs): if its worker dies, the deadline may pass before another takes it over.`,
    );
  };

  async function track(request: TrackRequest<Metadata>): Promise<TrackedTask<Metadata>> {
    const now = Date.now();
    const task = toTrackedTask(request, now);
    await withRedis("track", () => queue.add("task", task, jobOptions(task)));
    checkDeadlines([task], now);
    return task;
  }

  async function trackMany(requests: readonly TrackRequest<Metadata>[]): Promise<TrackedTask<Metadata>[]> {
    if (!Array.isArray(requests)) fail("trackMany needs an array of tasks.");
    const now = Date.now();
    const tasks = requests.map((request) => toTrackedTask<Metadata>(request, now));
    await withRedis("trackMany", () =>
      queue.addBulk(tasks.map((task) => ({ name: "task" as const, data: task, opts: jobOptions(task) }))),
    );
    checkDeadlines(tasks, now);
    return tasks;
  }

  async function result(
    provider: string,
    taskId: string,
    resultOptions: ResultOptions = {},
  ): Promise<TrackedOutcome<Metadata>> {
    checkTaskId(provider, taskId);
    if (typeof resultOptions !== "object" || resultOptions === null) fail("result's options must be an object.");
    const { signal } = resultOptions;
    if (resultOptions.timeoutMs !== undefined) positive(resultOptions.timeoutMs, 0, "timeoutMs");
    signal?.throwIfAborted();
    const jobId = jobIdOf(provider, taskId);
    const startedAt = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let onAbort: (() => void) | undefined;
    let waiter!: Awaiting<Metadata>;
    let settled = false;
    const outcome = new Promise<TrackedOutcome<Metadata>>((resolve, reject) => {
      const finish = () => {
        settled = true;
        clearTimeout(timer);
        if (onAbort !== undefined) signal?.removeEventListener("abort", onAbort);
        const waiting = awaiting.get(jobId);
        waiting?.delete(waiter);
        if (waiting?.size === 0) awaiting.delete(jobId);
      };
      waiter = {
        provider,
        taskId,
        resolve: (value) => {
          finish();
          resolve(value);
        },
        reject: (error) => {
          finish();
          reject(error);
        },
      };
    });
    // An abort while looking settles it before it is returned: not an unhandled rejection meanwhile.
    outcome.catch(() => {});
    // Listen first, then look: an outcome that lands in between is caught either way.
    let waiting = awaiting.get(jobId);
    if (waiting === undefined) {
      waiting = new Set();
      awaiting.set(jobId, waiting);
    }
    waiting.add(waiter);
    if (signal !== undefined) {
      onAbort = () => waiter.reject(signal.reason);
      signal.addEventListener("abort", onAbort, { once: true });
    }
    let deadline: number;
    try {
      const reader = queueEvents();
      const found = await withRedis("result", async () => {
        await reader.waitUntilReady();
        // The state first, then the job: a job read before it finished would carry no outcome yet.
        const state = await queue.getJobState(jobId);
        return { state, job: state === "unknown" ? undefined : await queue.getJob(jobId) };
      });
      const { state, job } = found;
      if (job === undefined) {
        throw new InvalidInputError(
          "not_tracked",
          `${provider} task ${taskId} is not tracked (or its outcome is older than ${keepSeconds} s).`,
        );
      }
      if (state === "completed") waiter.resolve(job.returnvalue);
      else if (state === "failed") waiter.resolve(lostOutcome(job, job.failedReason));
      deadline = job.data.deadline;
    } catch (error) {
      waiter.reject(error);
      return outcome;
    }
    if (settled) return outcome;
    const timeoutMs = resultOptions.timeoutMs ?? Math.max(0, deadline - startedAt) + takeoverMs + RESULT_GRACE_MS;
    timer = setTimeout(
      () =>
        waiter.reject(
          new FleetError(
            "result_timeout",
            `No outcome for ${provider} task ${taskId} within ${timeoutMs} ms; it is still tracked: call result() again to keep waiting.`,
          ),
        ),
      Math.max(0, timeoutMs - (Date.now() - startedAt)),
    );
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
    if (producer === undefined) {
      producer = new QueueEventsProducer(name, { connection, prefix });
      producer.on("error", quiet);
    }
    const events = producer;
    await withRedis("checkNow", () =>
      events.publishEvent({ eventName: CHECK_NOW_EVENT, jobId: jobIdOf(provider, taskId) }, MAX_EVENTS),
    );
  }

  function startWorker(workerOptions: FleetWorkerOptions): FleetWorker {
    if (closed) throw new FleetError("closed", "The fleet is closed: startWorker failed.");
    const worker = startFleetWorker<Metadata>({
      name,
      prefix,
      connection,
      userConnection: options.connection,
      options: workerOptions,
      queueEvents,
      health,
      log,
      lockDurationMs,
      stalledIntervalMs,
      closeTimeoutMs,
    });
    workers.add(worker);
    return worker;
  }

  /** How long a close waits for Redis: not at all when it is known to be away (nothing would reach it). */
  const closeTimeoutMs = () => (health.down ? 0 : redisTimeoutMs * 2);

  function close(): Promise<void> {
    closing ??= (async () => {
      closed = true;
      for (const jobId of [...awaiting.keys()]) {
        settleAll(jobId, (waiter) => waiter.reject(new FleetError("closed", "The fleet was closed while waiting.")));
      }
      watcher.off("ready", onFirstReady);
      await Promise.all([...workers].map((worker) => worker.close()));
      const connections = [queue, events, producer].filter((item) => item !== undefined);
      // BullMQ's close waits for Redis (and its disconnect for a first connection): bounded, then dropped.
      await withTimeout(
        Promise.all(connections.map((item) => item.close())),
        closeTimeoutMs(),
        () => new Error(),
      ).catch(() => {
        for (const item of connections) dropConnections(item);
      });
      health.unwatch(watcher);
      watcher.disconnect();
    })();
    return closing;
  }

  return { track, trackMany, result, subscribe, checkNow, startWorker, close };
}

function startFleetWorker<Metadata>(setup: {
  name: string;
  prefix: string;
  connection: ConnectionOptions;
  userConnection: RedisConnection;
  options: FleetWorkerOptions;
  queueEvents: () => QueueEvents;
  health: RedisHealth;
  log: (message: string) => void;
  lockDurationMs: number;
  stalledIntervalMs: number;
  closeTimeoutMs: () => number;
}): FleetWorker {
  const { options } = setup;
  if (typeof options !== "object" || options === null) fail("startWorker needs { sources }.");
  const { sources } = options;
  if (typeof sources !== "function" && (typeof sources !== "object" || sources === null)) {
    fail("sources must be an object of task sources by provider, or a function of the task.");
  }
  const concurrency = options.concurrency ?? 1_000;
  if (!(Number.isInteger(concurrency) && concurrency >= 1)) fail("concurrency must be an integer >= 1.");
  const shared =
    options.rateBudget === undefined
      ? createSharedBudget({ connection: setup.userConnection, prefix: setup.prefix, log: setup.log }, setup.health)
      : undefined;
  const poller: Poller = createPoller({ ...options.poller, rateBudget: options.rateBudget ?? shared?.factory });
  /** The tasks this worker waits for, by job id: a check-now event for one of them reaches it here. */
  const held = new Map<string, { source: TaskSource<unknown>; taskId: string }>();
  const stopping = new AbortController();
  /**
   * Each source as the poller sees it: its reads first check that they leave within their reserved slot
   * (the shared budget's guard), and ask again when they do not. One wrapper per source keeps batching.
   */
  const timed = new WeakMap<TaskSource<unknown>, TaskSource<unknown>>();
  const timedSource = (source: TaskSource<unknown>): TaskSource<unknown> => {
    if (shared === undefined) return source;
    let wrapper = timed.get(source);
    if (wrapper === undefined) {
      wrapper = Object.create(source) as TaskSource<unknown>;
      Object.defineProperty(wrapper, "read", {
        value: (ids: readonly string[], readOptions?: { signal?: AbortSignal }) => {
          const wait = shared.leaving(source.budgetKey);
          return wait === undefined ? source.read(ids, readOptions) : wait.then(() => source.read(ids, readOptions));
        },
      });
      timed.set(source, wrapper);
    }
    return wrapper;
  };

  const sourceFor = (task: TrackedTask): TaskSource<unknown> => {
    const source = typeof sources === "function" ? sources(task) : sources[task.provider];
    if (source === undefined) {
      throw new InvalidInputError(
        "invalid_argument",
        `This worker has no task source for provider "${task.provider}".`,
      );
    }
    return timedSource(source);
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

  const worker = new Worker<TrackedTask<Metadata>, TrackedOutcome<Metadata>>(setup.name, processor, {
    connection: setup.connection,
    prefix: setup.prefix,
    concurrency,
    lockDuration: setup.lockDurationMs,
    stalledInterval: setup.stalledIntervalMs,
    maxStalledCount: options.maxTakeovers ?? 5,
  });
  // Connection errors are retried by BullMQ and said once by the fleet's health watch: none may crash
  // the process as an unhandled 'error' event, or print a stack trace per attempt.
  worker.on("error", () => {});

  const events = setup.queueEvents();
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
        // Handing the tasks back needs Redis: without it, they are taken over after the lock expires.
        await withTimeout(worker.close(), setup.closeTimeoutMs(), () => new Error()).catch(() =>
          dropConnections(worker),
        );
        await shared?.close();
      })();
      return closing;
    },
  };
}
