// Generated from specs/flux.yaml by scripts/generate.mjs: do not edit, run `pnpm generate`.
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
  components as FluxComponents,
  operations as FluxOperations,
  paths as FluxPaths,
} from "./schema.js";

/** What the client needs of specs/flux.yaml. */
const facts: ClientFacts = {
  "name": "flux",
  "baseUrl": "https://api.acedata.cloud",
  "apiKeyVariable": "ACEDATA_API_KEY",
  "starters": {
    "createTask": "/flux/images",
    "createVideo": "/flux/videos"
  },
  "statusPath": "/flux/tasks",
  "batchSize": 50
};

/** What its task source needs: where a record keeps its status and media. */
const taskFacts: TaskSourceFacts = {
  "record": {
    "items": "data",
    "mediaUrls": [
      "image_url",
      "video_url"
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

/** The body of `POST /flux/images`. */
export type FluxCreateTaskRequest = NonNullable<operations["createTask"]["requestBody"]>["content"]["application/json"];
/** The body of `POST /flux/videos`. */
export type FluxCreateVideoRequest = NonNullable<operations["createVideo"]["requestBody"]>["content"]["application/json"];
/** A stored Flux task, as `POST /flux/tasks` returns it. */
export type FluxTaskRecord = components["schemas"]["TaskRecord"];

/** The operations that start a Flux task: each is a method of the client that resolves with the task id. */
export interface FluxTaskStarters {
  /** `POST /flux/images`: Start a Flux image generation. */
  createTask: FluxCreateTaskRequest;
  /** `POST /flux/videos`: Start a FLUX.3 video generation. */
  createVideo: FluxCreateVideoRequest;
}

/** A Flux client: a method per task-starting operation, and the reads its task source uses. */
export type FluxClient = AceDataClient<FluxTaskStarters, FluxTaskRecord>;

/** openapi-fetch's typed `GET`/`POST` for every path of specs/flux.yaml: answers as `{ data, error, response }`. */
export type FluxApi = ProviderApi<paths>;

/**
 * Creates a Flux client. The API key comes from `options.apiKey` or the
 * `ACEDATA_API_KEY` environment variable.
 */
export function createFluxClient(options?: ClientOptions): FluxClient {
  return createAceDataClient(facts, options);
}

/**
 * Creates openapi-fetch's typed client for every path of specs/flux.yaml, with the same options as
 * `createFluxClient`: for requests the client's methods do not make. Code that does not call it
 * does not carry openapi-fetch.
 */
export function createFluxApi(options?: ClientOptions): FluxApi {
  return createProviderApi<paths>(facts, options);
}

/** The task source `@gentask/poller` uses to wait for Flux tasks (batches of up to 50 ids). */
export function fluxTasks(client: FluxClient): TaskSource<FluxTaskRecord> {
  return aceDataTaskSource(client, taskFacts);
}
