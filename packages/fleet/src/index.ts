export {
  createFleet,
  type Fleet,
  type FleetOptions,
  type FleetWorker,
  type FleetWorkerOptions,
  type OutcomeError,
  type ResultOptions,
  type TrackedOutcome,
  type TrackedTask,
  type TrackRequest,
} from "./fleet.js";
export { FleetError, type RedisConnection, RedisUnavailableError } from "./health.js";
export { type RedisRateBudget, type RedisRateBudgetOptions, redisRateBudget } from "./redis-budget.js";
