// The fleet on a real redis-server (started here on a free 127.0.0.1 port, stopped even when tests fail),
// against the stand-in API over real HTTP. Real time: every bound below is generous.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { fixedSchedule } from "@gentask/poller";
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { httpTaskSource, startTaskServer, type TaskServer } from "../bench/task-server.mjs";
import { createFleet, type TrackedOutcome } from "./index.js";
import { type RedisServer, startRedisServer } from "./testing.js";

const packageDirectory = join(dirname(fileURLToPath(import.meta.url)), "..");
const root = join(packageDirectory, "..", "..");
const API_KEY = "sk-fleet-test-secret-0123456789";
const quick = { schedule: fixedSchedule(100, 0), notFoundGraceMs: 60_000 };
/** The fleet's lines (the throw-away Redis has no persistence: each fleet says so once). */
const lines: string[] = [];
const log = (message: string) => lines.push(message);

let redis: RedisServer;
let api: TaskServer;
let queueNumber = 0;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(async () => {
  process.on("unhandledRejection", onUnhandled);
  redis = await startRedisServer();
  api = await startTaskServer({ limit: 10 });
});

afterAll(async () => {
  process.off("unhandledRejection", onUnhandled);
  await api?.close();
  await redis?.stop();
});

const source = () => httpTaskSource({ baseUrl: api.url, apiKey: API_KEY });
const nextQueue = () => `test-${++queueNumber}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => Promise<boolean> | boolean, timeoutMs: number, what: string): Promise<void> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error(`Gave up after ${timeoutMs} ms waiting for ${what}.`);
    await sleep(50);
  }
}

describe("tracking tasks through Redis", () => {
  it("reports each outcome once, to result() and to subscribers, with the caller's metadata", async () => {
    const name = nextQueue();
    const producer = createFleet<{ user: string }>({ connection: redis.url, name, log });
    const seen: TrackedOutcome<{ user: string }>[] = [];
    const stop = producer.subscribe((outcome) => seen.push(outcome));
    const now = Date.now();
    api.addTask(`${name}-ok`, now + 300);
    api.addTask(`${name}-bad`, now + 300, "failed");
    api.addTask(`${name}-slow`, now + 600_000);
    await producer.track({ provider: "sim", taskId: `${name}-ok`, metadata: { user: "ada" } });
    await producer.trackMany([
      { provider: "sim", taskId: `${name}-bad`, metadata: { user: "bob" } },
      { provider: "sim", taskId: `${name}-slow`, timeoutMs: 1_500, metadata: { user: "eve" } },
    ]);
    // Tracking again changes nothing.
    await producer.track({ provider: "sim", taskId: `${name}-ok`, metadata: { user: "someone else" } });
    const workerFleet = createFleet({ connection: redis.url, name, log });
    const worker = workerFleet.startWorker({ sources: { sim: source() }, poller: quick });
    const [ok, bad, slow] = await Promise.all(
      ["ok", "bad", "slow"].map((suffix) => producer.result("sim", `${name}-${suffix}`)),
    );
    expect(ok).toMatchObject({
      status: "succeeded",
      taskId: `${name}-ok`,
      urls: [`https://cdn.example/${name}-ok.mp4`],
      metadata: { user: "ada" },
    });
    expect(bad).toMatchObject({
      status: "failed",
      metadata: { user: "bob" },
      error: { name: "TaskFailedError", code: "content_policy" },
    });
    expect(slow).toMatchObject({ status: "timeout", error: { name: "TaskTimeoutError", code: "task_timeout" } });
    // A finished task's outcome is still there to read.
    expect(await producer.result("sim", `${name}-ok`)).toEqual(ok);
    await until(() => seen.length >= 3, 10_000, "three outcomes");
    await sleep(200);
    expect(seen.map((outcome) => outcome.taskId).sort()).toEqual([`${name}-bad`, `${name}-ok`, `${name}-slow`]);
    stop();
    await worker.close();
    await workerFleet.close();
    await producer.close();
  });

  it("lets a callback in any process trigger the check of a task another process holds", async () => {
    const name = nextQueue();
    const workerFleet = createFleet({ connection: redis.url, name, log });
    // A schedule that would not check for a minute: only checkNow can finish the wait in time.
    const worker = workerFleet.startWorker({
      sources: { sim: source() },
      poller: { schedule: fixedSchedule(60_000, 0) },
    });
    const web = createFleet({ connection: redis.url, name, log });
    const taskId = `${name}-callback`;
    api.addTask(taskId, Date.now() + 200);
    await web.track({ provider: "sim", taskId, createdAt: Date.now() });
    await until(() => worker.pending === 1, 10_000, "the worker to hold the task");
    await sleep(300);
    const started = Date.now();
    // A check-now is an event on the stream every worker reads; one published before a new worker's
    // reader is running is missed (the backstop poll covers it), so the callback side repeats it, as a
    // provider's repeated delivery would. Repeats cost the worker nothing: the check is already due.
    let settled = false;
    const outcome = web.result("sim", taskId).finally(() => {
      settled = true;
    });
    while (!settled && Date.now() - started < 20_000) {
      await web.checkNow("sim", taskId);
      await Promise.race([outcome, sleep(1_000)]);
    }
    expect((await outcome).status).toBe("succeeded");
    // Well before the worker's own schedule (a minute) would have checked.
    expect(Date.now() - started).toBeLessThan(20_000);
    await worker.close();
    await Promise.all([workerFleet.close(), web.close()]);
  });

  it("rejects bad input with InvalidInputError naming it", async () => {
    const fleet = createFleet({ connection: redis.url, name: nextQueue(), log });
    await expect(fleet.track({ provider: "sim", taskId: " " })).rejects.toMatchObject({ name: "InvalidInputError" });
    await expect(fleet.track({ provider: "", taskId: "a" })).rejects.toThrow(/provider/);
    await expect(fleet.track({ provider: "sim", taskId: "a", timeoutMs: -1 })).rejects.toThrow(/timeoutMs/);
    await expect(fleet.result("sim", "never-tracked")).rejects.toMatchObject({ code: "not_tracked" });
    expect(() => fleet.startWorker({ sources: "veo" as never })).toThrow(/sources/);
    expect(() => createFleet({} as never)).toThrow(/connection/);
    await fleet.close();
  });
});

describe("a worker killed with SIGKILL mid-wait", () => {
  let child: ChildProcess | undefined;

  beforeAll(() => {
    // The worker process runs the built packages, as a user's would.
    for (const name of ["core", "poller", "fleet"]) {
      const result = spawnSync(
        process.execPath,
        [
          join(root, "node_modules", "typescript", "bin", "tsc"),
          "-p",
          join(root, "packages", name, "tsconfig.build.json"),
        ],
        { encoding: "utf8" },
      );
      if (result.status !== 0) throw new Error(`Building @gentask/${name} failed:\n${result.stdout}${result.stderr}`);
    }
  });

  afterAll(() => {
    child?.kill("SIGKILL");
  });

  it("loses nothing: another worker takes its tasks over before their deadlines, and each is reported once", async () => {
    const name = nextQueue();
    const fleet = createFleet({ connection: redis.url, name, lockDurationMs: 2_000, stalledIntervalMs: 1_000, log });
    const outcomes: TrackedOutcome[] = [];
    fleet.subscribe((outcome) => outcomes.push(outcome));
    child = spawn(process.execPath, [join(packageDirectory, "bench", "worker.mjs")], {
      env: {
        ...process.env,
        REDIS_URL: redis.url,
        API_URL: api.url,
        API_KEY,
        QUEUE: name,
        SCHEDULE_SCALE: "0.05",
        LOCK_MS: "2000",
        STALLED_MS: "1000",
        CHECK_DURABILITY: "no",
      },
      stdio: ["ignore", "pipe", "inherit"],
    });
    const queue = new Queue(name, { connection: { url: redis.url }, prefix: "gentask" });
    const now = Date.now();
    const ids = Array.from({ length: 20 }, (_, index) => `${name}-${index}`);
    for (const id of ids) api.addTask(id, now + 4_000);
    await fleet.trackMany(ids.map((taskId) => ({ provider: "sim", taskId, createdAt: now, timeoutMs: 60_000 })));
    await until(async () => (await queue.getActiveCount()) === 20, 20_000, "the child worker to hold every task");
    child.kill("SIGKILL");
    await new Promise((resolve) => child?.once("exit", resolve));
    const killedAt = Date.now();
    const survivor = fleet.startWorker({
      sources: { sim: source() },
      poller: quick,
    });
    const results = await Promise.all(ids.map((id) => fleet.result("sim", id)));
    expect(results.every((outcome) => outcome.status === "succeeded")).toBe(true);
    expect(Date.now()).toBeLessThan(now + 60_000);
    expect(Date.now() - killedAt).toBeLessThan(30_000);
    await sleep(300);
    expect(outcomes.map((outcome) => outcome.taskId).sort()).toEqual([...ids].sort());
    expect(await queue.getCompletedCount()).toBe(20);
    await survivor.close();
    await queue.close();
    await fleet.close();
  });
});

describe("takeover with the defaults", () => {
  let child: ChildProcess | undefined;
  afterAll(() => {
    child?.kill("SIGKILL");
  });

  it("a SIGKILLed worker's tasks are taken over within the default lock plus stalled check (15 s)", async ({
    annotate,
  }) => {
    const name = nextQueue();
    const fleet = createFleet({ connection: redis.url, name, log });
    child = spawn(process.execPath, [join(packageDirectory, "bench", "worker.mjs")], {
      env: { ...process.env, REDIS_URL: redis.url, API_URL: api.url, API_KEY, QUEUE: name, CHECK_DURABILITY: "no" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    const queue = new Queue(name, { connection: { url: redis.url }, prefix: "gentask" });
    const ids = Array.from({ length: 5 }, (_, index) => `${name}-${index}`);
    // Tasks that finish only well after the takeover: the survivor's first read settles them.
    const now = Date.now();
    for (const id of ids) api.addTask(id, now);
    api.addTask(`${name}-never`, now + 600_000);
    await fleet.trackMany(ids.map((taskId) => ({ provider: "sim", taskId, createdAt: now, timeoutMs: 120_000 })));
    await until(async () => (await queue.getActiveCount()) === 5, 20_000, "the child worker to hold every task");
    child.kill("SIGKILL");
    await new Promise((resolve) => child?.once("exit", resolve));
    const killedAt = Date.now();
    const survivor = fleet.startWorker({ sources: { sim: source() }, poller: quick });
    const results = await Promise.all(ids.map((id) => fleet.result("sim", id)));
    const takeoverMs = Date.now() - killedAt;
    await annotate(`taken over ${takeoverMs} ms after the SIGKILL (defaults: 10 s lock, 5 s stalled check)`);
    expect(results.every((outcome) => outcome.status === "succeeded")).toBe(true);
    // At most the lock plus one stalled check, with room for a loaded machine.
    expect(takeoverMs).toBeLessThan(15_000 + 5_000);
    await survivor.close();
    await queue.close();
    await fleet.close();
  });
});

describe("what Redis holds", () => {
  it("never an API key, in any key or value", async () => {
    const client = new Redis(redis.url);
    const dump: string[] = [];
    for (const key of await client.keys("*")) {
      dump.push(key);
      const type = await client.type(key);
      if (type === "string") dump.push(String(await client.get(key)));
      else if (type === "hash") dump.push(JSON.stringify(await client.hgetall(key)));
      else if (type === "list") dump.push(JSON.stringify(await client.lrange(key, 0, -1)));
      else if (type === "set") dump.push(JSON.stringify(await client.smembers(key)));
      else if (type === "zset") dump.push(JSON.stringify(await client.zrange(key, "0", "-1")));
      else if (type === "stream") dump.push(JSON.stringify(await client.xrange(key, "-", "+")));
    }
    await client.quit();
    expect(dump.length).toBeGreaterThan(10);
    expect(dump.join("\n")).not.toContain(API_KEY);
    expect(dump.join("\n")).toContain("gentask:budget:");
    expect(unhandled).toEqual([]);
  });
});
