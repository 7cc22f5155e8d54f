import { InvalidInputError } from "@gentask/core";
import { describe, expect, it } from "vitest";
import { RateLimiter } from "./budget.js";

/** Reserves as fast as the limiter allows from `start` until `end` and returns the send times. */
function drain(limiter: RateLimiter, start: number, end: number): number[] {
  const sent: number[] = [];
  let now = start;
  while (now < end) {
    const at = limiter.reserve(now);
    expect(at).toBeGreaterThanOrEqual(now);
    now = at;
    if (now >= end) break;
    sent.push(now);
  }
  return sent;
}

function maxInAnyWindow(times: number[], windowMs: number): number {
  let most = 0;
  let first = 0;
  for (let last = 0; last < times.length; last++) {
    while ((times[last] as number) - (times[first] as number) >= windowMs) first++;
    most = Math.max(most, last - first + 1);
  }
  return most;
}

describe("RateLimiter", () => {
  it("allows the burst at once, then the steady rate, and never more than the rate in any second", () => {
    const limiter = new RateLimiter({ requestsPerSecond: 10, burst: 10 }, 0);
    const sent = drain(limiter, 0, 60_000);
    expect(sent.slice(0, 10)).toEqual(Array(10).fill(0));
    expect(maxInAnyWindow(sent, 1_000)).toBe(10);
    // The window guard costs at most 5 % of the throughput.
    expect(sent.length).toBeGreaterThan(60 * 10 * 0.94);
    expect(sent.length).toBeLessThanOrEqual(60 * 10);
  });

  it("respects a burst smaller than the rate", () => {
    const limiter = new RateLimiter({ requestsPerSecond: 10, burst: 1 }, 0);
    const sent = drain(limiter, 0, 1_000);
    expect(sent[1]).toBeCloseTo(100, 5);
  });

  it("handles rates below one per second", () => {
    const limiter = new RateLimiter({ requestsPerSecond: 0.5, burst: 1 }, 0);
    // One request per two seconds, plus the 5 % window guard.
    expect(drain(limiter, 0, 10_000)).toEqual([0, 2_100, 4_200, 6_300, 8_400]);
  });

  it("sends nothing before a pause ends", () => {
    const limiter = new RateLimiter({ requestsPerSecond: 10, burst: 10 }, 0);
    limiter.pause(7_000);
    limiter.pause(3_000);
    expect(limiter.reserve(100)).toBe(7_000);
  });

  it("hands out reserved times in order, and counts them against the window", () => {
    const limiter = new RateLimiter({ requestsPerSecond: 2, burst: 2 }, 0);
    // Two at once, then the window (1 s plus 5 %) holds the next two back, whoever asks first.
    expect([0, 0, 0, 0, 0].map(() => limiter.reserve(0))).toEqual([0, 0, 1_050, 1_050, 2_100]);
    expect(limiter.reserve(500)).toBe(2_100);
  });

  it("pauses and slows down on a 429", () => {
    const limiter = new RateLimiter({ requestsPerSecond: 10, burst: 10 }, 0);
    limiter.rateLimited(1_000, 900, 5_000);
    expect(limiter.rate(1_000)).toBe(5);
    expect(limiter.reserve(1_000)).toBeGreaterThanOrEqual(6_000);
  });

  it("halves its rate after a 429 and climbs back over time", () => {
    const limiter = new RateLimiter({ requestsPerSecond: 10, burst: 10 }, 0);
    limiter.slowDown(0);
    expect(limiter.rate(0)).toBe(5);
    limiter.slowDown(0);
    expect(limiter.rate(0)).toBe(2.5);
    for (let index = 0; index < 10; index++) limiter.slowDown(0);
    expect(limiter.rate(0)).toBe(1);
    expect(limiter.reserve(0)).toBeGreaterThan(0);
    expect(limiter.rate(10_000)).toBeCloseTo(3, 5);
    expect(limiter.rate(60_000)).toBe(10);
    // 429s to requests sent before the last slow-down are the same episode.
    const episode = new RateLimiter({ requestsPerSecond: 10, burst: 10 }, 0);
    episode.slowDown(100, 0);
    episode.slowDown(120, 50);
    expect(episode.rate(120)).toBeCloseTo(5, 1);
    episode.slowDown(300, 200);
    expect(episode.rate(300)).toBeCloseTo(2.5, 1);
    const slowed = new RateLimiter({ requestsPerSecond: 10, burst: 10 }, 0);
    slowed.slowDown(0);
    expect(maxInAnyWindow(drain(slowed, 0, 2_000), 1_000)).toBeLessThanOrEqual(6);
  });

  it("rejects a rate limit that makes no sense", () => {
    expect(() => new RateLimiter({ requestsPerSecond: 0, burst: 1 }, 0)).toThrow(InvalidInputError);
    expect(() => new RateLimiter({ requestsPerSecond: 1, burst: 0 }, 0)).toThrow(InvalidInputError);
  });
});
