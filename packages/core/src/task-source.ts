/** Where a task stands, as the poller sees it. `pending` covers every non-terminal and every unknown status word. */
export type TaskState = "pending" | "succeeded" | "failed" | "not_found";

/** A provider's failure reason, as it reported it. */
export interface TaskErrorInfo {
  code?: string | undefined;
  message: string;
}

/** One reading of one task, classified. */
export interface TaskStatus<TaskRecord = unknown> {
  /** The task id that was asked for. */
  id: string;
  state: TaskState;
  /** Result media URLs; empty unless the task succeeded. */
  urls: string[];
  /** Why the task failed, when `state` is `failed`. */
  error?: TaskErrorInfo | undefined;
  /** Progress from 0 to 100, where the provider reports one. */
  progress?: number | undefined;
  /** The provider's own status word (`running`, `generating`, ...), when it has one. */
  statusWord?: string | undefined;
  /** The provider's raw record; `undefined` when the task was not found. */
  record: TaskRecord | undefined;
}

/** A token-bucket rate limit. */
export interface RateLimit {
  /** Steady rate the bucket refills at. */
  requestsPerSecond: number;
  /** How many requests may go at once after a quiet period. */
  burst: number;
}

/**
 * How the poller reads one provider's tasks. Each provider package exports a
 * factory for it (`veoTasks(client)`, `kieTasks(client)`, ...).
 */
export interface TaskSource<TaskRecord = unknown> {
  /** Short provider name, `veo`, `kie`, ... */
  readonly provider: string;
  /** Identifies provider, host and API key (never the key itself): waits with the same key share one rate budget. */
  readonly budgetKey: string;
  /** How many ids one `read` may ask for (1 where the provider has no batch query). */
  readonly maxBatchSize: number;
  /** The provider's documented (or prudent) status-query rate limit per API key. */
  readonly rateLimit: RateLimit;
  /**
   * Reads the status of `ids` (at most `maxBatchSize`) in one request and
   * returns one status per id, in the same order. Rejects with an `ApiError`
   * when the request as a whole fails, or with the signal's reason on abort.
   */
  read(ids: readonly string[], options?: { signal?: AbortSignal }): Promise<TaskStatus<TaskRecord>[]>;
  /** Classifies a record (for example one received by a callback) without a request. */
  classify(record: unknown, id: string): TaskStatus<TaskRecord>;
}
