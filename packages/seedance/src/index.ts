import {
  type AceDataClient,
  aceDataTaskSource,
  type ClientOptions,
  createAceDataClient,
  type TaskSource,
} from "@gentask/core";
import type { components, paths } from "./generated/schema.js";

export { ApiError, type ClientOptions, GentaskError, InvalidInputError, type RequestOptions } from "@gentask/core";
export type { components as SeeDanceComponents, paths as SeeDancePaths } from "./generated/schema.js";

/** The body of `POST /seedance/videos`. */
export type SeeDanceCreateTaskRequest = components["schemas"]["CreateTaskRequest"];
/** A stored SeeDance task as `POST /seedance/tasks` returns it; `response` is absent while it runs. */
export type SeeDanceTaskRecord = components["schemas"]["TaskRecord"];
/** A SeeDance client: typed `GET`/`POST` for every path of the spec, plus the task helpers. */
export type SeeDanceClient = AceDataClient<paths, SeeDanceCreateTaskRequest, SeeDanceTaskRecord>;

/**
 * Creates a SeeDance client. The API key comes from `options.apiKey` or the
 * `ACEDATA_API_KEY` environment variable.
 */
export function createSeeDanceClient(options?: ClientOptions): SeeDanceClient {
  return createAceDataClient({ provider: "seedance", createPath: "/seedance/videos" }, options);
}

/** The task source `@gentask/poller` uses to wait for SeeDance tasks (batches of up to 50 ids). */
export function seedanceTasks(client: SeeDanceClient): TaskSource<SeeDanceTaskRecord> {
  return aceDataTaskSource(client);
}
