// Generated from specs/kie.yaml by scripts/generate.mjs: do not edit, run `pnpm generate`.
import {
  type KieMarketClient,
  type ClientFacts,
  type ClientOptions,
  createKieMarketClient,
  createProviderApi,
  type DiscriminatedBody,
  type DiscriminatedStarter,
  type KnownValues,
  kieMarketTaskSource,
  type ProviderApi,
  type TaskSource,
  type TaskSourceFacts,
} from "@gentask/core";
import type { components, operations, paths } from "./schema.js";

export { ApiError, type ClientOptions, GentaskError, InvalidInputError, type RequestOptions } from "@gentask/core";
export type {
  components as KieComponents,
  operations as KieOperations,
  paths as KiePaths,
} from "./schema.js";
export { isKieNotFound, signKieWebhook, type VerifyKieWebhookOptions, verifyKieWebhook } from "@gentask/core";

/** What the client needs of specs/kie.yaml. */
const facts: ClientFacts = {
  "name": "kie",
  "baseUrl": "https://api.kie.ai",
  "apiKeyVariable": "KIE_API_KEY",
  "starters": {
    "createTask": "/api/v1/jobs/createTask"
  },
  "statusPath": "/api/v1/jobs/recordInfo",
  "batchSize": 1
};

/** What its task source needs: where a record keeps its status and media, and the documented rate limit. */
const taskFacts: TaskSourceFacts = {
  "record": {
    "statusWord": [
      "state"
    ],
    "progress": [
      "progress"
    ],
    "mediaUrls": [
      "resultJson/$json/resultUrls"
    ],
    "errorCode": [
      "failCode"
    ],
    "errorMessage": [
      "failMsg"
    ],
    "succeededWords": [
      "success"
    ],
    "failedWords": [
      "fail"
    ]
  },
  "rateLimit": {
    "requestsPerSecond": 10,
    "burst": 10
  }
};

/** The body of `POST /api/v1/jobs/createTask`. */
export type KieCreateTaskRequest = NonNullable<operations["createTask"]["requestBody"]>["content"]["application/json"];
/** The values of `model` with their own body schema (20); any other string takes the open branch. */
export type KieCreateTaskModel = KnownValues<KieCreateTaskRequest, "model">;
/** The body of `POST /api/v1/jobs/createTask` for one `model`: a known value's own schema, or for any other value a free-form one. */
export type KieCreateTaskBody<Value extends string> = DiscriminatedBody<KieCreateTaskRequest, "model", Value>;
/** A stored kie.ai Market task, as `GET /api/v1/jobs/recordInfo` returns it. */
export type KieTaskRecord = components["schemas"]["TaskRecord"];

/** The operations that start a kie.ai Market task: each is a method of the client that resolves with the task id. */
export interface KieTaskStarters {
  /** `POST /api/v1/jobs/createTask`: Create a Market task. */
  createTask: DiscriminatedStarter<KieCreateTaskRequest, "model">;
}

/** A kie.ai Market client: a method per task-starting operation, and the reads its task source uses. */
export type KieClient = KieMarketClient<KieTaskStarters, KieTaskRecord>;

/** openapi-fetch's typed `GET`/`POST` for every path of specs/kie.yaml: answers as `{ data, error, response }`. */
export type KieApi = ProviderApi<paths>;

/**
 * Creates a kie.ai Market client. The API key comes from `options.apiKey` or the
 * `KIE_API_KEY` environment variable.
 */
export function createKieClient(options?: ClientOptions): KieClient {
  return createKieMarketClient(facts, options);
}

/**
 * Creates openapi-fetch's typed client for every path of specs/kie.yaml, with the same options as
 * `createKieClient`: for requests the client's methods do not make. Code that does not call it
 * does not carry openapi-fetch.
 */
export function createKieApi(options?: ClientOptions): KieApi {
  return createProviderApi<paths>(facts, options);
}

/** The task source `@gentask/poller` uses to wait for kie.ai Market tasks (one id a request). */
export function kieTasks(client: KieClient): TaskSource<KieTaskRecord> {
  return kieMarketTaskSource(client, taskFacts);
}
