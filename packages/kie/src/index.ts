export { ApiError, type ClientOptions, GentaskError, InvalidInputError, type RequestOptions } from "@gentask/core";
export type { components as KieComponents, paths as KiePaths } from "./generated/schema.js";
export {
  createKieClient,
  isKieNotFound,
  type KieClient,
  type KieCreateTaskRequest,
  type KieTaskRecord,
} from "./kie-client.js";
export { classifyKieRecord, kieTasks } from "./kie-tasks.js";
export { signKieWebhook, type VerifyKieWebhookOptions, verifyKieWebhook } from "./kie-webhook.js";
