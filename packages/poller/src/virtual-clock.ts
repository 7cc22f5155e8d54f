import type { Clock } from "./clock.js";
import { IndexedHeap } from "./heap.js";

/** A clock whose time moves only when told to: for tests and simulations. */
export interface VirtualClock extends Clock {
  /** Timers set and not yet fired or cleared. */
  readonly timerCount: number;
  /**
   * Moves time forward by `ms`, firing due timers in order and letting promises
   * settle after each one.
   */
  advance(ms: number): Promise<void>;
  /** Jumps to the next timer and fires it; resolves `false` when there is none. */
  next(): Promise<boolean>;
  /** Advances timer by timer until `promise` settles or `limitMs` of virtual time passed; resolves its outcome. */
  run<Value>(promise: Promise<Value>, limitMs?: number): Promise<PromiseSettledResult<Value>>;
}

interface VirtualTimer {
  at: number;
  sequence: number;
  callback: () => void;
  slot: number;
}

/** Lets pending promise callbacks run: one macrotask turn (`setImmediate` where it exists). */
function defaultFlush(): Promise<void> {
  const scope = globalThis as { setImmediate?: (callback: () => void) => unknown };
  return new Promise((resolve) =>
    scope.setImmediate ? scope.setImmediate(resolve) : globalThis.setTimeout(resolve, 0),
  );
}

/**
 * Creates a virtual clock starting at `start` (default 2026-01-01T00:00:00Z).
 * Nothing happens until `advance`, `next` or `run` is called.
 */
export function createVirtualClock(options: { start?: number; flush?: () => Promise<void> } = {}): VirtualClock {
  const flush = options.flush ?? defaultFlush;
  let now = options.start ?? Date.UTC(2026, 0, 1);
  let sequence = 0;
  const timers = new IndexedHeap<VirtualTimer>(
    (timer) => timer.at,
    {
      get: (timer) => timer.slot,
      set: (timer, index) => {
        timer.slot = index;
      },
    },
    (a, b) => a.sequence - b.sequence,
  );

  const fireNext = (until: number): boolean => {
    const timer = timers.peek();
    if (timer === undefined || timer.at > until) return false;
    timers.pop();
    now = Math.max(now, timer.at);
    timer.callback();
    return true;
  };

  const clock: VirtualClock = {
    now: () => now,
    setTimeout(callback, delayMs) {
      const timer: VirtualTimer = {
        at: now + Math.max(0, Number.isFinite(delayMs) ? delayMs : 0),
        sequence: sequence++,
        callback,
        slot: -1,
      };
      timers.push(timer);
      return timer;
    },
    clearTimeout(handle) {
      if (handle && typeof handle === "object" && "slot" in handle) timers.remove(handle as VirtualTimer);
    },
    get timerCount() {
      return timers.size;
    },
    async advance(ms) {
      const target = now + Math.max(0, ms);
      await flush();
      while (fireNext(target)) await flush();
      now = target;
      await flush();
    },
    async next() {
      await flush();
      const fired = fireNext(Number.POSITIVE_INFINITY);
      await flush();
      return fired;
    },
    async run<Value>(promise: Promise<Value>, limitMs = Number.POSITIVE_INFINITY) {
      let outcome: PromiseSettledResult<Value> | undefined;
      promise.then(
        (value) => {
          outcome = { status: "fulfilled", value };
        },
        (reason: unknown) => {
          outcome = { status: "rejected", reason };
        },
      );
      const limit = now + limitMs;
      await flush();
      while (outcome === undefined && fireNext(limit)) await flush();
      if (outcome === undefined) throw new Error(`The promise did not settle within ${limitMs} ms of virtual time.`);
      return outcome;
    },
  };
  return clock;
}
