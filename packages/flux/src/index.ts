import {
  type AceDataClient,
  aceDataTaskSource,
  type ClientOptions,
  createAceDataClient,
  type TaskSource,
} from "@gentask/core";
import type { components, paths } from "./generated/schema.js";

export { ApiError, type ClientOptions, GentaskError, InvalidInputError, type RequestOptions } from "@gentask/core";
export type { components as FluxComponents, paths as FluxPaths } from "./generated/schema.js";

/** The body of `POST /flux/images`. */
export type FluxCreateTaskRequest = components["schemas"]["CreateTaskRequest"];
/** A stored Flux task as `POST /flux/tasks` returns it; `response` is absent while it runs. */
export type FluxTaskRecord = components["schemas"]["TaskRecord"];
/** A Flux client: typed `GET`/`POST` for every path of the spec, plus the task helpers. */
export type FluxClient = AceDataClient<paths, FluxCreateTaskRequest, FluxTaskRecord>;

/**
 * Creates a Flux client. The API key comes from `options.apiKey` or the
 * `ACEDATA_API_KEY` environment variable.
 */
export function createFluxClient(options?: ClientOptions): FluxClient {
  return createAceDataClient({ provider: "flux", createPath: "/flux/images" }, options);
}

/** The task source `@gentask/poller` uses to wait for Flux tasks (batches of up to 50 ids). */
export function fluxTasks(client: FluxClient): TaskSource<FluxTaskRecord> {
  return aceDataTaskSource(client);
}
