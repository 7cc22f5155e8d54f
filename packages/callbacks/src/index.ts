export {
  type CallbackEvent,
  type CallbackHandle,
  type CallbackOutcome,
  type Callbacks,
  type CallbacksOptions,
  createCallbacks,
  type HandleContext,
} from "./callbacks.js";
