/**
 * Where the poller reads the time and sets its timer. The poller keeps at most
 * one timer per poller, and none once no wait is pending, so a process that
 * waited exits on its own (no `unref` needed, which browsers lack).
 */
export interface Clock {
  /** Milliseconds since the Unix epoch (or any fixed origin, used consistently). */
  now(): number;
  setTimeout(callback: () => void, delayMs: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The longest delay `setTimeout` accepts (about 24.8 days); longer timers fire at once. */
export const MAX_TIMER_DELAY_MS = 2_147_483_647;

/** The platform's clock: `Date.now` and the global timers. */
export const realClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, delayMs) => globalThis.setTimeout(callback, delayMs),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

/**
 * Resolves after `delayMs` on `clock`, or rejects with the signal's reason when
 * it aborts first. Leaves no timer or listener behind either way.
 */
export function sleep(delayMs: number, options: { clock?: Clock; signal?: AbortSignal } = {}): Promise<void> {
  const { clock = realClock, signal } = options;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clock.clearTimeout(handle);
      reject(signal?.reason);
    };
    const handle = clock.setTimeout(
      () => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      },
      Math.min(Math.max(0, delayMs), MAX_TIMER_DELAY_MS),
    );
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
