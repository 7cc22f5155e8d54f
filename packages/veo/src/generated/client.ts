// Generated from specs/veo.yaml by scripts/generate.mjs: do not edit, run `pnpm generate`.
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
  components as VeoComponents,
  operations as VeoOperations,
  paths as VeoPaths,
} from "./schema.js";

/** What the client needs of specs/veo.yaml. */
const facts: ClientFacts = {
  "name": "veo",
  "baseUrl": "https://api.acedata.cloud",
  "apiKeyVariable": "ACEDATA_API_KEY",
  "starters": {
    "createTask": "/veo/videos",
    "upsampleVideo": "/veo/upsample",
    "extendVideo": "/veo/extend",
    "reshootVideo": "/veo/reshoot",
    "editObjects": "/veo/objects"
  },
  "statusPath": "/veo/tasks",
  "batchSize": 50
};

/** What its task source needs: where a record keeps its status and media. */
const taskFacts: TaskSourceFacts = {
  "record": {
    "items": "data",
    "statusWord": [
      "state"
    ],
    "progress": [
      "progress"
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

/** The body of `POST /veo/videos`. */
export type VeoCreateTaskRequest = NonNullable<operations["createTask"]["requestBody"]>["content"]["application/json"];
/** The body of `POST /veo/upsample`. */
export type VeoUpsampleVideoRequest = NonNullable<operations["upsampleVideo"]["requestBody"]>["content"]["application/json"];
/** The body of `POST /veo/extend`. */
export type VeoExtendVideoRequest = NonNullable<operations["extendVideo"]["requestBody"]>["content"]["application/json"];
/** The body of `POST /veo/reshoot`. */
export type VeoReshootVideoRequest = NonNullable<operations["reshootVideo"]["requestBody"]>["content"]["application/json"];
/** The body of `POST /veo/objects`. */
export type VeoEditObjectsRequest = NonNullable<operations["editObjects"]["requestBody"]>["content"]["application/json"];
/** A stored Veo task, as `POST /veo/tasks` returns it. */
export type VeoTaskRecord = components["schemas"]["TaskRecord"];

/** The operations that start a Veo task: each is a method of the client that resolves with the task id. */
export interface VeoTaskStarters {
  /** `POST /veo/videos`: Start a Veo video generation. */
  createTask: VeoCreateTaskRequest;
  /** `POST /veo/upsample`: Upscale a Veo video or turn it into a GIF. */
  upsampleVideo: VeoUpsampleVideoRequest;
  /** `POST /veo/extend`: Extend a Veo video. */
  extendVideo: VeoExtendVideoRequest;
  /** `POST /veo/reshoot`: Re-film a Veo video with another camera motion. */
  reshootVideo: VeoReshootVideoRequest;
  /** `POST /veo/objects`: Insert an object into a Veo video or remove one. */
  editObjects: VeoEditObjectsRequest;
}

/** A Veo client: a method per task-starting operation, and the reads its task source uses. */
export type VeoClient = AceDataClient<VeoTaskStarters, VeoTaskRecord>;

/** openapi-fetch's typed `GET`/`POST` for every path of specs/veo.yaml: answers as `{ data, error, response }`. */
export type VeoApi = ProviderApi<paths>;

/**
 * Creates a Veo client. The API key comes from `options.apiKey` or the
 * `ACEDATA_API_KEY` environment variable.
 */
export function createVeoClient(options?: ClientOptions): VeoClient {
  return createAceDataClient(facts, options);
}

/**
 * Creates openapi-fetch's typed client for every path of specs/veo.yaml, with the same options as
 * `createVeoClient`: for requests the client's methods do not make. Code that does not call it
 * does not carry openapi-fetch.
 */
export function createVeoApi(options?: ClientOptions): VeoApi {
  return createProviderApi<paths>(facts, options);
}

/** The task source `@gentask/poller` uses to wait for Veo tasks (batches of up to 50 ids). */
export function veoTasks(client: VeoClient): TaskSource<VeoTaskRecord> {
  return aceDataTaskSource(client, taskFacts);
}
