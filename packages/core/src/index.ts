export {
  ACEDATA_BASE_URL,
  ACEDATA_MAX_BATCH_SIZE,
  type AceDataClient,
  type AceDataProviderDefinition,
  type AceDataTaskReader,
  aceDataTaskSource,
  classifyAceDataRecord,
  createAceDataClient,
} from "./acedata.js";
export {
  apiErrorFromBody,
  assertTaskId,
  type ClientOptions,
  createProviderClient,
  isObject,
  nonEmptyString,
  type ProviderClient,
  type ProviderDefinition,
  type ProviderIdentity,
  type RequestOptions,
  readJson,
} from "./client.js";
export { ApiError, type ApiErrorDetails, GentaskError, InvalidInputError } from "./errors.js";
export type { RateLimit, TaskErrorInfo, TaskSource, TaskState, TaskStatus } from "./task-source.js";
