// Generated from specs/seedance.yaml by scripts/generate.mjs: do not edit, run `pnpm generate`.
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
  components as SeedanceComponents,
  operations as SeedanceOperations,
  paths as SeedancePaths,
} from "./schema.js";

/** What the client needs of specs/seedance.yaml. */
const facts: ClientFacts = {
  "name": "seedance",
  "baseUrl": "https://api.acedata.cloud",
  "apiKeyVariable": "ACEDATA_API_KEY",
  "starters": {
    "createTask": "/seedance/videos"
  },
  "statusPath": "/seedance/tasks",
  "batchSize": 50
};

/** What its task source needs: where a record keeps its status and media. */
const taskFacts: TaskSourceFacts = {
  "record": {
    "items": "data",
    "statusWord": [
      "status"
    ],
    "progress": [
      "progress"
    ],
    "mediaUrls": [
      "video_url",
      "content/video_url"
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
      "failed",
      "cancelled",
      "expired"
    ]
  }
};

/** The body of `POST /seedance/videos`. */
export type SeedanceCreateTaskRequest = NonNullable<operations["createTask"]["requestBody"]>["content"]["application/json"];
/** A stored SeeDance task, as `POST /seedance/tasks` returns it. */
export type SeedanceTaskRecord = components["schemas"]["TaskRecord"];

/** The operations that start a SeeDance task: each is a method of the client that resolves with the task id. */
export interface SeedanceTaskStarters {
  /** `POST /seedance/videos`: Start a SeeDance video generation. */
  createTask: SeedanceCreateTaskRequest;
}

/** A SeeDance client: a method per task-starting operation, and the reads its task source uses. */
export type SeedanceClient = AceDataClient<SeedanceTaskStarters, SeedanceTaskRecord>;

/** openapi-fetch's typed `GET`/`POST` for every path of specs/seedance.yaml: answers as `{ data, error, response }`. */
export type SeedanceApi = ProviderApi<paths>;

/**
 * Creates a SeeDance client. The API key comes from `options.apiKey` or the
 * `ACEDATA_API_KEY` environment variable.
 */
export function createSeedanceClient(options?: ClientOptions): SeedanceClient {
  return createAceDataClient(facts, options);
}

/**
 * Creates openapi-fetch's typed client for every path of specs/seedance.yaml, with the same options as
 * `createSeedanceClient`: for requests the client's methods do not make. Code that does not call it
 * does not carry openapi-fetch.
 */
export function createSeedanceApi(options?: ClientOptions): SeedanceApi {
  return createProviderApi<paths>(facts, options);
}

/** The task source `@gentask/poller` uses to wait for SeeDance tasks (batches of up to 50 ids). */
export function seedanceTasks(client: SeedanceClient): TaskSource<SeedanceTaskRecord> {
  return aceDataTaskSource(client, taskFacts);
}
