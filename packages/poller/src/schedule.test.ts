import { InvalidInputError } from "@gentask/core";
import { describe, expect, it } from "vitest";
import { backoffDelay, bandedSchedule, fewestRequestsSchedule, fixedSchedule } from "./schedule.js";

const low = () => 0;
const high = () => 0.999_999;

describe("fewestRequestsSchedule (kie's advice)", () => {
  it.each([
    [0, 2_000, 3_000],
    [29_999, 2_000, 3_000],
    [30_000, 5_000, 10_000],
    [119_999, 5_000, 10_000],
    [120_000, 15_000, 30_000],
    [14 * 60_000, 15_000, 30_000],
  ])("at age %i ms waits between %i and %i ms", (age, min, max) => {
    expect(fewestRequestsSchedule(age, 3, low)).toBe(min);
    expect(fewestRequestsSchedule(age, 3, high)).toBeCloseTo(max, 0);
    expect(fewestRequestsSchedule(age, 3, high)).toBeLessThan(max);
  });

  it("spreads delays over the whole band (jitter), never outside it", () => {
    let state = 1;
    const random = () => {
      state = (state * 16807) % 2147483647;
      return (state - 1) / 2147483646;
    };
    const delays = Array.from({ length: 2_000 }, () => fewestRequestsSchedule(60_000, 1, random));
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(5_000);
    expect(Math.max(...delays)).toBeLessThanOrEqual(10_000);
    // Every tenth of the band is used: no lockstep.
    const buckets = new Set(delays.map((delay) => Math.floor((delay - 5_000) / 500)));
    expect(buckets.size).toBe(10);
  });
});

describe("bandedSchedule", () => {
  it("rejects bands out of order or inverted", () => {
    expect(() => bandedSchedule([])).toThrow(InvalidInputError);
    expect(() => bandedSchedule([{ minMs: 5, maxMs: 1 }])).toThrow(/maxMs/);
    expect(() =>
      bandedSchedule([
        { untilMs: 10, minMs: 1, maxMs: 2 },
        { untilMs: 5, minMs: 1, maxMs: 2 },
        { minMs: 1, maxMs: 2 },
      ]),
    ).toThrow(/untilMs/);
    expect(() => bandedSchedule([{ minMs: -1, maxMs: 2 }])).toThrow(InvalidInputError);
  });

  it("keeps using the last band past every untilMs", () => {
    const schedule = bandedSchedule([
      { untilMs: 1_000, minMs: 10, maxMs: 10 },
      { untilMs: 2_000, minMs: 20, maxMs: 20 },
    ]);
    expect(schedule(500, 0, low)).toBe(10);
    expect(schedule(1_500, 0, low)).toBe(20);
    expect(schedule(9_000, 0, low)).toBe(20);
  });
});

describe("fixedSchedule", () => {
  it("jitters below the interval", () => {
    const schedule = fixedSchedule(1_000, 0.2);
    expect(schedule(0, 0, low)).toBe(1_000);
    expect(schedule(0, 0, high)).toBeCloseTo(800, 0);
    expect(fixedSchedule(500, 0)(0, 0, high)).toBe(500);
    expect(() => fixedSchedule(Number.NaN)).toThrow(InvalidInputError);
    expect(() => fixedSchedule(10, 2)).toThrow(InvalidInputError);
  });
});

describe("backoffDelay", () => {
  const options = { baseMs: 1_000, maxMs: 30_000 };
  it("doubles its ceiling per failure, from the base, up to the cap", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20].map((failures) => Math.round(backoffDelay(failures, high, options)))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000,
    ]);
    for (const failures of [1, 3, 9]) expect(backoffDelay(failures, low, options)).toBe(1_000);
  });
});
