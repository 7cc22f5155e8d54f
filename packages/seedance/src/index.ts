import {
  type AceDataClient,
  aceDataTaskSource,
  type ClientOptions,
  createAceDataClient,
  type TaskSource,
} from "@gentask/core";
import type { components, paths } from "./generated/schema.js";

export { ApiError, type ClientOptions, GentaskError, InvalidInputError, type RequestOptions } from "@gentask/core";
export type { components as SeedanceComponents, paths as SeedancePaths } from "./generated/schema.js";

/** The body of `POST /seedance/videos`. */
export type SeedanceCreateTaskRequest = components["schemas"]["CreateTaskRequest"];
/** A stored SeeDance task as `POST /seedance/tasks` returns it; `response` is absent while it runs. */
export type SeedanceTaskRecord = components["schemas"]["TaskRecord"];
/** A SeeDance client: typed `GET`/`POST` for every path of the spec, plus the task helpers. */
export type SeedanceClient = AceDataClient<paths, SeedanceCreateTaskRequest, SeedanceTaskRecord>;

/**
 * Creates a SeeDance client. The API key comes from `options.apiKey` or the
 * `ACEDATA_API_KEY` environment variable.
 */
export function createSeedanceClient(options?: ClientOptions): SeedanceClient {
  return createAceDataClient({ provider: "seedance", createPath: "/seedance/videos" }, options);
}

/** The task source `@gentask/poller` uses to wait for SeeDance tasks (batches of up to 50 ids). */
export function seedanceTasks(client: SeedanceClient): TaskSource<SeedanceTaskRecord> {
  return aceDataTaskSource(client);
}
