export {
  type AceDataClient,
  type AceDataTaskReader,
  aceDataTaskSource,
  classifyAceDataRecord,
  createAceDataClient,
  type TaskStarters,
} from "./acedata.js";
export { createProviderApi, type ProviderApi } from "./api.js";
export {
  type Answerer,
  apiErrorFromBody,
  assertTaskId,
  type ClientOptions,
  isObject,
  type JsonObject,
  type JsonRequest,
  jsonSender,
  nonEmptyString,
  type ProviderIdentity,
  type ProviderSettings,
  providerSettings,
  type Redactor,
  type RequestOptions,
  type SendJson,
} from "./client.js";
export { classifyTaskRecord, connectProvider, type ProviderConnection, statusAnswerRecord } from "./connect.js";
export type {
  DiscriminatedBody,
  DiscriminatedStarter,
  KnownBranches,
  KnownValues,
  OpenBranches,
} from "./discriminated-body.js";
export { ApiError, type ApiErrorDetails, GentaskError, InvalidInputError } from "./errors.js";
export { providerRegistry } from "./generated/providers.js";
export { valueAtPointer, withValueAtPointer } from "./json-pointer.js";
export {
  classifyKieMarketRecord,
  createKieMarketClient,
  isKieNotFound,
  type KieMarketClient,
  type KieMarketTaskReader,
  kieMarketTaskSource,
} from "./kie-market.js";
export {
  decodeKieSignature,
  kieCallbackTaskId,
  kieToleranceSeconds,
  signKieWebhook,
  type VerifyKieWebhookOptions,
  verifyKieWebhook,
} from "./kie-webhook.js";
export {
  type ClientFacts,
  DEFAULT_RECORD_ITEMS,
  DEFAULT_STATUS_RATE_LIMIT,
  type ProviderFacts,
  type ProviderFamily,
  type RecordShape,
  type RecordTime,
  recordItemsPath,
  type TaskSourceFacts,
} from "./provider-facts.js";
export { UnreadableJsonError, valuesAt } from "./record-shape.js";
export { seededRandom } from "./seeded-random.js";
export type { RateLimit, TaskErrorInfo, TaskSource, TaskState, TaskStatus } from "./task-source.js";
