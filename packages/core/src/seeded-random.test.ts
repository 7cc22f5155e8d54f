import { expect, it } from "vitest";
import { seededRandom } from "./seeded-random.js";

it("repeats its sequence for a seed, differs between seeds, and stays in [0, 1)", () => {
  const take = (seed: number) => {
    const random = seededRandom(seed);
    return Array.from({ length: 1000 }, () => random());
  };
  const first = take(42);
  expect(take(42)).toEqual(first);
  expect(take(43)).not.toEqual(first);
  expect(first.every((value) => value >= 0 && value < 1)).toBe(true);
  // Spread over the interval, not stuck in a corner of it.
  expect(Math.min(...first)).toBeLessThan(0.01);
  expect(Math.max(...first)).toBeGreaterThan(0.99);
});
