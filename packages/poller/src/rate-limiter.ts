import { InvalidInputError, type RateLimit } from "@gentask/core";

/** Extra room added to the sliding window, for network jitter that brings requests closer together on arrival. */
const WINDOW_GUARD = 0.05;
/** How far a 429 cuts the rate, and the floor it never goes under (fractions of the configured rate). */
const SLOW_DOWN_FACTOR = 0.5;
const SLOWEST_FRACTION = 0.1;
/** How fast the rate climbs back after a 429: this fraction of the configured rate per second. */
const RECOVERY_PER_SECOND = 0.02;

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
 * The request budget of one API key: a token bucket (`requestsPerSecond`,
 * `burst`) that also never lets more than `requestsPerSecond` requests into
 * any one-second window (plus a 5% guard), obeys `Retry-After` pauses and
 * halves its rate after a 429, recovering gradually.
 */
export class RateLimiter {
  private tokens: number;
  private updatedAt: number;
  private pausedUntil = Number.NEGATIVE_INFINITY;
  private slowedAt = Number.NEGATIVE_INFINITY;
  private slowedRate: number;
  /** The most recent send times, oldest overwritten first. */
  private readonly sent: number[] = [];
  private sentHead = 0;

  constructor(
    readonly limit: RateLimit,
    now: number,
  ) {
    assertRateLimit(limit, "A rate limit");
    this.tokens = limit.burst;
    this.updatedAt = now;
    this.slowedRate = limit.requestsPerSecond;
  }

  /** The rate in force at `now` (the configured one, or less after a 429). */
  rate(now: number): number {
    const configured = this.limit.requestsPerSecond;
    if (this.slowedRate >= configured) return configured;
    const recovered = this.slowedRate + configured * RECOVERY_PER_SECOND * ((now - this.slowedAt) / 1000);
    if (recovered >= configured) {
      this.slowedRate = configured;
      return configured;
    }
    return recovered;
  }

  /** When the next request may go (`now` or later). */
  nextSendAt(now: number): number {
    this.refill(now);
    const rate = this.rate(now);
    let at = Math.max(now, this.pausedUntil);
    if (this.tokens < 1) at = Math.max(at, now + ((1 - this.tokens) / rate) * 1000);
    const cap = Math.max(1, Math.floor(rate));
    if (this.sent.length >= cap) {
      const windowMs = (cap / rate) * 1000 * (1 + WINDOW_GUARD);
      const capacity = this.sent.length;
      const capthMostRecent = this.sent[(this.sentHead - cap + capacity * 2) % capacity] as number;
      at = Math.max(at, capthMostRecent + windowMs);
    }
    return at;
  }

  /** Spends one request; call only when `nextSendAt(now) <= now`. */
  take(now: number): void {
    this.refill(now);
    this.tokens -= 1;
    const capacity = Math.max(1, Math.ceil(this.limit.requestsPerSecond));
    if (this.sent.length < capacity) {
      this.sent.push(now);
      this.sentHead = this.sent.length % capacity;
    } else {
      this.sent[this.sentHead] = now;
      this.sentHead = (this.sentHead + 1) % capacity;
    }
  }

  /** Sends nothing before `until` (a `Retry-After`). */
  pause(until: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, until);
  }

  /**
   * The server said 429 to a request sent at `sentAt`: halve the rate (not
   * below a tenth) and empty the bucket. Requests sent before the last
   * slow-down belong to the same episode and do not halve it again.
   */
  slowDown(now: number, sentAt = now): void {
    if (sentAt < this.slowedAt) return;
    const configured = this.limit.requestsPerSecond;
    this.slowedRate = Math.max(configured * SLOWEST_FRACTION, this.rate(now) * SLOW_DOWN_FACTOR);
    this.slowedAt = now;
    this.refill(now);
    this.tokens = Math.min(this.tokens, 0);
  }

  private refill(now: number): void {
    if (now <= this.updatedAt) return;
    const rate = this.rate(now);
    this.tokens = Math.min(this.limit.burst, this.tokens + ((now - this.updatedAt) / 1000) * rate);
    this.updatedAt = now;
  }
}
