// `@gentask/poller/testing`: helpers for tests and simulations, kept out of the main entry point so that
// they never reach a user's bundle.

export { seededRandom } from "@gentask/core";
export { createVirtualClock, type VirtualClock } from "./virtual-clock.js";
