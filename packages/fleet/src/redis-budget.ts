import { createHash, randomUUID } from "node:crypto";
import { InvalidInputError, type RateLimit } from "@gentask/core";
import { type Clock, type RateBudget, type RateBudgetFactory, RateLimiter, sleep } from "@gentask/poller";
import { BUDGET_SCRIPT } from "./budget-script.js";
import {
  describeRedisError,
  type RedisConnection,
  RedisHealth,
  redisAddress,
  redisClient,
  WATCH_OPTIONS,
  withTimeout,
} from "./health.js";

export interface RedisRateBudgetOptions {
  /** The Redis every process that shares the budgets uses. */
  connection: RedisConnection;
  /** Prefix of the budget keys (default `gentask`). */
  prefix?: string | undefined;
  /**
   * The share of each key's rate a process keeps for itself while Redis is unreachable (default: one
   * over the number of processes Redis last saw using the key, or a quarter when it never saw any).
   */
  fallbackShare?: number | undefined;
  /** How long a Redis command may take before the process falls back (default 1 s). */
  commandTimeoutMs?: number | undefined;
  /**
   * How long a process's published count of pending tasks stays counted by the others without a refresh
   * (default 10 s, at least 2 s). Each process refreshes it at most once a second while it plans checks on
   * the key; a process that stopped (or has no pending task left) drops out of the sum after this long.
   */
  pendingTasksTtlMs?: number | undefined;
  /** Where the one line about an outage, and the one about the return, go (default `console.warn`). */
  log?: ((message: string) => void) | undefined;
}

/** A budget factory for `createPoller({ rateBudget })`, with the Redis connection it owns. */
export interface RedisRateBudget extends RateBudgetFactory {
  /** Closes the Redis connection (when the budget made it) and stops probing. */
  close(): Promise<void>;
}

/** What the fleet's workers use besides the factory: the check that a request leaves in its slot. */
export interface SharedBudget extends RedisRateBudget {
  /**
   * A request of `budgetKey` is leaving now: when it leaves later than its reserved time allows (the
   * window's guard), it asks again and resolves at its new time; the lag it saw sets the guard.
   */
  leaving(budgetKey: string): Promise<void> | undefined;
}

interface BudgetCommands {
  gentaskBudget(
    stateKey: string,
    logKey: string,
    processesKey: string,
    pendingKey: string,
    operation: string,
    requestsPerSecond: number,
    burst: number,
    processId: string,
    pauseMs: number,
    sentAgoMs: number,
    guardMs: number,
    notBefore: number,
    pendingTasks: number,
    pendingId: string,
    pendingTasksTtlMs: number,
  ): Promise<[number, number, number, number]>;
}

const DEFAULT_UNKNOWN_SHARE = 0.25;
/** While Redis answered a command too late (its connection still up), this often a PING checks it again. */
const PROBE_INTERVAL_MS = 1_000;
/** How long after its return a process still keeps to its own share as well (every process rejoins within it). */
const REJOIN_MS = 3_000;
/** How often a send that left too late asks again before it goes anyway. */
const MOST_ASKS = 3;
/** A process publishes its pending tasks on a key at most this often on a command of its own. */
const PENDING_REFRESH_MS = 1_000;
const DEFAULT_PENDING_TTL_MS = 10_000;
const SHORTEST_PENDING_TTL_MS = 2 * PENDING_REFRESH_MS;

/**
 * How late this process's requests leave after their reserved time, over the last 10 s: the sliding
 * window's guard follows it (a request that leaves late must still be a full window after the one it
 * follows, on the provider's side). At least 50 ms, at most 200 ms: a request later than the guard asks
 * again, so the guard needs to cover the usual lag only, not every spike (each ms of it costs rate).
 */
export class LagGuard {
  static readonly SMALLEST_MS = 50;
  static readonly LARGEST_MS = 200;
  static readonly MEMORY_MS = 10_000;
  /** The largest lag of each 2 s period, newest last. */
  readonly #periods: { start: number; lag: number }[] = [];

  record(lagMs: number, now: number): void {
    if (!(lagMs > 0)) return;
    const start = now - (now % 2_000);
    const last = this.#periods.at(-1);
    if (last !== undefined && last.start === start) last.lag = Math.max(last.lag, lagMs);
    else this.#periods.push({ start, lag: lagMs });
    while ((this.#periods[0]?.start ?? now) < now - LagGuard.MEMORY_MS) this.#periods.shift();
  }

  /** The guard to keep now, in ms: the largest recent lag, plus 10 ms for jitter on the way. */
  guardMs(now: number): number {
    let largest = 0;
    for (const period of this.#periods)
      if (period.start >= now - LagGuard.MEMORY_MS) largest = Math.max(largest, period.lag);
    return Math.min(LagGuard.LARGEST_MS, Math.max(LagGuard.SMALLEST_MS, Math.ceil(largest + 10)));
  }
}

function checkOptions(options: RedisRateBudgetOptions): void {
  if (typeof options !== "object" || options === null || options.connection === undefined) {
    throw new InvalidInputError(
      "invalid_argument",
      "redisRateBudget needs { connection }: a Redis URL, ioredis options or client.",
    );
  }
  const { fallbackShare, commandTimeoutMs, pendingTasksTtlMs } = options;
  if (fallbackShare !== undefined && !(fallbackShare > 0 && fallbackShare <= 1)) {
    throw new InvalidInputError("invalid_argument", `fallbackShare must be in (0, 1], got ${String(fallbackShare)}.`);
  }
  if (commandTimeoutMs !== undefined && !(Number.isFinite(commandTimeoutMs) && commandTimeoutMs > 0)) {
    throw new InvalidInputError("invalid_argument", `commandTimeoutMs must be > 0, got ${String(commandTimeoutMs)}.`);
  }
  if (
    pendingTasksTtlMs !== undefined &&
    !(Number.isFinite(pendingTasksTtlMs) && pendingTasksTtlMs >= SHORTEST_PENDING_TTL_MS)
  ) {
    throw new InvalidInputError(
      "invalid_argument",
      `pendingTasksTtlMs must be >= ${SHORTEST_PENDING_TTL_MS}, got ${String(pendingTasksTtlMs)}.`,
    );
  }
}

/**
 * One rate budget per API key shared by every process that uses this Redis: each status request any
 * of them sends is reserved atomically in Redis (one small Lua script, on Redis's clock). A 429's pause
 * holds every process. When Redis cannot be reached, each process falls back to an in-process budget at
 * its share of the rate (never unlimited, spread over time), says so once, and returns to the shared
 * budget when Redis is back, without a burst. Only the `budgetKey` (hashed) is stored: never an API key.
 */
export function redisRateBudget(options: RedisRateBudgetOptions): RedisRateBudget {
  checkOptions(options);
  const { leaving: _, ...budget } = createSharedBudget(options);
  return Object.assign((context: Parameters<RateBudgetFactory>[0]) => budget.factory(context), {
    close: budget.close,
  });
}

/** The shared budget, with the fleet's Redis health when a fleet makes it (one line per outage for both). */
export function createSharedBudget(
  options: RedisRateBudgetOptions,
  sharedHealth?: RedisHealth,
): { factory: RateBudgetFactory; close: () => Promise<void>; leaving: SharedBudget["leaving"] } {
  checkOptions(options);
  const prefix = options.prefix ?? "gentask";
  const log = options.log ?? ((message: string) => console.warn(message));
  const health =
    sharedHealth ??
    new RedisHealth(
      redisAddress(options.connection),
      log,
      "each process keeps to its own share of every API key's rate until it is back.",
    );
  const { client, owned } = redisClient(options.connection, {
    ...WATCH_OPTIONS,
    commandTimeout: options.commandTimeoutMs ?? 1_000,
  });
  health.watch(client);
  client.defineCommand("gentaskBudget", { numberOfKeys: 4, lua: BUDGET_SCRIPT });
  const commands = client as unknown as BudgetCommands;
  const processId = randomUUID();
  const pendingTasksTtlMs = Math.ceil(options.pendingTasksTtlMs ?? DEFAULT_PENDING_TTL_MS);
  /** Budgets made by this factory: each publishes its pending tasks under an id of its own (two pollers, two counts). */
  let budgetsMade = 0;
  const lag = new LagGuard();
  /** Redis cannot be reached (or answered too late): every key keeps to its share, in-process. */
  let down = false;
  /** Until then, a process back from an outage keeps to its share as well as to the shared budget. */
  let rejoiningUntil = Number.NEGATIVE_INFINITY;
  let probe: ReturnType<typeof setInterval> | undefined;
  // Redis's clock minus this process's, from the quickest exchange seen: a reserved time in Redis's
  // clock is then a time here, however late the answer's callback runs (a busy event loop must not
  // shift the send, which would crowd the next process's turn).
  let offset: number | undefined;
  let offsetRoundTrip = Number.POSITIVE_INFINITY;
  let offsetLearnedAt = 0;
  const learnOffset = (sentAt: number, receivedAt: number, redisNow: number) => {
    const roundTrip = receivedAt - sentAt;
    // An estimate ages by 1 ms a second, so that a slow drift of the clocks is followed.
    const agedRoundTrip = offsetRoundTrip + (receivedAt - offsetLearnedAt) / 1000;
    if (offset === undefined || roundTrip <= agedRoundTrip) {
      offset = redisNow - (sentAt + receivedAt) / 2;
      offsetRoundTrip = roundTrip;
      offsetLearnedAt = receivedAt;
    }
  };
  /** The keys' states, by budget key: the fleet's send check finds the reservation of a leaving request. */
  const states = new Map<string, KeyState>();
  let nowOf: () => number = () => Date.now();

  const rejoin = () => {
    if (!down) return;
    down = false;
    rejoiningUntil = nowOf() + REJOIN_MS;
    if (probe !== undefined) clearInterval(probe);
    probe = undefined;
  };
  const stopListening = health.listen(() => {
    down = true;
  }, rejoin);

  /** A command failed: fall back at once. A lost connection is the health's to report; a slow answer, ours. */
  const goDown = (error: unknown) => {
    if (down) return;
    down = true;
    if (health.down) return;
    log(
      `@gentask/fleet: Redis at ${health.address} did not answer the rate budget in time (${describeRedisError(error)}); each process keeps to its own share of every API key's rate until it answers again.`,
    );
    probe = setInterval(() => {
      client.ping().then(
        () => {
          if (!down || health.down) return;
          log(`@gentask/fleet: Redis at ${health.address} answers the rate budget again.`);
          rejoin();
        },
        () => {},
      );
    }, PROBE_INTERVAL_MS);
    probe.unref?.();
  };

  interface KeyState {
    clock: Clock;
    /** The last time handed to the poller (its clock), and the guard it was reserved with. */
    slot: { at: number; guardMs: number } | undefined;
    reserve(now: number, forPoller: boolean): number | Promise<number>;
  }

  const factory = ({ budgetKey, limit, clock }: { budgetKey: string; limit: RateLimit; clock: Clock }): RateBudget => {
    nowOf = () => clock.now();
    const hash = createHash("sha256").update(budgetKey).digest("hex").slice(0, 32);
    const base = `${prefix}:budget:${hash}`;
    const keys = [base, `${base}:log`, `${base}:processes`, `${base}:pending`] as const;
    const pendingId = `${processId}:${++budgetsMade}`;
    let processesSeen = 0;
    /** This process's pending tasks on the key, as the poller last said (-1: not said yet, nothing to publish). */
    let ownPending = -1;
    /** The other processes' pending tasks on the key, from Redis's last answer. */
    let othersPending = 0;
    /** When this process last published its count (the poller's clock), and whether a refresh is on its way. */
    let publishedAt = Number.NEGATIVE_INFINITY;
    let refreshing = false;
    let pausedUntil = Number.NEGATIVE_INFINITY;
    /** The latest time Redis handed this process for this key (this process's clock). */
    let latestShared = Number.NEGATIVE_INFINITY;
    let local: RateLimiter | undefined;

    const fallbackShareOf = () =>
      options.fallbackShare ?? (processesSeen > 0 ? 1 / processesSeen : DEFAULT_UNKNOWN_SHARE);

    /**
     * The in-process budget of an outage, at this process's share of the rate: one request at a time
     * (no burst), and none before the window of the requests Redis already handed out has passed (the
     * other processes' as well as ours), so that the fallback adds nothing to a window the shared budget
     * already filled.
     */
    const localBudget = (now: number): RateLimiter => {
      if (local === undefined) {
        const share = fallbackShareOf();
        // Whole requests per second: the provider counts requests in any one-second window, so a share of
        // 2.5 a second could put 3 in one window (12 across four processes); 2 cannot.
        const shareRate = limit.requestsPerSecond * share;
        local = new RateLimiter(
          { requestsPerSecond: shareRate >= 1 ? Math.floor(shareRate) : shareRate, burst: 1 },
          now,
        );
        const windowMs = (Math.max(1, Math.floor(limit.requestsPerSecond)) / limit.requestsPerSecond) * 1000;
        local.pause(Math.max(pausedUntil, Math.max(now, latestShared) + windowMs + lag.guardMs(now)));
      }
      return local;
    };

    const run = (operation: string, pauseMs: number, sentAgoMs: number, guardMs: number, notBefore: number) => {
      // Every command carries this process's count: a key that sends a request a second needs no refresh of its own.
      if (ownPending >= 0) publishedAt = clock.now();
      return commands.gentaskBudget(
        keys[0],
        keys[1],
        keys[2],
        keys[3],
        operation,
        limit.requestsPerSecond,
        limit.burst,
        processId,
        Math.max(0, Math.ceil(pauseMs)),
        Math.max(0, Math.round(sentAgoMs)),
        guardMs,
        Math.max(0, Math.ceil(notBefore)),
        ownPending,
        pendingId,
        pendingTasksTtlMs,
      );
    };
    const heard = (answer: [number, number, number, number]) => {
      othersPending = answer[3];
    };

    const state: KeyState = {
      clock,
      slot: undefined,
      reserve(now, forPoller) {
        const guardMs = lag.guardMs(now);
        const handOut = (at: number) => {
          if (forPoller) state.slot = { at, guardMs };
          return at;
        };
        if (down) return handOut(localBudget(now).reserve(now));
        const rejoining = now < rejoiningUntil;
        if (!rejoining) local = undefined;
        // Back from an outage: the other processes may still be on their shares, unknown to Redis.
        const notBefore = rejoining && offset !== undefined ? localBudget(now).reserve(now) + offset : 0;
        const sentAt = clock.now();
        return run("reserve", 0, 0, guardMs, notBefore).then(
          (answer) => {
            const [reservedAt, redisNow, processes] = answer;
            heard(answer);
            learnOffset(sentAt, clock.now(), redisNow);
            processesSeen = processes;
            const at = reservedAt - (offset as number);
            latestShared = Math.max(latestShared, at);
            return handOut(at);
          },
          (error: unknown) => {
            goDown(error);
            const at = clock.now();
            return handOut(localBudget(at).reserve(at));
          },
        );
      },
    };
    states.set(budgetKey, state);

    return {
      reserve: (now) => state.reserve(now, true),
      rateLimited(now, sentAt, pauseMs) {
        pausedUntil = Math.max(pausedUntil, now + pauseMs);
        local?.rateLimited(now, sentAt, pauseMs);
        if (!down) run("limited", pauseMs, now - sentAt, lag.guardMs(now), 0).then(heard, goDown);
      },
      pause(until) {
        pausedUntil = Math.max(pausedUntil, until);
        local?.pause(until);
        if (!down) run("pause", until - clock.now(), 0, lag.guardMs(clock.now()), 0).then(heard, goDown);
      },
      pendingTasks(localTasks) {
        ownPending = Math.max(0, Math.floor(localTasks));
        // Redis unreachable: each process keeps to its share of the rate, so a schedule sized by the key's
        // pending tasks counts this process's as that share's (its tasks over its share, as if every
        // process had as many).
        if (down) return Math.ceil(ownPending / fallbackShareOf());
        const now = clock.now();
        if (!refreshing && now - publishedAt >= PENDING_REFRESH_MS) {
          refreshing = true;
          run("pending", 0, 0, 0, 0)
            .then(heard, goDown)
            .finally(() => {
              refreshing = false;
            });
        }
        return ownPending + othersPending;
      },
    };
  };

  const leaving = (budgetKey: string): Promise<void> | undefined => {
    const state = states.get(budgetKey);
    const slot = state?.slot;
    if (state === undefined || slot === undefined) return undefined;
    state.slot = undefined;
    const now = state.clock.now();
    lag.record(now - slot.at, now);
    if (now - slot.at <= slot.guardMs) return undefined;
    // Later than the window allows: this send would crowd the next window on the provider's side.
    return (async () => {
      let asks = 0;
      for (;;) {
        const at = await state.reserve(state.clock.now(), false);
        const wait = at - state.clock.now();
        if (wait > 0) await sleep(wait, { clock: state.clock });
        const late = state.clock.now() - at;
        lag.record(late, state.clock.now());
        if (late <= lag.guardMs(state.clock.now()) || ++asks >= MOST_ASKS) return;
      }
    })();
  };

  return {
    factory,
    leaving,
    async close() {
      if (probe !== undefined) clearInterval(probe);
      probe = undefined;
      stopListening();
      health.unwatch(client);
      if (owned) await withTimeout(client.quit(), 1_000, () => new Error("quit")).catch(() => client.disconnect());
    },
  };
}

export type { RedisConnection };
