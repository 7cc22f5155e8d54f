// Generated from specs/hailuo.yaml by scripts/generate.mjs: do not edit, run `pnpm generate`.
import {
  type AceDataClient,
  type ClientFacts,
  type ClientOptions,
  createAceDataClient,
  createProviderApi,
  aceDataTaskSource,
  type ProviderApi,
  type TaskSource,
  type TaskSourceFacts,
} from "@gentask/core";
import type { components, operations, paths } from "./schema.js";

export { ApiError, type ClientOptions, GentaskError, InvalidInputError, type RequestOptions } from "@gentask/core";
export type {
  components as HailuoComponents,
  operations as HailuoOperations,
  paths as HailuoPaths,
} from "./schema.js";

/** What the client needs of specs/hailuo.yaml. */
const facts: ClientFacts = {
  "name": "hailuo",
  "baseUrl": "https://api.acedata.cloud",
  "apiKeyVariable": "ACEDATA_API_KEY",
  "starters": {
    "createTask": "/hailuo/videos"
  },
  "statusPath": "/hailuo/tasks",
  "batchSize": 50
};

/** What its task source needs: where a record keeps its status and media. */
const taskFacts: TaskSourceFacts = {
  "record": {
    "items": "data",
    "statusWord": [
      "state"
    ],
    "mediaUrls": [
      "video_url"
    ],
    "errorCode": [
      "error/code"
    ],
    "errorMessage": [
      "error/message",
      "error"
    ],
    "succeededWords": [
      "succeeded"
    ],
    "failedWords": [
      "failed"
    ]
  }
};

/** The body of `POST /hailuo/videos`. */
export type HailuoCreateTaskRequest = NonNullable<operations["createTask"]["requestBody"]>["content"]["application/json"];
/** A stored Hailuo task, as `POST /hailuo/tasks` returns it. */
export type HailuoTaskRecord = components["schemas"]["TaskRecord"];

/** The operations that start a Hailuo task: each is a method of the client that resolves with the task id. */
export interface HailuoTaskStarters {
  /** `POST /hailuo/videos`: Start a Hailuo generation. */
  createTask: HailuoCreateTaskRequest;
}

/** A Hailuo client: a method per task-starting operation, and the reads its task source uses. */
export type HailuoClient = AceDataClient<HailuoTaskStarters, HailuoTaskRecord>;

/** openapi-fetch's typed `GET`/`POST` for every path of specs/hailuo.yaml: answers as `{ data, error, response }`. */
export type HailuoApi = ProviderApi<paths>;

/**
 * Creates a Hailuo client. The API key comes from `options.apiKey` or the
 * `ACEDATA_API_KEY` environment variable.
 */
export function createHailuoClient(options?: ClientOptions): HailuoClient {
  return createAceDataClient(facts, options);
}

/**
 * Creates openapi-fetch's typed client for every path of specs/hailuo.yaml, with the same options as
 * `createHailuoClient`: for requests the client's methods do not make. Code that does not call it
 * does not carry openapi-fetch.
 */
export function createHailuoApi(options?: ClientOptions): HailuoApi {
  return createProviderApi<paths>(facts, options);
}

/** The task source `@gentask/poller` uses to wait for Hailuo tasks (batches of up to 50 ids). */
export function hailuoTasks(client: HailuoClient): TaskSource<HailuoTaskRecord> {
  return aceDataTaskSource(client, taskFacts);
}
