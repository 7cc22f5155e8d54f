export { EXIT, type Io, main, parseDuration } from "./main.js";
export { type ProviderName, providerNames } from "./providers.js";
