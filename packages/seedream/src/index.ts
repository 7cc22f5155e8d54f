import {
  type AceDataClient,
  aceDataTaskSource,
  type ClientOptions,
  createAceDataClient,
  type TaskSource,
} from "@gentask/core";
import type { components, paths } from "./generated/schema.js";

export { ApiError, type ClientOptions, GentaskError, InvalidInputError, type RequestOptions } from "@gentask/core";
export type { components as SeedreamComponents, paths as SeedreamPaths } from "./generated/schema.js";

/** The body of `POST /seedream/images`. */
export type SeedreamCreateTaskRequest = components["schemas"]["CreateTaskRequest"];
/** A stored SeeDream task as `POST /seedream/tasks` returns it; `response` is absent while it runs. */
export type SeedreamTaskRecord = components["schemas"]["TaskRecord"];
/** A SeeDream client: typed `GET`/`POST` for every path of the spec, plus the task helpers. */
export type SeedreamClient = AceDataClient<paths, SeedreamCreateTaskRequest, SeedreamTaskRecord>;

/**
 * Creates a SeeDream client. The API key comes from `options.apiKey` or the
 * `ACEDATA_API_KEY` environment variable.
 */
export function createSeedreamClient(options?: ClientOptions): SeedreamClient {
  return createAceDataClient({ provider: "seedream", createPath: "/seedream/images" }, options);
}

/** The task source `@gentask/poller` uses to wait for SeeDream tasks (batches of up to 50 ids). */
export function seedreamTasks(client: SeedreamClient): TaskSource<SeedreamTaskRecord> {
  return aceDataTaskSource(client);
}
