// The fleet when Redis misbehaves, on real redis-servers (started here on free 127.0.0.1 ports, stopped even
// when tests fail) and on sockets this file owns: a port where a server accepts and at once destroys every
// connection, and one that accepts and never answers. Real time: every bound is generous.
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fixedSchedule } from "@gentask/poller";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { httpTaskSource, startTaskServer, type TaskServer } from "../bench/task-server.mjs";
import { createFleet, type Fleet, FleetError, RedisUnavailableError } from "./index.js";
import { type RedisServer, startRedisServer } from "./testing.js";

const API_KEY = "sk-fleet-faults-secret-0123456789";
const quick = { schedule: fixedSchedule(100, 0), notFoundGraceMs: 60_000 };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let api: TaskServer;
/** Everything a test started, stopped after it whether it passed or not. */
const cleanups: (() => Promise<unknown> | unknown)[] = [];

beforeAll(async () => {
  api = await startTaskServer({ limit: 10 });
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});
afterAll(async () => {
  await api?.close();
});

/** A server on a port this test holds: `destroy` drops every connection at once, `silent` never answers. */
async function ownSocket(kind: "destroy" | "silent"): Promise<number> {
  const sockets = new Set<import("node:net").Socket>();
  const server: Server = createServer((socket) => {
    if (kind === "destroy") socket.destroy();
    else {
      sockets.add(socket);
      socket.on("error", () => {});
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  cleanups.push(
    () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(resolve);
      }),
  );
  const address = server.address();
  return typeof address === "object" && address !== null ? address.port : 0;
}

function fleetOn(url: string, extra: Partial<Parameters<typeof createFleet>[0]> = {}) {
  const lines: string[] = [];
  const fleet: Fleet = createFleet({ connection: url, log: (line) => lines.push(line), ...extra });
  cleanups.push(() => fleet.close());
  return { fleet, lines };
}

async function rejection(promise: Promise<unknown>): Promise<{ error: unknown; ms: number }> {
  const started = Date.now();
  try {
    await promise;
  } catch (error) {
    return { error, ms: Date.now() - started };
  }
  throw new Error("expected a rejection");
}

describe("a wrong Redis port", () => {
  it("where connections are dropped: every call rejects at once with RedisUnavailableError naming host:port, one line, close finishes", async () => {
    const port = await ownSocket("destroy");
    const { fleet, lines } = fleetOn(`redis://user:hunter2-password@127.0.0.1:${port}`);
    const calls = [
      fleet.track({ provider: "sim", taskId: "a" }),
      fleet.trackMany([{ provider: "sim", taskId: "b" }]),
      fleet.result("sim", "a"),
      fleet.checkNow("sim", "a"),
    ];
    for (const call of calls) {
      const { error, ms } = await rejection(call);
      expect(error).toBeInstanceOf(RedisUnavailableError);
      expect((error as RedisUnavailableError).code).toBe("redis_unavailable");
      expect((error as RedisUnavailableError).redis).toBe(`127.0.0.1:${port}`);
      expect((error as Error).message).toContain(`127.0.0.1:${port}`);
      expect((error as Error).message).not.toContain("hunter2");
      // The default wait is 3 s; a dropped connection is known long before.
      expect(ms).toBeLessThan(3_500);
    }
    await sleep(1_500);
    const closing = Date.now();
    await fleet.close();
    expect(Date.now() - closing).toBeLessThan(7_000);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(`Redis at 127\\.0\\.0\\.1:${port} is unreachable \\((connection reset|connection closed)\\)`),
    );
    expect(lines.join("\n")).not.toMatch(/max retries|Error:| {4}at /);
  });

  it("where nothing answers: the call rejects after redisTimeoutMs, later ones at once, one line", async () => {
    const port = await ownSocket("silent");
    const { fleet, lines } = fleetOn(`redis://127.0.0.1:${port}`, { redisTimeoutMs: 1_000 });
    const first = await rejection(fleet.track({ provider: "sim", taskId: "a" }));
    expect(first.error).toBeInstanceOf(RedisUnavailableError);
    expect((first.error as Error).message).toContain(`127.0.0.1:${port} did not answer within 1000 ms`);
    expect(first.ms).toBeGreaterThanOrEqual(900);
    expect(first.ms).toBeLessThan(5_000);
    const second = await rejection(fleet.result("sim", "a"));
    expect(second.error).toBeInstanceOf(RedisUnavailableError);
    expect(second.ms).toBeLessThan(500);
    await fleet.close();
    expect(lines).toEqual([
      `@gentask/fleet: Redis at 127.0.0.1:${port} is unreachable (did not answer within 1000 ms); the fleet's calls reject with RedisUnavailableError and workers keep to their share of each API key's rate until it is back.`,
    ]);
  });
});

describe("Redis stopped and started again during calls", () => {
  it("without persistence: says so at start, one line down and one back, calls fail fast meanwhile, and waits for lost tasks reject with task_lost", async () => {
    let redis: RedisServer = await startRedisServer();
    cleanups.push(() => redis.stop());
    const name = "lost-queue";
    const { fleet: producer, lines } = fleetOn(redis.url, { name });
    const { fleet: workerFleet, lines: workerLines } = fleetOn(redis.url, { name });
    const worker = workerFleet.startWorker({
      sources: { sim: httpTaskSource({ baseUrl: api.url, apiKey: API_KEY }) },
      poller: quick,
    });
    cleanups.push(() => worker.close());
    const now = Date.now();
    for (const id of ["lost-1", "lost-2"]) api.addTask(id, now + 600_000);
    await producer.trackMany(["lost-1", "lost-2"].map((taskId) => ({ provider: "sim", taskId, timeoutMs: 120_000 })));
    const waits = ["lost-1", "lost-2"].map((id) => rejection(producer.result("sim", id)));
    await sleep(500);
    await redis.stop();
    await sleep(1_000);
    const during = await rejection(producer.track({ provider: "sim", taskId: "during" }));
    expect(during.error).toBeInstanceOf(RedisUnavailableError);
    expect(during.ms).toBeLessThan(3_500);
    await sleep(2_000);
    redis = await startRedisServer({ port: redis.port });
    for (const wait of waits) {
      const { error } = await wait;
      expect(error).toBeInstanceOf(FleetError);
      expect(error).toMatchObject({ code: "task_lost" });
      expect((error as Error).message).toMatch(/no longer in Redis/);
    }
    // Tracking works again.
    await producer.track({ provider: "sim", taskId: "after", timeoutMs: 60_000 });
    expect(lines[0]).toMatch(/saves nothing to disk/);
    expect(lines.slice(1, 3)).toEqual([
      expect.stringMatching(/is unreachable \((connection closed|connection reset|connection refused)\)/),
      expect.stringMatching(/is reachable again\.$/),
    ]);
    expect(lines[3]).toMatch(/2 awaited task\(s\) are no longer in Redis/);
    expect(lines).toHaveLength(4);
    // The worker's process: the same two lines about the outage (its budget's included), nothing more.
    expect(workerLines.filter((line) => /unreachable|reachable again/.test(line))).toHaveLength(2);
    expect(workerLines).toHaveLength(3);
  });

  it("killed with SIGKILL, with an append-only file: the tasks survive, waits end with their outcomes", async () => {
    const directory = await mkdtemp(join(tmpdir(), "gentask-fleet-aof-"));
    cleanups.push(() => rm(directory, { recursive: true, force: true }));
    let redis: RedisServer = await startRedisServer({ appendOnlyDirectory: directory });
    cleanups.push(() => redis.stop());
    const name = "aof-queue";
    const { fleet: producer, lines } = fleetOn(redis.url, { name });
    const { fleet: workerFleet } = fleetOn(redis.url, { name });
    const worker = workerFleet.startWorker({
      sources: { sim: httpTaskSource({ baseUrl: api.url, apiKey: API_KEY }) },
      poller: quick,
    });
    cleanups.push(() => worker.close());
    const now = Date.now();
    const ids = Array.from({ length: 10 }, (_, index) => `aof-${index}`);
    for (const id of ids) api.addTask(id, now + 6_000);
    await producer.trackMany(ids.map((taskId) => ({ provider: "sim", taskId, timeoutMs: 120_000 })));
    const outcomes = Promise.all(ids.map((id) => producer.result("sim", id)));
    await sleep(1_000);
    await redis.kill();
    await sleep(2_000);
    redis = await startRedisServer({ port: redis.port, appendOnlyDirectory: directory });
    const settled = await outcomes;
    expect(settled.map((outcome) => outcome.status)).toEqual(ids.map(() => "succeeded"));
    // No persistence warning (AOF is on), one line down, one back.
    expect(lines).toEqual([expect.stringMatching(/is unreachable/), expect.stringMatching(/is reachable again/)]);
  });
});

describe("what the fleet checks and says", () => {
  let redis: RedisServer;
  beforeAll(async () => {
    redis = await startRedisServer({ extraArguments: ["--rename-command", "CONFIG", ""] });
  });
  afterAll(async () => {
    await redis?.stop();
  });

  it("says in one line that it could not check persistence when CONFIG is disabled", async () => {
    const { fleet, lines } = fleetOn(redis.url, { name: "no-config" });
    await fleet.track({ provider: "sim", taskId: "c", timeoutMs: 60_000 });
    await sleep(300);
    expect(lines).toEqual([expect.stringMatching(/could not check the persistence of Redis at 127\.0\.0\.1:\d+/)]);
  });

  it("warns once when a deadline is shorter than the takeover time (15 s by default)", async () => {
    const { fleet, lines } = fleetOn(redis.url, { name: "short-deadline", checkDurability: false });
    await fleet.track({ provider: "sim", taskId: "long", timeoutMs: 60_000 });
    expect(lines).toEqual([]);
    await fleet.track({ provider: "sim", taskId: "short", timeoutMs: 10_000 });
    await fleet.trackMany([{ provider: "sim", taskId: "short-2", timeoutMs: 5_000 }]);
    expect(lines).toEqual([expect.stringMatching(/sim task short has 10 s left .* takeover time \(15 s/)]);
  });

  it("result() ends at its timeout or its signal, the task still tracked", async () => {
    const { fleet } = fleetOn(redis.url, { name: "result-bounds", checkDurability: false });
    await fleet.track({ provider: "sim", taskId: "pending", timeoutMs: 60_000 });
    const timedOut = await rejection(fleet.result("sim", "pending", { timeoutMs: 300 }));
    expect(timedOut.error).toMatchObject({ name: "FleetError", code: "result_timeout" });
    expect(timedOut.ms).toBeGreaterThanOrEqual(250);
    const controller = new AbortController();
    const aborted = rejection(fleet.result("sim", "pending", { signal: controller.signal }));
    controller.abort(new Error("caller gave up"));
    expect((await aborted).error).toMatchObject({ message: "caller gave up" });
    await expect(fleet.result("sim", "pending", { timeoutMs: -1 })).rejects.toThrow(/timeoutMs/);
    await fleet.close();
    await expect(fleet.track({ provider: "sim", taskId: "x" })).rejects.toMatchObject({ code: "closed" });
  });
});
