/**
 * A deterministic uniform random in [0, 1) from a 32-bit seed (mulberry32): the poller's `random` in tests and
 * benchmarks, so that its jitter and every figure that depends on it repeat run after run, and the mock's
 * seeded callback faults.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}
