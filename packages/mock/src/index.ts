export { MockServerError } from "./errors.js";
export {
  type CallbackDelivery,
  type CallbackFault,
  type CallbackFaults,
  FAIL_KEYWORD,
  type LifecycleServer,
  type LifecycleServerOptions,
  MOCK_KIE_WEBHOOK_SECRET,
  OUTCOME_HEADER,
  startLifecycleServer,
} from "./lifecycle/server.js";
export { assertPortFree, findFreePort } from "./ports.js";
export {
  describeSchemaErrors,
  findSpecsDirectory,
  loadSpec,
  type NamedExample,
  namedExamples,
  type SpecDocument,
  SpecDocumentError,
  type SpecOperation,
  schemaValidator,
  specOperations,
} from "./spec-documents.js";
