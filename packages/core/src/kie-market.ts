import type { TaskStarters } from "./acedata.js";
import {
  apiErrorFromBody,
  assertTaskId,
  type ClientOptions,
  isObject,
  type JsonRequest,
  jsonSender,
  type ProviderIdentity,
  providerSettings,
  type RequestOptions,
} from "./client.js";
import { ApiError } from "./errors.js";
import {
  type ClientFacts,
  DEFAULT_STATUS_RATE_LIMIT,
  type RecordShape,
  type TaskSourceFacts,
} from "./provider-facts.js";
import { classifyItems } from "./record-shape.js";
import type { TaskSource, TaskStatus } from "./task-source.js";

/** The reading half of a kie Market client: what its task source needs. */
export interface KieMarketTaskReader<TaskRecord> extends ProviderIdentity {
  /** The provider facts the client was made from. */
  readonly facts: ClientFacts;
  /** Reads one task; resolves `undefined` when kie does not know the id (404, or 422 "recordInfo is null"). */
  getTaskRecord(taskId: string, options?: RequestOptions): Promise<TaskRecord | undefined>;
}

/** A kie.ai Market client: a method per task-starting operation, and reads. */
export type KieMarketClient<Bodies, TaskRecord> = KieMarketTaskReader<TaskRecord> & TaskStarters<Bodies>;

/** True for kie's "no such task (yet)" answers, which right after creation are transient. */
export function isKieNotFound(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    (error.code === "404" || (error.code === "422" && /recordInfo is null/i.test(error.providerMessage ?? "")))
  );
}

/**
 * Builds a kie.ai Market client from a provider's facts. kie wraps every answer in `{code, msg, data}`;
 * a `code` other than 200 is an error even under HTTP 200, except 501 carrying a record (a failed task).
 */
export function createKieMarketClient<Bodies, TaskRecord>(
  facts: ClientFacts,
  options?: ClientOptions,
): KieMarketClient<Bodies, TaskRecord> {
  const settings = providerSettings(facts, options);
  const client = settings.identity;
  const sendJson = jsonSender(settings);
  /** Sends a request and reads kie's `{code, msg, data}`: a `code` other than 200 is an error even under HTTP 200. */
  const call = async (request: JsonRequest) => {
    const { taskId } = request;
    const { body, response } = await sendJson(request);
    const envelope = isObject(body) ? body : { code: "invalid_response" };
    // 501 "generation failed" with a record is a read of a failed task, which the record tells.
    if (envelope.code !== 200 && !(taskId && envelope.code === 501 && isObject(envelope.data))) {
      throw apiErrorFromBody(client, response.status, envelope, {
        taskId,
        retryAfter: response.headers.get("retry-after"),
      });
    }
    return isObject(envelope.data) ? envelope.data : undefined;
  };

  const startTask = (path: string) =>
    async function start(body: object, { signal }: RequestOptions = {}): Promise<string> {
      // The body's type is the spec's; what the API refuses comes back as its own error, naming the field.
      const data = await call({ path, body, signal });
      const taskId = data?.taskId;
      if (typeof taskId !== "string") throw apiErrorFromBody(client, 200, { code: "invalid_response" });
      return taskId;
    };
  const starters = Object.fromEntries(
    Object.entries(facts.starters).map(([operation, path]) => [operation, startTask(path)]),
  );

  return Object.assign(client, starters as unknown as TaskStarters<Bodies>, {
    facts,
    async getTaskRecord(taskId: string, { signal }: RequestOptions = {}) {
      assertTaskId(taskId);
      try {
        const path = `${facts.statusPath}?taskId=${encodeURIComponent(taskId)}`;
        return (await call({ path, signal, taskId })) as TaskRecord | undefined;
      } catch (error) {
        if (isKieNotFound(error)) return undefined;
        throw error;
      }
    },
  });
}

/**
 * Classifies a kie Market record with its record shape: a failed status word (`fail`) failed with the
 * record's failure code and message; a succeeded word (`success`) succeeded, with the media of
 * `resultJson` when there is any (a text result has none); any other or unknown word is pending.
 */
export function classifyKieMarketRecord<TaskRecord = unknown>(
  record: unknown,
  id: string,
  shape: RecordShape,
): TaskStatus<TaskRecord> {
  if (!isObject(record)) return { id, state: "not_found", urls: [], record: undefined };
  return classifyItems([record], shape, id, record as TaskRecord, false);
}

/** The poller's view of a kie Market provider: one id a request, at its documented rate. */
export function kieMarketTaskSource<TaskRecord>(
  client: KieMarketTaskReader<TaskRecord>,
  facts: TaskSourceFacts,
): TaskSource<TaskRecord> {
  const classify = (record: unknown, id: string) => classifyKieMarketRecord<TaskRecord>(record, id, facts.record);
  return {
    provider: client.provider,
    budgetKey: client.budgetKey,
    maxBatchSize: 1,
    rateLimit: facts.rateLimit ?? DEFAULT_STATUS_RATE_LIMIT,
    classify,
    async read(ids, options) {
      return Promise.all(
        ids.map(async (id) => {
          try {
            return classify(await client.getTaskRecord(id, options), id);
          } catch (error) {
            // An envelope code 501 ("generation failed") is the task's failure, not the request's.
            if (!(error instanceof ApiError && error.code === "501")) throw error;
            const message = error.providerMessage ?? "generation failed";
            return { id, state: "failed", urls: [], error: { code: "501", message }, record: undefined } as const;
          }
        }),
      );
    },
  };
}
