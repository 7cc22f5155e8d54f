import {
  type AceDataClient,
  aceDataTaskSource,
  type ClientOptions,
  createAceDataClient,
  type TaskSource,
} from "@gentask/core";
import type { components, paths } from "./generated/schema.js";

export { ApiError, type ClientOptions, GentaskError, InvalidInputError, type RequestOptions } from "@gentask/core";
export type { components as VeoComponents, paths as VeoPaths } from "./generated/schema.js";

/** The body of `POST /veo/videos`. */
export type VeoCreateTaskRequest = components["schemas"]["CreateTaskRequest"];
/** A stored Veo task as `POST /veo/tasks` returns it; `response` is absent while it runs. */
export type VeoTaskRecord = components["schemas"]["TaskRecord"];
/** A Veo client: typed `GET`/`POST` for every path of the spec, plus the task helpers. */
export type VeoClient = AceDataClient<paths, VeoCreateTaskRequest, VeoTaskRecord>;

/**
 * Creates a Veo client. The API key comes from `options.apiKey` or the
 * `ACEDATA_API_KEY` environment variable.
 */
export function createVeoClient(options?: ClientOptions): VeoClient {
  return createAceDataClient({ provider: "veo", createPath: "/veo/videos" }, options);
}

/** The task source `@gentask/poller` uses to wait for Veo tasks (batches of up to 50 ids). */
export function veoTasks(client: VeoClient): TaskSource<VeoTaskRecord> {
  return aceDataTaskSource(client);
}
