import {
  apiErrorFromBody,
  assertTaskId,
  type ClientOptions,
  isObject,
  jsonSender,
  type ProviderIdentity,
  providerSettings,
  type RequestOptions,
} from "./client.js";
import {
  type ClientFacts,
  DEFAULT_STATUS_RATE_LIMIT,
  type RecordShape,
  recordItemsPath,
  type TaskSourceFacts,
} from "./provider-facts.js";
import { classifyItems, valuesAt } from "./record-shape.js";
import type { TaskSource, TaskStatus } from "./task-source.js";

/** The reading half of an Ace Data Cloud client: what its task source needs. */
export interface AceDataTaskReader<TaskRecord> extends ProviderIdentity {
  /** The provider facts the client was made from. */
  readonly facts: ClientFacts;
  /** Reads one task; resolves `undefined` when the API does not know the id (`200 {}`). */
  retrieveTask(id: string, options?: RequestOptions): Promise<TaskRecord | undefined>;
  /** Reads tasks in one `retrieve_batch` (the poller sends at most the provider's batch size); unknown ids are absent. */
  retrieveTasks(ids: readonly string[], options?: RequestOptions): Promise<TaskRecord[]>;
}

/**
 * One method per operation that starts a task: it resolves with the new task's id. An entry of `Bodies`
 * is the operation's body, or already its method (a request body is never a function), such as a
 * `DiscriminatedStarter` whose body type follows the value of one field.
 */
export type TaskStarters<Bodies> = {
  [Operation in keyof Bodies]: Bodies[Operation] extends (...args: never[]) => Promise<string>
    ? Bodies[Operation]
    : (body: Bodies[Operation], options?: RequestOptions) => Promise<string>;
};

/** An Ace Data Cloud client: a method per task-starting operation, and reads. */
export type AceDataClient<Bodies, TaskRecord> = AceDataTaskReader<TaskRecord> & TaskStarters<Bodies>;

/**
 * Builds an Ace Data Cloud client from a provider's facts. Each operation that starts a task becomes a
 * method (`createTask`, ...) that sends `async: true` unless the body says otherwise and resolves with
 * the task id as soon as the API accepted it.
 */
export function createAceDataClient<Bodies, TaskRecord>(
  facts: ClientFacts,
  options?: ClientOptions,
): AceDataClient<Bodies, TaskRecord> {
  const settings = providerSettings(facts, options);
  const client = settings.identity;
  const sendJson = jsonSender(settings);
  /** POSTs `body` to `path` and resolves with the parsed answer. */
  const send = async (path: string, body: unknown, { signal }: RequestOptions = {}, taskId?: string) =>
    (await sendJson({ path, body, signal, taskId })).body;

  const startTask = (path: string) =>
    async function start(body: object, requestOptions?: RequestOptions): Promise<string> {
      // The body's type is the spec's; what the API refuses comes back as its own 400, naming the field.
      const answer = await send(path, { async: true, ...body }, requestOptions);
      const accepted = isObject(answer) ? answer : {};
      const taskId = typeof accepted.task_id === "string" ? accepted.task_id : undefined;
      if (accepted.success === false || !taskId) {
        throw apiErrorFromBody(client, 200, accepted.error ? accepted : { error: { code: "invalid_response" } }, {
          taskId,
        });
      }
      return taskId;
    };
  const starters = Object.fromEntries(
    Object.entries(facts.starters).map(([operation, path]) => [operation, startTask(path)]),
  );

  return Object.assign(client, starters as unknown as TaskStarters<Bodies>, {
    facts,
    async retrieveTask(id: string, requestOptions?: RequestOptions) {
      assertTaskId(id);
      const body = await send(facts.statusPath, { action: "retrieve", id }, requestOptions, id);
      return isObject(body) && Object.keys(body).length > 0 ? (body as TaskRecord) : undefined;
    },

    async retrieveTasks(ids: readonly string[], requestOptions?: RequestOptions) {
      for (const id of ids) assertTaskId(id);
      const body = await send(facts.statusPath, { action: "retrieve_batch", ids }, requestOptions);
      return isObject(body) && Array.isArray(body.items) ? (body.items as TaskRecord[]) : [];
    },
  });
}

/**
 * Classifies an Ace Data Cloud task record with its provider's record shape: `{}` is not found; a
 * record without `response` is pending; `success: false` failed; otherwise the result items decide
 * (status words, item errors, media). A bare generation result (`{success, data}`, which some
 * documentation shows for `retrieve`) is read like a record's `response`.
 */
export function classifyAceDataRecord<TaskRecord = unknown>(
  record: unknown,
  id: string,
  shape: RecordShape,
): TaskStatus<TaskRecord> {
  if (!isObject(record) || Object.keys(record).length === 0) {
    return { id, state: "not_found", urls: [], record: undefined };
  }
  const typed = record as TaskRecord;
  const result = isObject(record.response) ? record.response : typeof record.success === "boolean" ? record : undefined;
  if (result === undefined) return { id, state: "pending", urls: [], record: typed };
  if (result.success === false) {
    const error = isObject(result.error) ? result.error : {};
    return {
      id,
      state: "failed",
      urls: [],
      error: {
        code: typeof error.code === "string" && error.code !== "" ? error.code : undefined,
        message:
          typeof error.message === "string" && error.message !== "" ? error.message : "the provider reported a failure",
      },
      record: typed,
    };
  }
  return classifyItems(valuesAt(result, recordItemsPath(shape)).filter(isObject), shape, id, typed, true);
}

/** The poller's view of an Ace Data Cloud provider: batched reads of the provider's batch size. */
export function aceDataTaskSource<TaskRecord>(
  client: AceDataTaskReader<TaskRecord>,
  facts: TaskSourceFacts,
): TaskSource<TaskRecord> {
  const classify = (record: unknown, id: string) => classifyAceDataRecord<TaskRecord>(record, id, facts.record);
  return {
    provider: client.provider,
    budgetKey: client.budgetKey,
    maxBatchSize: client.facts.batchSize,
    rateLimit: facts.rateLimit ?? DEFAULT_STATUS_RATE_LIMIT,
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
