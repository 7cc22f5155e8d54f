import { createHash, randomUUID } from "node:crypto";
import { InvalidInputError, type RateLimit } from "@gentask/core";
import { type Clock, type RateBudget, type RateBudgetFactory, RateLimiter } from "@gentask/poller";
import { Redis, type RedisOptions } from "ioredis";
import { BUDGET_SCRIPT } from "./budget-script.js";

/** Where Redis is: a URL (`redis://host:6379/0`), ioredis options, or an ioredis client you made. */
export type RedisConnection = string | RedisOptions | Redis;

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
  /** Where the one line about a fallback, and about the return to the shared budget, goes (default `console.warn`). */
  log?: ((message: string) => void) | undefined;
}

/** A budget factory for `createPoller({ rateBudget })`, with the Redis connection it owns. */
export interface RedisRateBudget extends RateBudgetFactory {
  /** Closes the Redis connection (when the budget made it) and stops probing. */
  close(): Promise<void>;
}

interface BudgetCommands {
  gentaskBudget(
    stateKey: string,
    logKey: string,
    processesKey: string,
    operation: string,
    requestsPerSecond: number,
    burst: number,
    processId: string,
    pauseMs: number,
    sentAgoMs: number,
  ): Promise<[number, number, number]>;
}

/** While Redis is unreachable, this often a PING checks whether it is back. */
const PROBE_INTERVAL_MS = 2_000;
const DEFAULT_UNKNOWN_SHARE = 0.25;

function checkOptions(options: RedisRateBudgetOptions): void {
  if (typeof options !== "object" || options === null || options.connection === undefined) {
    throw new InvalidInputError(
      "invalid_argument",
      "redisRateBudget needs { connection }: a Redis URL, ioredis options or client.",
    );
  }
  const { fallbackShare, commandTimeoutMs } = options;
  if (fallbackShare !== undefined && !(fallbackShare > 0 && fallbackShare <= 1)) {
    throw new InvalidInputError("invalid_argument", `fallbackShare must be in (0, 1], got ${String(fallbackShare)}.`);
  }
  if (commandTimeoutMs !== undefined && !(Number.isFinite(commandTimeoutMs) && commandTimeoutMs > 0)) {
    throw new InvalidInputError("invalid_argument", `commandTimeoutMs must be > 0, got ${String(commandTimeoutMs)}.`);
  }
}

/** Makes an ioredis client from a connection option; `owned` when this package must close it. */
export function redisClient(connection: RedisConnection, extra: RedisOptions = {}): { client: Redis; owned: boolean } {
  if (connection instanceof Redis) return { client: connection, owned: false };
  if (typeof connection === "string") return { client: new Redis(connection, extra), owned: true };
  return { client: new Redis({ ...connection, ...extra }), owned: true };
}

/**
 * One rate budget per API key shared by every process that uses this Redis: each status request any
 * of them sends is reserved atomically in Redis (one small Lua script, on Redis's clock). A 429's pause
 * holds every process. When Redis cannot be reached, each process falls back to an in-process budget at
 * its share of the rate (never unlimited), says so once, and returns to the shared budget when Redis is
 * back. Only the `budgetKey` (hashed) is stored: never an API key.
 */
export function redisRateBudget(options: RedisRateBudgetOptions): RedisRateBudget {
  checkOptions(options);
  const prefix = options.prefix ?? "gentask";
  const log = options.log ?? ((message: string) => console.warn(message));
  const { client, owned } = redisClient(options.connection, {
    commandTimeout: options.commandTimeoutMs ?? 1_000,
    maxRetriesPerRequest: 1,
  });
  client.defineCommand("gentaskBudget", { numberOfKeys: 3, lua: BUDGET_SCRIPT });
  const commands = client as unknown as BudgetCommands;
  const processId = randomUUID();
  let down = false;
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
  let probe: ReturnType<typeof setInterval> | undefined;
  // Redis reports its own connection errors through this event; they are handled by falling back.
  const onError = () => {};
  client.on("error", onError);

  const goDown = (error: unknown) => {
    if (down) return;
    down = true;
    const reason = error instanceof Error ? error.message : String(error);
    log(
      `@gentask/fleet: Redis is unreachable (${reason}); each process now keeps to its own share of every API key's rate until it is back.`,
    );
    probe = setInterval(() => {
      client.ping().then(
        () => {
          if (!down) return;
          down = false;
          clearInterval(probe);
          probe = undefined;
          log("@gentask/fleet: Redis is reachable again; the processes share one rate budget per API key again.");
        },
        () => {},
      );
    }, PROBE_INTERVAL_MS);
    probe.unref?.();
  };

  const factory = ({ budgetKey, limit, clock }: { budgetKey: string; limit: RateLimit; clock: Clock }): RateBudget => {
    const hash = createHash("sha256").update(budgetKey).digest("hex").slice(0, 32);
    const base = `${prefix}:budget:${hash}`;
    const keys = [base, `${base}:log`, `${base}:processes`] as const;
    let processesSeen = 0;
    let pausedUntil = Number.NEGATIVE_INFINITY;
    let local: RateLimiter | undefined;

    /** The in-process budget of an outage, at this process's share of the rate. */
    const localBudget = (now: number): RateLimiter => {
      if (local === undefined) {
        const share = options.fallbackShare ?? (processesSeen > 0 ? 1 / processesSeen : DEFAULT_UNKNOWN_SHARE);
        local = new RateLimiter(
          { requestsPerSecond: limit.requestsPerSecond * share, burst: Math.max(1, Math.floor(limit.burst * share)) },
          now,
        );
        local.pause(pausedUntil);
      }
      return local;
    };

    const run = (operation: string, pauseMs: number, sentAgoMs: number) =>
      commands.gentaskBudget(
        keys[0],
        keys[1],
        keys[2],
        operation,
        limit.requestsPerSecond,
        limit.burst,
        processId,
        Math.max(0, Math.ceil(pauseMs)),
        Math.max(0, Math.round(sentAgoMs)),
      );

    return {
      reserve(now) {
        if (down) return localBudget(now).reserve(now);
        const sentAt = clock.now();
        return run("reserve", 0, 0).then(
          ([reservedAt, redisNow, processes]) => {
            learnOffset(sentAt, clock.now(), redisNow);
            processesSeen = processes;
            local = undefined;
            return reservedAt - (offset as number);
          },
          (error: unknown) => {
            goDown(error);
            const at = clock.now();
            return localBudget(at).reserve(at);
          },
        );
      },
      rateLimited(now, sentAt, pauseMs) {
        pausedUntil = Math.max(pausedUntil, now + pauseMs);
        local?.rateLimited(now, sentAt, pauseMs);
        if (!down) run("limited", pauseMs, now - sentAt).catch(goDown);
      },
      pause(until) {
        pausedUntil = Math.max(pausedUntil, until);
        local?.pause(until);
        if (!down) run("pause", until - clock.now(), 0).catch(goDown);
      },
    };
  };

  return Object.assign(factory, {
    async close() {
      if (probe !== undefined) clearInterval(probe);
      probe = undefined;
      if (owned) await client.quit().catch(() => client.disconnect());
      client.off("error", onError);
    },
  });
}
