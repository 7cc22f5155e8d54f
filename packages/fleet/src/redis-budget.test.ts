// The shared budget on a real redis-server (started here, stopped even when tests fail). Two budgets
// with their own connections stand for two processes. Real time, generous bounds.
import { type AddressInfo, connect, createServer, type Socket } from "node:net";
import { createPoller, type KeyLoad, type RateBudget, realClock } from "@gentask/poller";
import { createVirtualClock } from "@gentask/poller/testing";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { httpTaskSource, startTaskServer } from "../bench/task-server.mjs";
import { redisRateBudget } from "./index.js";
import { createSharedBudget, LagGuard } from "./redis-budget.js";
import { type RedisServer, startRedisServer } from "./testing.js";

let redis: RedisServer;
const context = (budgetKey: string) => ({
  budgetKey,
  provider: "veo",
  limit: { requestsPerSecond: 10, burst: 10 },
  clock: realClock,
});

beforeAll(async () => {
  redis = await startRedisServer();
});

afterAll(async () => {
  await redis?.stop();
});

/**
 * A TCP relay on a port of its own (bound to 0, kept until `close`) to a Redis on `targetPort`, or to the
 * one `forwardTo` names next. While nothing listens there, each connection to the relay is closed at once.
 */
async function startRelay(targetPort: number) {
  let target = targetPort;
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on("error", () => socket.destroy());
    socket.on("close", () => sockets.delete(socket));
  };
  const server = createServer((client) => {
    track(client);
    const upstream = connect(target, "127.0.0.1");
    track(upstream);
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `redis://127.0.0.1:${(server.address() as AddressInfo).port}`,
    forwardTo(port: number) {
      target = port;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

function maxInAnyWindow(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  let first = 0;
  for (let last = 0; last < sorted.length; last++) {
    while ((sorted[last] as number) - (sorted[first] as number) >= windowMs) first++;
    most = Math.max(most, last - first + 1);
  }
  return most;
}

describe("redisRateBudget", () => {
  it("gives every process its turn from one budget per key, never more than the limit in any second", async () => {
    const processA = redisRateBudget({ connection: redis.url });
    const processB = redisRateBudget({ connection: redis.url });
    const [a, b] = [processA(context("veo shared-key")), processB(context("veo shared-key"))];
    const other = processB(context("veo another-key"));
    const slots: number[] = [];
    for (let index = 0; index < 15; index++) {
      slots.push(await a.reserve(Date.now()));
      slots.push(await b.reserve(Date.now()));
    }
    // Thirty reservations at 10 a second: three windows, whichever process asked.
    expect(maxInAnyWindow(slots, 1_000)).toBe(10);
    expect(Math.max(...slots) - Math.min(...slots)).toBeGreaterThanOrEqual(2_000);
    // Another key has its own budget: its first request may go at once.
    expect((await other.reserve(Date.now())) - Date.now()).toBeLessThan(500);
    await Promise.all([processA.close(), processB.close()]);
  });

  it("pauses every process after a 429, for its Retry-After", async () => {
    const processA = redisRateBudget({ connection: redis.url });
    const processB = redisRateBudget({ connection: redis.url });
    const [a, b] = [processA(context("veo paused-key")), processB(context("veo paused-key"))];
    await a.reserve(Date.now());
    const now = Date.now();
    a.rateLimited(now, now - 50, 3_000);
    // A's next reservation runs after its report on the same connection: the pause is in Redis by then.
    expect(await a.reserve(Date.now())).toBeGreaterThanOrEqual(now + 2_900);
    expect(await b.reserve(Date.now())).toBeGreaterThanOrEqual(now + 2_900);
    await Promise.all([processA.close(), processB.close()]);
  });

  it("falls back to its share of the rate when Redis is unreachable, says so once, and returns when it is back", async () => {
    const own = await startRedisServer();
    // The budget reaches Redis through a relay on a port the test keeps: the Redis that comes back listens
    // on a port of its own, so the test never needs a port to stay free while Redis is down.
    const relay = await startRelay(own.port);
    const messages: string[] = [];
    const shared = redisRateBudget({
      connection: relay.url,
      fallbackShare: 0.5,
      commandTimeoutMs: 300,
      log: (message) => messages.push(message),
    });
    try {
      const budget = shared(context("veo fallback-key"));
      expect(budget.reserve(Date.now())).toBeInstanceOf(Promise);
      await budget.reserve(Date.now());
      await own.stop();
      const now = Date.now();
      await budget.reserve(now);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatch(/unreachable/);
      // Now in-process at half the rate (5 a second, burst 5), answered at once: never unlimited.
      const slots = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(() => budget.reserve(now));
      expect(slots.every((slot) => typeof slot === "number")).toBe(true);
      expect(maxInAnyWindow(slots as number[], 1_000)).toBeLessThanOrEqual(5);
      expect(messages).toHaveLength(1);
      const back = await startRedisServer();
      relay.forwardTo(back.port);
      try {
        const started = Date.now();
        while (messages.length < 2 && Date.now() - started < 20_000)
          await new Promise((resolve) => setTimeout(resolve, 100));
        expect(messages[1]).toMatch(/reachable again/);
        expect(budget.reserve(Date.now())).toBeInstanceOf(Promise);
      } finally {
        await back.stop();
      }
    } finally {
      await shared.close();
      await own.stop();
      await relay.close();
    }
  });

  it("rejects options that make no sense", () => {
    expect(() => redisRateBudget({} as never)).toThrow(/connection/);
    expect(() => redisRateBudget({ connection: redis.url, fallbackShare: 2 })).toThrow(/fallbackShare/);
    expect(() => redisRateBudget({ connection: redis.url, commandTimeoutMs: 0 })).toThrow(/commandTimeoutMs/);
    expect(() => redisRateBudget({ connection: redis.url, pendingTasksTtlMs: 1_000 })).toThrow(/pendingTasksTtlMs/);
  });
});

/** Polls (real time, generous bound) until `read` answers `expected`; answers what it saw last. */
async function eventually(read: () => number, expected: number, withinMs = 15_000): Promise<number> {
  const started = Date.now();
  let seen = read();
  while (seen !== expected && Date.now() - started < withinMs) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    seen = read();
  }
  return seen;
}

/** The budget scripts Redis ran so far (ioredis sends EVALSHA, and EVAL once per connection). */
async function scriptCalls(admin: Redis): Promise<number> {
  const stats = (await admin.info("commandstats")) as string;
  let calls = 0;
  for (const match of stats.matchAll(/cmdstat_(?:evalsha|eval):calls=(\d+)/g)) calls += Number(match[1]);
  return calls;
}

describe("pending tasks shared through Redis (two budgets stand for two processes)", () => {
  const pendingOf = (budget: RateBudget, local: number) => (budget.pendingTasks as (local: number) => number)(local);

  it("each process sees the key's pending tasks in both after a refresh, its own count taken from the poller", async () => {
    const clockA = createVirtualClock({ start: 1_000_000 });
    const clockB = createVirtualClock({ start: 5_000_000 });
    const processA = redisRateBudget({ connection: redis.url });
    const processB = redisRateBudget({ connection: redis.url });
    try {
      const a = processA({ ...context("veo pending-key"), clock: clockA });
      const b = processB({ ...context("veo pending-key"), clock: clockB });
      const elsewhere = processB({ ...context("veo pending-other-key"), clock: clockB });
      // Nothing heard yet: each counts its own; the call publishes its count.
      expect(pendingOf(a, 3)).toBe(3);
      expect(pendingOf(b, 5)).toBe(5);
      // B refreshes once a second of its clock: once it heard A's 3, it counts 8.
      expect(
        await eventually(() => {
          void clockB.advance(1_000);
          return pendingOf(b, 5);
        }, 8),
      ).toBe(8);
      expect(
        await eventually(() => {
          void clockA.advance(1_000);
          return pendingOf(a, 3);
        }, 8),
      ).toBe(8);
      // The local count replaces this process's published one at once.
      expect(pendingOf(a, 10)).toBe(15);
      // Another key is counted apart: after a round trip, B hears nobody else on it.
      pendingOf(elsewhere, 2);
      await elsewhere.reserve(clockB.now());
      expect(pendingOf(elsewhere, 2)).toBe(2);
    } finally {
      await Promise.all([processA.close(), processB.close()]);
    }
  });

  it("refreshes at most once a second on a command of its own, and rides along on reservations", async () => {
    const own = await startRedisServer();
    const admin = new Redis(own.url);
    const clock = createVirtualClock({ start: 1_000_000 });
    const processA = redisRateBudget({ connection: own.url });
    const processB = redisRateBudget({ connection: own.url });
    try {
      const a = processA({ ...context("veo refresh-key"), clock });
      const b = processB({ ...context("veo refresh-key"), clock: realClock });
      // Both connections up and the script loaded; A published (a reservation carries its count).
      pendingOf(a, 4);
      await a.reserve(clock.now());
      await b.reserve(Date.now());
      const before = await scriptCalls(admin);
      // A hundred plans within one second of the budget's clock: no command of their own (commands on
      // one connection run in order: when A's next reservation is answered, any refresh sent before it ran).
      for (let index = 0; index < 100; index++) {
        pendingOf(a, 4 + (index % 3));
        await clock.advance(9);
      }
      await a.reserve(clock.now());
      expect((await scriptCalls(admin)) - before).toBe(1);
      // A second after the last publish: one refresh, however many plans.
      await clock.advance(1_000);
      pendingOf(a, 7);
      pendingOf(a, 7);
      await a.reserve(clock.now());
      expect((await scriptCalls(admin)) - before).toBe(3);
      // A reservation carries the latest count without a command of its own: B hears 9 on its own reservation.
      pendingOf(a, 9);
      await a.reserve(clock.now());
      await b.reserve(Date.now());
      expect((await scriptCalls(admin)) - before).toBe(5);
      // (B's first plan on the key publishes its own count: after this count.)
      expect(pendingOf(b, 1)).toBe(10);
    } finally {
      await Promise.all([processA.close(), processB.close()]);
      admin.disconnect();
      await own.stop();
    }
  });

  it("reaches the schedule: two pollers on one key each plan with the tasks pending in both", async () => {
    const api = await startTaskServer({ limit: 10 });
    const processA = redisRateBudget({ connection: redis.url });
    const processB = redisRateBudget({ connection: redis.url });
    const stop = new AbortController();
    try {
      const source = httpTaskSource({ baseUrl: api.url, apiKey: "poller-key" });
      // The tasks end a minute from now: the waits are stopped once both schedules saw the sum.
      for (let index = 0; index < 5; index++) api.addTask(`task-${index}`, Date.now() + 60_000);
      const seen = { a: 0, b: 0 };
      const recording =
        (which: "a" | "b") => (_ageMs: number, _attempt: number, _random: () => number, load?: KeyLoad) => {
          seen[which] = Math.max(seen[which], load?.pendingTasks ?? 0);
          return 200;
        };
      const pollerA = createPoller({ rateBudget: processA, schedule: recording("a") });
      const pollerB = createPoller({ rateBudget: processB, schedule: recording("b") });
      const waits = [
        ...["task-0", "task-1", "task-2"].map((id) => pollerA.waitForTask(source, id, { signal: stop.signal })),
        ...["task-3", "task-4"].map((id) => pollerB.waitForTask(source, id, { signal: stop.signal })),
      ].map((wait) => wait.catch((error: unknown) => error));
      const started = Date.now();
      while ((seen.a < 5 || seen.b < 5) && Date.now() - started < 20_000)
        await new Promise((resolve) => setTimeout(resolve, 50));
      // Three in A, two in B: each schedule was told five, never more.
      expect(seen).toEqual({ a: 5, b: 5 });
      stop.abort(new Error("stopped by the test"));
      for (const outcome of await Promise.all(waits)) expect(outcome).toMatchObject({ message: "stopped by the test" });
    } finally {
      stop.abort(new Error("stopped by the test"));
      await Promise.all([processA.close(), processB.close()]);
      await api.close();
    }
  });

  it("a process that stops publishing drops out of the sum after the time to live", async () => {
    const ttlMs = 2_000;
    const processA = redisRateBudget({ connection: redis.url, pendingTasksTtlMs: ttlMs });
    const processB = redisRateBudget({ connection: redis.url, pendingTasksTtlMs: ttlMs });
    try {
      const a = processA(context("veo stopping-key"));
      const b = processB(context("veo stopping-key"));
      // A publishes once, at or after this time.
      const publishedFrom = Date.now();
      pendingOf(a, 6);
      // B's refreshes (real clock: one a second) hear it.
      expect(await eventually(() => pendingOf(b, 1), 7)).toBe(7);
      // A stops (its process ended): it publishes nothing more.
      await processA.close();
      expect(await eventually(() => pendingOf(b, 1), 1)).toBe(1);
      // Not before its time to live (Redis's clock, the same machine's): a loaded machine only makes it later.
      expect(Date.now() - publishedFrom).toBeGreaterThanOrEqual(ttlMs);
    } finally {
      await Promise.all([processA.close(), processB.close()]);
    }
  });
});

describe("the budget's own logic, on an injected clock", () => {
  it("LagGuard follows the largest recent lag: at least 50 ms, at most 200 ms, forgotten after 10 s", () => {
    const guard = new LagGuard();
    expect(guard.guardMs(0)).toBe(50);
    guard.record(5, 1_000);
    expect(guard.guardMs(1_000)).toBe(50);
    guard.record(60, 2_000);
    // The largest lag, plus 10 ms.
    expect(guard.guardMs(2_000)).toBe(70);
    guard.record(400, 4_000);
    expect(guard.guardMs(4_000)).toBe(200);
    expect(guard.guardMs(13_000)).toBe(200);
    // 10 s after the 2 s period of the 400 ms lag, it is forgotten.
    expect(guard.guardMs(15_000)).toBe(50);
  });

  it("falls back without a burst: nothing before the shared window has passed, then its whole share of requests a second, spread", async () => {
    // A port where every connection is dropped: Redis is unreachable from the start.
    const server = createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as { port: number }).port;
    const clock = createVirtualClock({ start: 1_000_000 });
    const messages: string[] = [];
    const budget = redisRateBudget({
      connection: `redis://127.0.0.1:${port}`,
      fallbackShare: 0.25,
      log: (message) => messages.push(message),
    });
    try {
      const started = Date.now();
      while (messages.length === 0 && Date.now() - started < 10_000) await new Promise((r) => setTimeout(r, 20));
      expect(messages).toEqual([expect.stringMatching(/is unreachable/)]);
      const key = budget({ ...context("veo fallback-clock"), clock });
      // Its schedule sees its pending tasks as its share's: 3 tasks on a quarter of the rate count as 12.
      expect(key.pendingTasks?.(3)).toBe(12);
      const now = clock.now();
      const slots = Array.from({ length: 12 }, () => key.reserve(now));
      expect(slots.every((slot) => typeof slot === "number")).toBe(true);
      const times = slots as number[];
      // Nothing in the window the shared budget may already have filled (one second and the guard).
      expect(times[0]).toBeGreaterThanOrEqual(now + 1_050);
      // 10 a second × ¼ = 2.5: two whole requests in any second (four processes: 8, never 12), one at a time.
      expect(maxInAnyWindow(times, 1_000)).toBe(2);
      for (let index = 1; index < times.length; index++) {
        expect((times[index] as number) - (times[index - 1] as number)).toBeGreaterThanOrEqual(499);
      }
      expect(messages).toHaveLength(1);
    } finally {
      await budget.close();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("a request that leaves later than its slot allows asks again, and the lag widens the guard", async () => {
    const clock = createVirtualClock({ start: Date.now() });
    const budget = createSharedBudget({ connection: redis.url, log: () => {} });
    try {
      const key = budget.factory({ ...context("veo late-key"), clock });
      const onTime = await key.reserve(clock.now());
      await clock.advance(Math.max(0, onTime - clock.now()) + 10);
      // 10 ms late: within the 50 ms guard, it goes.
      expect(budget.leaving("veo late-key")).toBeUndefined();
      const slot = await key.reserve(clock.now());
      await clock.advance(Math.max(0, slot - clock.now()) + 120);
      // 120 ms late: it asks again, and waits for its new slot.
      const again = budget.leaving("veo late-key");
      expect(again).toBeInstanceOf(Promise);
      let settled = false;
      again?.then(() => {
        settled = true;
      });
      for (let step = 0; step < 100 && !settled; step++) {
        await new Promise((resolve) => setTimeout(resolve, 5));
        await clock.advance(50);
      }
      expect(settled).toBe(true);
      // No reservation is known for the next send (the poller's was used): nothing to check.
      expect(budget.leaving("veo late-key")).toBeUndefined();
    } finally {
      await budget.close();
    }
  });
});
