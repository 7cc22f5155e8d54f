// Generated from specs/seedream.yaml by scripts/generate.mjs: do not edit, run `pnpm generate`.
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
  components as SeedreamComponents,
  operations as SeedreamOperations,
  paths as SeedreamPaths,
} from "./schema.js";

/** What the client needs of specs/seedream.yaml. */
const facts: ClientFacts = {
  "name": "seedream",
  "baseUrl": "https://api.acedata.cloud",
  "apiKeyVariable": "ACEDATA_API_KEY",
  "starters": {
    "createTask": "/seedream/images"
  },
  "statusPath": "/seedream/tasks",
  "batchSize": 50
};

/** What its task source needs: where a record keeps its status and media. */
const taskFacts: TaskSourceFacts = {
  "record": {
    "items": "data",
    "mediaUrls": [
      "image_url"
    ],
    "inlineMedia": [
      "b64_json"
    ],
    "errorCode": [
      "error/code"
    ],
    "errorMessage": [
      "error/message",
      "error"
    ]
  }
};

/** The body of `POST /seedream/images`. */
export type SeedreamCreateTaskRequest = NonNullable<operations["createTask"]["requestBody"]>["content"]["application/json"];
/** A stored SeeDream task, as `POST /seedream/tasks` returns it. */
export type SeedreamTaskRecord = components["schemas"]["TaskRecord"];

/** The operations that start a SeeDream task: each is a method of the client that resolves with the task id. */
export interface SeedreamTaskStarters {
  /** `POST /seedream/images`: Start a SeeDream image generation. */
  createTask: SeedreamCreateTaskRequest;
}

/** A SeeDream client: a method per task-starting operation, and the reads its task source uses. */
export type SeedreamClient = AceDataClient<SeedreamTaskStarters, SeedreamTaskRecord>;

/** openapi-fetch's typed `GET`/`POST` for every path of specs/seedream.yaml: answers as `{ data, error, response }`. */
export type SeedreamApi = ProviderApi<paths>;

/**
 * Creates a SeeDream client. The API key comes from `options.apiKey` or the
 * `ACEDATA_API_KEY` environment variable.
 */
export function createSeedreamClient(options?: ClientOptions): SeedreamClient {
  return createAceDataClient(facts, options);
}

/**
 * Creates openapi-fetch's typed client for every path of specs/seedream.yaml, with the same options as
 * `createSeedreamClient`: for requests the client's methods do not make. Code that does not call it
 * does not carry openapi-fetch.
 */
export function createSeedreamApi(options?: ClientOptions): SeedreamApi {
  return createProviderApi<paths>(facts, options);
}

/** The task source `@gentask/poller` uses to wait for SeeDream tasks (batches of up to 50 ids). */
export function seedreamTasks(client: SeedreamClient): TaskSource<SeedreamTaskRecord> {
  return aceDataTaskSource(client, taskFacts);
}
