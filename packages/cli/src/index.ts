export type { Terminal } from "./live-display.js";
export { EXIT, type Io, main, parseBaseUrl, parseDuration } from "./main.js";
export { type ProviderName, providerNames } from "./providers.js";
