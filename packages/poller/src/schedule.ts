import { InvalidInputError } from "@gentask/core";

/**
 * How long to wait before the next status check of a task. `ageMs` is the
 * task's age (time since it was created, or since the wait started when the
 * creation time is unknown), `attempt` the number of checks made so far,
 * `random` a uniform number source in [0, 1) for jitter and `load` what the
 * task's API key carries now (the poller passes it; read it during the call).
 */
export type Schedule = (ageMs: number, attempt: number, random: () => number, load?: KeyLoad) => number;

/** What an API key carries when a check is planned: what an {@link eagerSchedule} sizes its interval by. */
export interface KeyLoad {
  /** Tasks waited for on the key (in this process, or across processes for a budget that knows). */
  pendingTasks: number;
  /** Ids one status request of the task's source reads. */
  maxBatchSize: number;
  /** The key's rate limit. */
  requestsPerSecond: number;
}

/** One band of a {@link bandedSchedule}: until the task is `untilMs` old, wait between `minMs` and `maxMs`. */
export interface ScheduleBand {
  /** The band applies while the task is younger than this; omit on the last band. */
  untilMs?: number;
  minMs: number;
  maxMs: number;
}

function assertDelay(value: number, what: string): void {
  if (!(Number.isFinite(value) && value >= 0)) {
    throw new InvalidInputError("invalid_argument", `${what} must be a finite number of ms >= 0, got ${value}.`);
  }
}

/** The schedule of bands already checked: the default one's are known good, so its bundle skips the checks. */
function bandsSchedule(bands: readonly ScheduleBand[]): Schedule {
  return (ageMs, _attempt, random) => {
    const { minMs, maxMs } = (bands.find((band) => band.untilMs === undefined || ageMs < band.untilMs) ??
      bands.at(-1)) as ScheduleBand;
    return minMs + random() * (maxMs - minMs);
  };
}

/**
 * A schedule made of age bands, each waiting a uniformly random time within
 * its bounds, so that many waits started together do not poll in lockstep.
 */
export function bandedSchedule(bands: readonly ScheduleBand[]): Schedule {
  if (!Array.isArray(bands) || bands.length === 0) {
    throw new InvalidInputError("invalid_argument", "bandedSchedule needs at least one band.");
  }
  let previousUntil = 0;
  bands.forEach((band, index) => {
    assertDelay(band.minMs, `band ${index} minMs`);
    assertDelay(band.maxMs, `band ${index} maxMs`);
    if (band.maxMs < band.minMs) {
      throw new InvalidInputError("invalid_argument", `band ${index}: maxMs (${band.maxMs}) < minMs (${band.minMs}).`);
    }
    const isLast = index === bands.length - 1;
    if (!isLast && (band.untilMs === undefined || !(band.untilMs > previousUntil))) {
      throw new InvalidInputError("invalid_argument", `band ${index} needs an untilMs greater than the band before.`);
    }
    previousUntil = band.untilMs ?? previousUntil;
  });
  return bandsSchedule(bands.map((band) => ({ ...band })));
}

/**
 * The preset that sends the fewest requests: kie.ai's recommended schedule, every 2-3 s for the first 30 s,
 * every 5-10 s until 2 minutes, then every 15-30 s, whatever the key's budget holds. The default before 0.2.
 */
export const fewestRequestsSchedule: Schedule = bandsSchedule([
  { untilMs: 30_000, minMs: 2_000, maxMs: 3_000 },
  { untilMs: 120_000, minMs: 5_000, maxMs: 10_000 },
  { minMs: 15_000, maxMs: 30_000 },
]);

/** The defaults of {@link eagerSchedule}, and so of the default schedule. */
const DEFAULT_SHARE = 0.5;
const DEFAULT_FLOOR_MS = 300;
const DEFAULT_UNBATCHED_FLOOR_MS = 2_000;

/** Options of {@link eagerSchedule}. */
export interface EagerScheduleOptions {
  /** The share of the key's rate the eager part plans to spend (default 0.5): the rest is headroom for other waits and creates. */
  budgetShare?: number;
  /** The shortest interval for a source that reads many ids a request (default 300 ms). */
  floorMs?: number;
  /**
   * The shortest interval for a source that reads one id a request (default 2 s, the shortest wait kie.ai
   * advises between polls of a task): each check is a request of its own, so at most 30 per task-minute.
   */
  unbatchedFloorMs?: number;
  /** The schedule it never waits longer than (default {@link fewestRequestsSchedule}). */
  slowest?: Schedule;
}

function assertShare(value: number): void {
  if (!(value > 0 && value <= 1)) {
    throw new InvalidInputError("invalid_argument", `budgetShare must be in (0, 1], got ${value}.`);
  }
}

/** The eager schedule already checked. */
function eager(share: number, floorMs: number, unbatchedFloorMs: number, slowest: Schedule): Schedule {
  return (ageMs, attempt, random, load) => {
    const slow = slowest(ageMs, attempt, random);
    if (load === undefined) return slow;
    const { pendingTasks, maxBatchSize, requestsPerSecond } = load;
    // The interval at which the key's share of the rate reads every pending task once, batched.
    const roundMs = (Math.ceil(pendingTasks / maxBatchSize) / (requestsPerSecond * share)) * 1_000;
    return Math.min(slow, Math.max(maxBatchSize > 1 ? floorMs : unbatchedFloorMs, roundMs));
  };
}

/**
 * Spends a key's idle budget on noticing results sooner: a task is checked again as soon as the key's share of
 * the rate (`budgetShare`) can read every pending task of the key once, batched, but not sooner than the floor,
 * and never later than `slowest`. With a few tasks on a batching provider that is the floor (300 ms); as
 * tasks pile up the interval widens back to `slowest`'s, so the eager part never plans more than its share.
 * On a source of one id a request (kie.ai) it spends at most 30 requests per task-minute (`unbatchedFloorMs`).
 */
export function eagerSchedule(options: EagerScheduleOptions = {}): Schedule {
  const {
    budgetShare = DEFAULT_SHARE,
    floorMs = DEFAULT_FLOOR_MS,
    unbatchedFloorMs = DEFAULT_UNBATCHED_FLOOR_MS,
    slowest = fewestRequestsSchedule,
  } = options;
  assertShare(budgetShare);
  assertDelay(floorMs, "floorMs");
  assertDelay(unbatchedFloorMs, "unbatchedFloorMs");
  if (typeof slowest !== "function") throw new InvalidInputError("invalid_argument", "slowest must be a Schedule.");
  return eager(budgetShare, floorMs, unbatchedFloorMs, slowest);
}

/**
 * The default: {@link eagerSchedule} with its defaults (half the key's rate, a 300 ms floor, 2 s on sources
 * of one id a request, never slower than kie.ai's bands).
 */
export const defaultSchedule: Schedule = eager(
  DEFAULT_SHARE,
  DEFAULT_FLOOR_MS,
  DEFAULT_UNBATCHED_FLOOR_MS,
  fewestRequestsSchedule,
);

/** A fixed interval with `jitter` (a fraction, default 0.2) of random spread below it: `intervalMs·(1-jitter)` to `intervalMs`. */
export function fixedSchedule(intervalMs: number, jitter = 0.2): Schedule {
  assertDelay(intervalMs, "intervalMs");
  if (!(jitter >= 0 && jitter <= 1)) {
    throw new InvalidInputError("invalid_argument", `jitter must be between 0 and 1, got ${jitter}.`);
  }
  return (_ageMs, _attempt, random) => intervalMs * (1 - jitter * random());
}

/** Retry backoff after failed status requests. */
export interface RetryOptions {
  /** First retry delay (default 1 s). */
  baseMs?: number;
  /** Longest retry delay (default 30 s). */
  maxMs?: number;
}

/**
 * The delay before retry number `failures` (1, 2, ...): uniformly random
 * between `baseMs` and min(`maxMs`, `baseMs`·2^(failures-1)). The floor at
 * `baseMs` keeps a burst of errors from turning into an immediate retry storm.
 */
export function backoffDelay(failures: number, random: () => number, options: Required<RetryOptions>): number {
  const ceiling = Math.min(options.maxMs, options.baseMs * 2 ** Math.min(Math.max(0, failures - 1), 30));
  return options.baseMs + random() * Math.max(0, ceiling - options.baseMs);
}
