import { InvalidInputError } from "@gentask/core";

/**
 * How long to wait before the next status check of a task. `ageMs` is the
 * task's age (time since it was created, or since the wait started when the
 * creation time is unknown), `attempt` the number of checks made so far and
 * `random` a uniform number source in [0, 1) for jitter.
 */
export type Schedule = (ageMs: number, attempt: number, random: () => number) => number;

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
 * kie.ai's recommended schedule, the default: every 2-3 s for the first 30 s,
 * every 5-10 s until 2 minutes, then every 15-30 s.
 */
export const defaultSchedule: Schedule = bandsSchedule([
  { untilMs: 30_000, minMs: 2_000, maxMs: 3_000 },
  { untilMs: 120_000, minMs: 5_000, maxMs: 10_000 },
  { minMs: 15_000, maxMs: 30_000 },
]);

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
