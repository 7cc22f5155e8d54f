import {
  ApiError,
  apiErrorFromBody,
  assertTaskId,
  type ClientOptions,
  createProviderClient,
  InvalidInputError,
  isObject,
  type ProviderClient,
  type RequestOptions,
  readJson,
} from "@gentask/core";
import type { components, paths } from "./generated/schema.js";

/** The body of `POST /api/v1/jobs/createTask`: a model id, its `input`, and an optional `callBackUrl`. */
export type KieCreateTaskRequest = components["schemas"]["CreateTaskRequest"];
/** A Market task as `GET /api/v1/jobs/recordInfo` returns it in `data`. */
export type KieTaskRecord = components["schemas"]["TaskRecord"];

/** A kie.ai Market client: typed `GET`/`POST` for every path of the spec, plus the task helpers. */
export interface KieClient extends ProviderClient<paths> {
  /** Creates a Market task and resolves with its `taskId` once kie accepted it. */
  createTask(body: KieCreateTaskRequest, options?: RequestOptions): Promise<string>;
  /** Reads one task; resolves `undefined` when kie does not know the id (404, or 422 "recordInfo is null"). */
  getTaskRecord(taskId: string, options?: RequestOptions): Promise<KieTaskRecord | undefined>;
}

type UntypedCall = (
  path: string,
  init: { body?: unknown; params?: unknown; parseAs: "text"; signal?: AbortSignal | undefined },
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/** True for kie's "no such task (yet)" answers, which right after creation are transient. */
export function isKieNotFound(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    (error.code === "404" || (error.code === "422" && /recordInfo is null/i.test(error.providerMessage ?? "")))
  );
}

/**
 * Creates a kie.ai Market client. The API key comes from `options.apiKey` or
 * the `KIE_API_KEY` environment variable.
 */
export function createKieClient(options?: ClientOptions): KieClient {
  const client = createProviderClient<paths>(
    { provider: "kie", defaultBaseUrl: "https://api.kie.ai", apiKeyVariable: "KIE_API_KEY" },
    options,
  );
  // kie wraps every answer in {code, msg, data}; a non-200 `code` is an error even under HTTP 200.
  const call = async (
    pending: ReturnType<UntypedCall>,
    taskId: string | undefined,
    signal: AbortSignal | undefined,
  ): Promise<Record<string, unknown> | null> => {
    const { body, response } = await readJson("kie", pending, { taskId, signal });
    // 501 "generation failed" is how kie reports a failed task: when it carries the record, the record tells.
    const failedTaskRecord = taskId !== undefined && isObject(body) && body.code === 501 && isObject(body.data);
    if (!isObject(body) || (body.code !== 200 && !failedTaskRecord)) {
      throw apiErrorFromBody("kie", response.status, isObject(body) ? body : { code: "invalid_response" }, {
        taskId,
        retryAfter: response.headers.get("retry-after"),
      });
    }
    return isObject(body.data) ? body.data : null;
  };
  const get = client.GET as unknown as UntypedCall;
  const post = client.POST as unknown as UntypedCall;

  return Object.assign(client, {
    async createTask(body: KieCreateTaskRequest, requestOptions: RequestOptions = {}) {
      if (!isObject(body) || typeof body.model !== "string" || body.model === "") {
        throw new InvalidInputError("invalid_argument", "kie.createTask needs a body with a non-empty `model`.");
      }
      const { signal } = requestOptions;
      const data = await call(post("/api/v1/jobs/createTask", { body, parseAs: "text", signal }), undefined, signal);
      if (typeof data?.taskId !== "string") {
        throw new ApiError({
          provider: "kie",
          status: 200,
          code: "invalid_response",
          providerMessage: "no taskId in the answer",
        });
      }
      return data.taskId;
    },

    async getTaskRecord(taskId: string, requestOptions: RequestOptions = {}) {
      assertTaskId(taskId);
      const { signal } = requestOptions;
      try {
        const data = await call(
          get("/api/v1/jobs/recordInfo", { params: { query: { taskId } }, parseAs: "text", signal }),
          taskId,
          signal,
        );
        return (data ?? undefined) as KieTaskRecord | undefined;
      } catch (error) {
        if (isKieNotFound(error)) return undefined;
        throw error;
      }
    },
  });
}
