import {
  apiErrorFromBody,
  assertTaskId,
  type ClientOptions,
  createProviderClient,
  isObject,
  nonEmptyString,
  type ProviderClient,
  type ProviderIdentity,
  type RequestOptions,
  readJson,
} from "./client.js";
import { ApiError, InvalidInputError } from "./errors.js";
import type { TaskSource, TaskStatus } from "./task-source.js";

/** The production host of Ace Data Cloud. */
export const ACEDATA_BASE_URL = "https://api.acedata.cloud";
/** Ace Data Cloud's `retrieve_batch` has no documented maximum; the vendor's tools recommend at most 50 ids. */
export const ACEDATA_MAX_BATCH_SIZE = 50;

/** What an Ace Data Cloud provider package declares. */
export interface AceDataProviderDefinition {
  /** `seedream`, `seedance`, `flux` or `veo`: also the path prefix of its endpoints. */
  provider: string;
  /** The generation endpoint, for example `/veo/videos`. */
  createPath: string;
}

/** The reading half of an Ace Data Cloud client: what its task source needs. */
export interface AceDataTaskReader<TaskRecord> extends ProviderIdentity {
  /** Reads one task; resolves `undefined` when the API does not know the id. */
  retrieveTask(id: string, options?: RequestOptions): Promise<TaskRecord | undefined>;
  /** Reads many tasks with `retrieve_batch` (50 ids a request); unknown ids are absent from the result. */
  retrieveTasks(ids: readonly string[], options?: RequestOptions): Promise<TaskRecord[]>;
}

/** An Ace Data Cloud client: the typed openapi-fetch methods plus the task helpers. */
export interface AceDataClient<Paths extends {}, CreateRequest, TaskRecord>
  extends ProviderClient<Paths>,
    AceDataTaskReader<TaskRecord> {
  /**
   * Starts a generation and resolves with its task id as soon as the API
   * accepted it (`async: true` is sent unless the body says otherwise).
   */
  createTask(body: CreateRequest, options?: RequestOptions): Promise<string>;
}

type UntypedPost = (
  path: string,
  init: { body: unknown; parseAs: "text"; signal?: AbortSignal | undefined },
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/** Builds an Ace Data Cloud client from a provider's declaration. */
export function createAceDataClient<Paths extends {}, CreateRequest, TaskRecord>(
  definition: AceDataProviderDefinition,
  options?: ClientOptions,
): AceDataClient<Paths, CreateRequest, TaskRecord> {
  const { provider, createPath } = definition;
  const client = createProviderClient<Paths>(
    { provider, defaultBaseUrl: ACEDATA_BASE_URL, apiKeyVariable: "ACEDATA_API_KEY" },
    options,
  );
  // The generated path types are checked in the provider package; here one untyped view serves all four.
  const post = client.POST as unknown as UntypedPost;
  const tasksPath = `/${provider}/tasks`;
  const query = (body: unknown, requestOptions: RequestOptions = {}, taskId?: string) =>
    readJson(provider, post(tasksPath, { body, parseAs: "text", signal: requestOptions.signal }), {
      taskId,
      signal: requestOptions.signal,
    });

  return Object.assign(client, {
    async createTask(body: CreateRequest, requestOptions: RequestOptions = {}) {
      if (!isObject(body)) {
        throw new InvalidInputError("invalid_argument", `${provider}.createTask needs a request body object.`);
      }
      const { body: answer } = await readJson(
        provider,
        post(createPath, { body: { async: true, ...body }, parseAs: "text", signal: requestOptions.signal }),
        { signal: requestOptions.signal },
      );
      const accepted = isObject(answer) ? answer : {};
      const taskId = accepted.task_id;
      if (accepted.success === false || typeof taskId !== "string") {
        throw apiErrorFromBody(
          provider,
          200,
          accepted.error ? accepted : { error: { code: "invalid_response", message: "no task_id in the answer" } },
          {
            taskId: typeof taskId === "string" ? taskId : undefined,
          },
        );
      }
      return taskId;
    },

    async retrieveTask(id: string, requestOptions?: RequestOptions) {
      assertTaskId(id);
      try {
        const { body } = await query({ action: "retrieve", id }, requestOptions, id);
        return isObject(body) && Object.keys(body).length > 0 ? (body as TaskRecord) : undefined;
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return undefined;
        throw error;
      }
    },

    async retrieveTasks(ids: readonly string[], requestOptions?: RequestOptions) {
      if (!Array.isArray(ids)) {
        throw new InvalidInputError("invalid_argument", `${provider}.retrieveTasks needs an array of task ids.`);
      }
      for (const id of ids) assertTaskId(id);
      const records: TaskRecord[] = [];
      for (let start = 0; start < ids.length; start += ACEDATA_MAX_BATCH_SIZE) {
        const batch = ids.slice(start, start + ACEDATA_MAX_BATCH_SIZE);
        const { body } = await query({ action: "retrieve_batch", ids: batch }, requestOptions);
        if (isObject(body) && Array.isArray(body.items)) records.push(...(body.items as TaskRecord[]));
      }
      return records;
    },
  });
}

const SUCCEEDED_WORDS = new Set(["succeeded", "success", "completed", "complete", "done"]);
const FAILED_WORDS = new Set(["failed", "fail", "failure", "error", "cancelled", "canceled", "expired"]);
const MEDIA_FIELDS = ["video_url", "image_url", "audio_url", "url"] as const;

/**
 * Classifies an Ace Data Cloud task record, whatever the provider: a missing
 * `response` is pending; `success: false` failed; otherwise the status words of
 * `response.data` (an object or an array; `status` or per-item `state`) decide,
 * and success needs a media URL. SeeDream and Flux have no status word: their
 * result counts once an item carries media, and fails when every item failed.
 */
export function classifyAceDataRecord<TaskRecord = unknown>(record: unknown, id: string): TaskStatus<TaskRecord> {
  if (!isObject(record) || Object.keys(record).length === 0) {
    return { id, state: "not_found", urls: [], record: undefined };
  }
  const typed = record as TaskRecord;
  const response = record.response;
  if (!isObject(response)) return { id, state: "pending", urls: [], record: typed };
  if (response.success === false) {
    const error = isObject(response.error) ? response.error : {};
    return {
      id,
      state: "failed",
      urls: [],
      error: {
        code: nonEmptyString(error.code) ? error.code : undefined,
        message: nonEmptyString(error.message) ? error.message : "the provider reported a failure",
      },
      record: typed,
    };
  }
  const items = (Array.isArray(response.data) ? response.data : [response.data]).filter(isObject);
  const urls: string[] = [];
  const words: string[] = [];
  const itemErrors: string[] = [];
  let progress: number | undefined;
  for (const item of items) {
    const content = isObject(item.content) ? item.content : {};
    for (const field of MEDIA_FIELDS) {
      for (const value of [item[field], content[field]]) if (nonEmptyString(value)) urls.push(value);
    }
    const word = item.status ?? item.state;
    if (nonEmptyString(word)) words.push(word.toLowerCase());
    if (typeof item.progress === "number") progress = item.progress;
    if (item.error !== undefined && item.error !== null) {
      const error = isObject(item.error) ? item.error : {};
      itemErrors.push(nonEmptyString(error.message) ? error.message : String(item.error));
    }
  }
  const statusWord = words.find((word) => !SUCCEEDED_WORDS.has(word)) ?? words[0];
  const failedWord = words.find((word) => FAILED_WORDS.has(word));
  if (failedWord !== undefined || (items.length > 0 && itemErrors.length === items.length)) {
    return {
      id,
      state: "failed",
      urls: [],
      error: { code: failedWord, message: itemErrors[0] ?? `the task ended as ${failedWord}` },
      statusWord,
      record: typed,
    };
  }
  const allSucceeded = words.every((word) => SUCCEEDED_WORDS.has(word));
  const hasMedia = urls.length > 0 || items.some((item) => nonEmptyString(item.b64_json));
  if (allSucceeded && hasMedia) {
    return { id, state: "succeeded", urls, statusWord, progress: 100, record: typed };
  }
  return { id, state: "pending", urls: [], statusWord, progress, record: typed };
}

/** The poller's view of an Ace Data Cloud provider: batched reads of up to 50 ids. */
export function aceDataTaskSource<TaskRecord>(client: AceDataTaskReader<TaskRecord>): TaskSource<TaskRecord> {
  const classify = (record: unknown, id: string) => classifyAceDataRecord<TaskRecord>(record, id);
  return {
    provider: client.provider,
    budgetKey: client.budgetKey,
    maxBatchSize: ACEDATA_MAX_BATCH_SIZE,
    // Ace Data Cloud documents no status-query limit; kie's 10 per second per key is a prudent default.
    rateLimit: { requestsPerSecond: 10, burst: 10 },
    classify,
    async read(ids, options) {
      if (ids.length === 1) {
        const id = ids[0] as string;
        return [classify(await client.retrieveTask(id, options), id)];
      }
      const records = await client.retrieveTasks(ids, options);
      const byId = new Map<unknown, TaskRecord>();
      for (const record of records) if (isObject(record)) byId.set(record.id, record);
      return ids.map((id) => classify(byId.get(id), id));
    },
  };
}
