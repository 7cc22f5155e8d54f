export {
  createFleet,
  type Fleet,
  type FleetOptions,
  type FleetWorker,
  type FleetWorkerOptions,
  type OutcomeError,
  type TrackedOutcome,
  type TrackedTask,
  type TrackRequest,
} from "./fleet.js";
export {
  type RedisConnection,
  type RedisRateBudget,
  type RedisRateBudgetOptions,
  redisRateBudget,
} from "./redis-budget.js";
