import { InvalidInputError, type RateLimit } from "@gentask/core";
import type { Clock } from "./clock.js";

/**
 * The request budget of one API key: the poller asks it when each status request may go. The default
 * is in-process (`RateLimiter`); `@gentask/fleet` has one shared by every process through Redis.
 */
export interface RateBudget {
  /**
   * Reserves one request and answers when it may go: `now` or later, on the poller's clock. The time is
   * spent whether or not a request goes then. A shared budget may answer with a promise, which must not
   * reject (a budget that cannot reach its store answers from a local fallback).
   */
  reserve(now: number): number | Promise<number>;
  /** A request sent at `sentAt` was answered 429 at `now`: send nothing for `pauseMs`, and slow down. */
  rateLimited(now: number, sentAt: number, pauseMs: number): void;
  /** The provider asked for a pause without a 429 (`Retry-After` on a 503): send nothing before `until`. */
  pause(until: number): void;
  /**
   * Optional, for a budget shared by processes: the tasks pending on the key in all of them, given this
   * process's `local` count, answered at once (from figures the budget keeps). The default schedule sizes its
   * share of the rate by it; without it, each process counts its own tasks only.
   */
  pendingTasks?(local: number): number;
}

/** What a budget is made for: one `budgetKey` (provider, host and a fingerprint of the key, never the key). */
export interface RateBudgetContext {
  budgetKey: string;
  provider: string;
  /** The limit in force: the source's, or the poller's `rateLimit` option. */
  limit: RateLimit;
  /** The poller's clock: the times the budget answers are on it. */
  clock: Clock;
}

/** Makes the budget of one API key; a poller calls it once per `budgetKey`. */
export type RateBudgetFactory = (context: RateBudgetContext) => RateBudget;

/** Extra room added to the sliding window, for network jitter that brings requests closer together on arrival. */
const WINDOW_GUARD = 0.05;
/** How far a 429 cuts the rate, and the floor it never goes under (fractions of the configured rate). */
const SLOW_DOWN_FACTOR = 0.5;
const SLOWEST_FRACTION = 0.1;
/** How fast the rate climbs back after a 429: this fraction of the configured rate per second. */
const RECOVERY_PER_SECOND = 0.02;
/** Past this many requests per window, the token bucket alone keeps the pace (the window log would only cost memory). */
const LONGEST_WINDOW_LOG = 1_024;

export function assertRateLimit(limit: RateLimit, what: string): void {
  const { requestsPerSecond, burst } = limit ?? ({} as RateLimit);
  if (!(Number.isFinite(requestsPerSecond) && requestsPerSecond > 0 && Number.isFinite(burst) && burst >= 1)) {
    throw new InvalidInputError(
      "invalid_argument",
      `${what} needs requestsPerSecond > 0 and burst >= 1, got ${JSON.stringify(limit)}.`,
    );
  }
}

/**
 * The in-process budget, the default: a token bucket (`requestsPerSecond`, `burst`) that also never lets
 * more than `requestsPerSecond` requests into any one-second window (plus a 5% guard), obeys pauses and
 * halves its rate after a 429, recovering gradually.
 */
export class RateLimiter implements RateBudget {
  #tokens: number;
  #updatedAt: number;
  #pausedUntil = -Infinity;
  #slowedAt = -Infinity;
  #slowedRate: number;
  /** The last reserved time: reservations never go back in time, so the window log stays in order. */
  #lastAt = -Infinity;
  /** The most recent reserved times, oldest overwritten first. */
  readonly #sent: number[] = [];
  #sentHead = 0;

  constructor(
    readonly limit: RateLimit,
    now: number,
  ) {
    assertRateLimit(limit, "A rate limit");
    this.#tokens = limit.burst;
    this.#updatedAt = now;
    this.#slowedRate = limit.requestsPerSecond;
  }

  /** The rate in force at `now` (the configured one, or less after a 429). */
  rate(now: number): number {
    const configured = this.limit.requestsPerSecond;
    if (this.#slowedRate >= configured) return configured;
    const recovered = this.#slowedRate + configured * RECOVERY_PER_SECOND * ((now - this.#slowedAt) / 1000);
    if (recovered >= configured) {
      this.#slowedRate = configured;
      return configured;
    }
    return recovered;
  }

  reserve(now: number): number {
    let at = Math.max(now, this.#lastAt);
    if (this.#pausedUntil > at) at = this.#pausedUntil;
    this.#refill(at);
    const rate = this.rate(at);
    if (this.#tokens < 1) {
      at = this.#updatedAt + ((1 - this.#tokens) / rate) * 1000;
      this.#refill(at);
    }
    const cap = Math.max(1, Math.floor(rate));
    if (cap <= LONGEST_WINDOW_LOG && this.#sent.length >= cap) {
      const capacity = this.#sent.length;
      const capthMostRecent = this.#sent[(this.#sentHead - cap + capacity * 2) % capacity] as number;
      const windowEnd = capthMostRecent + (cap / rate) * 1000 * (1 + WINDOW_GUARD);
      if (windowEnd > at) {
        at = windowEnd;
        this.#refill(at);
      }
    }
    this.#tokens -= 1;
    this.#lastAt = at;
    this.#record(at);
    return at;
  }

  rateLimited(now: number, sentAt: number, pauseMs: number): void {
    this.slowDown(now, sentAt);
    this.pause(now + pauseMs);
  }

  /** Sends nothing before `until` (a `Retry-After`). */
  pause(until: number): void {
    this.#pausedUntil = Math.max(this.#pausedUntil, until);
  }

  /**
   * The server said 429 to a request sent at `sentAt`: halve the rate (not below a tenth) and empty the
   * bucket. Requests sent before the last slow-down belong to the same episode and do not halve it again.
   */
  slowDown(now: number, sentAt = now): void {
    if (sentAt < this.#slowedAt) return;
    const configured = this.limit.requestsPerSecond;
    this.#slowedRate = Math.max(configured * SLOWEST_FRACTION, this.rate(now) * SLOW_DOWN_FACTOR);
    this.#slowedAt = now;
    this.#refill(now);
    this.#tokens = Math.min(this.#tokens, 0);
  }

  #record(at: number): void {
    const capacity = Math.min(LONGEST_WINDOW_LOG, Math.max(1, Math.ceil(this.limit.requestsPerSecond)));
    if (this.#sent.length < capacity) {
      this.#sent.push(at);
      this.#sentHead = this.#sent.length % capacity;
    } else {
      this.#sent[this.#sentHead] = at;
      this.#sentHead = (this.#sentHead + 1) % capacity;
    }
  }

  #refill(now: number): void {
    if (now <= this.#updatedAt) return;
    const rate = this.rate(now);
    this.#tokens = Math.min(this.limit.burst, this.#tokens + ((now - this.#updatedAt) / 1000) * rate);
    this.#updatedAt = now;
  }
}

/** The default budget factory: one in-process `RateLimiter` per API key. */
export const inProcessBudget: RateBudgetFactory = ({ limit, clock }) => new RateLimiter(limit, clock.now());
