import { ApiError, InvalidInputError, type TaskStatus } from "@gentask/core";
import { describe, expect, it } from "vitest";
import {
  type Answer,
  apiError,
  type FakeSourceOptions,
  failed,
  fakeSource,
  notFound,
  pending,
  succeeded,
} from "./__fixtures__/fake-source.js";
import {
  createPoller,
  fewestRequestsSchedule,
  fixedSchedule,
  type Poller,
  type PollerOptions,
  TaskFailedError,
  TaskNotFoundError,
  TaskTimeoutError,
  waitForTask,
  waitForTasks,
  watchTasks,
} from "./index.js";
import { createVirtualClock } from "./testing.js";

const T0 = Date.UTC(2026, 0, 1);
const high = () => 0.999_999;

/** A deterministic uniform source (Park-Miller). */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 16807) % 2147483647;
    return (state - 1) / 2147483646;
  };
}

function setup(options: Partial<Omit<FakeSourceOptions, "clock">> & { poller?: PollerOptions } = {}): {
  clock: ReturnType<typeof createVirtualClock>;
  source: ReturnType<typeof fakeSource>;
  poller: ReturnType<typeof createPoller>;
  callTimes: () => number[];
} {
  const clock = createVirtualClock({ start: T0 });
  const { poller: pollerOptions, ...sourceOptions } = options;
  const source = fakeSource({ clock, latencyMs: 0, answer: (id) => pending(id), ...sourceOptions });
  // kie's bands, and tasks taken as created when their wait starts, so that checks come at times these tests can
  // name; the default's eager part and the first read of a task of unknown age have tests of their own.
  const raw = createPoller({ clock, random: () => 0, schedule: fewestRequestsSchedule, ...pollerOptions });
  const aged = <Options extends { createdAt?: number | undefined }>(tasks: unknown[], options?: Options) =>
    tasks.every((task) => typeof task === "string") ? { createdAt: clock.now(), ...options } : options;
  const poller: Poller = {
    waitForTask: (source, task, options) => raw.waitForTask(source, task, aged([task], options)),
    waitForTasks: (source, tasks, options) => raw.waitForTasks(source, tasks, aged([...tasks], options)),
    watchTasks: (source, tasks, options) => raw.watchTasks(source, tasks, aged([...tasks], options)),
    checkNow: (source, taskId) => raw.checkNow(source, taskId),
    get pending() {
      return raw.pending;
    },
  };
  return { clock, source, poller, callTimes: () => source.calls.map((call) => call.at - T0) };
}

interface Tracked<Value> {
  status?: "fulfilled" | "rejected";
  value?: Value;
  reason?: unknown;
  /** Virtual ms after T0 when it settled. */
  at?: number;
}

/** Attaches handlers at once (no unhandled rejection) and records how and when the promise settled. */
function track<Value>(clock: { now(): number }, promise: Promise<Value>): Tracked<Value> {
  const state: Tracked<Value> = {};
  promise.then(
    (value) => Object.assign(state, { status: "fulfilled", value, at: clock.now() - T0 }),
    (reason: unknown) => Object.assign(state, { status: "rejected", reason, at: clock.now() - T0 }),
  );
  return state;
}

/** Sends and answers by the age of the task (time since T0). */
const byAge =
  (script: (id: string, ageMs: number) => Answer) =>
  (id: string, now: number): Answer =>
    script(id, now - T0);

describe("waitForTask", () => {
  it("resolves with the finished task and reports each status change once", async () => {
    const seen: TaskStatus[] = [];
    const { clock, source, poller } = setup({
      answer: byAge((id, age) =>
        age < 10_000 ? pending(id, "queued") : age < 20_000 ? pending(id, "running", 50) : succeeded(id),
      ),
    });
    const result = await clock.run(poller.waitForTask(source, "t1", { onProgress: (status) => seen.push(status) }));
    expect(result).toEqual({
      status: "fulfilled",
      value: { id: "t1", state: "succeeded", urls: ["https://cdn.example/t1.mp4"], record: { id: "t1" } },
    });
    expect(seen.map((status) => [status.state, status.statusWord, status.progress])).toEqual([
      ["pending", "queued", undefined],
      ["pending", "running", 50],
      ["succeeded", "succeeded", 100],
    ]);
    expect(source.calls.length).toBeGreaterThan(3);
    expect(poller.pending).toBe(0);
    expect(clock.timerCount).toBe(0);
  });

  it("follows kie's schedule: 2-3 s for 30 s, 5-10 s until 2 min, then 15-30 s", async () => {
    for (const [random, bound] of [
      [() => 0, "min"],
      [high, "max"],
    ] as const) {
      const { clock, source, poller, callTimes } = setup({
        answer: byAge((id, age) => (age < 300_000 ? pending(id) : succeeded(id))),
        poller: { random },
      });
      await clock.run(poller.waitForTask(source, "t1"));
      const times = callTimes();
      expect(times[0]).toBeCloseTo(bound === "min" ? 2_000 : 3_000, 0);
      for (let index = 1; index < times.length; index++) {
        const previous = times[index - 1] as number;
        const interval = (times[index] as number) - previous;
        const band = previous < 30_000 ? [2_000, 3_000] : previous < 120_000 ? [5_000, 10_000] : [15_000, 30_000];
        expect(interval).toBeCloseTo(bound === "min" ? (band[0] as number) : (band[1] as number), 0);
      }
      expect(times.filter((time) => time >= 120_000).length).toBeGreaterThan(3);
    }
  });

  it("jitters the checks of waits started together within the band", async () => {
    const { clock, source, poller, callTimes } = setup({
      maxBatchSize: 1,
      rateLimit: { requestsPerSecond: 10_000, burst: 10_000 },
      poller: { random: seededRandom(42) },
    });
    const controller = new AbortController();
    for (let index = 0; index < 500; index++) {
      track(clock, poller.waitForTask(source, `t${index}`, { signal: controller.signal }));
    }
    await clock.advance(3_000);
    const first = callTimes();
    expect(first).toHaveLength(500);
    expect(Math.min(...first)).toBeGreaterThanOrEqual(2_000);
    expect(Math.max(...first)).toBeLessThanOrEqual(3_000);
    expect(new Set(first.map((time) => Math.floor(time / 100))).size).toBe(10);
    controller.abort();
    await clock.advance(1);
    expect(clock.timerCount).toBe(0);
  });

  it("keeps one timer however many waits are pending", async () => {
    const { clock, source, poller } = setup();
    const controller = new AbortController();
    for (let index = 0; index < 10_000; index++) {
      track(clock, poller.waitForTask(source, `t${index}`, { signal: controller.signal }));
    }
    await clock.advance(0);
    expect(poller.pending).toBe(10_000);
    expect(clock.timerCount).toBe(1);
    await clock.advance(5_000);
    expect(clock.timerCount).toBe(1);
    controller.abort();
    await clock.advance(0);
    expect(poller.pending).toBe(0);
    expect(clock.timerCount).toBe(0);
  });
});

describe("the deadline", () => {
  it("makes the last check just before the deadline, then rejects with a resumable TaskTimeoutError", async () => {
    const { clock, source, poller, callTimes } = setup({
      answer: (id) => pending(id, "generating", 40),
      poller: { schedule: fixedSchedule(3_000, 0) },
    });
    const wait = track(clock, poller.waitForTask(source, "t1", { timeoutMs: 11_000 }));
    await clock.advance(20_000);
    expect(callTimes()).toEqual([3_000, 6_000, 9_000, 10_000]);
    expect(wait.status).toBe("rejected");
    expect(wait.at).toBe(11_000);
    const error = wait.reason as TaskTimeoutError;
    expect(error).toBeInstanceOf(TaskTimeoutError);
    expect(error).toMatchObject({
      code: "task_timeout",
      taskId: "t1",
      provider: "fake",
      deadline: T0 + 11_000,
      elapsedMs: 11_000,
      lastStatus: { state: "pending", statusWord: "generating", progress: 40 },
      handle: { provider: "fake", taskId: "t1", createdAt: T0 },
    });
    expect(error.message).toMatch(/t1.*11 s.*generating.*40%.*resume/);
    expect(clock.timerCount).toBe(0);
  });

  it("resumes from a handle: checks at once, then by the task's age", async () => {
    const { clock, source, poller, callTimes } = setup({
      answer: byAge((id, age) => (age < 700_000 ? pending(id) : succeeded(id))),
    });
    await clock.advance(600_000);
    const handle = { provider: "fake", taskId: "old", createdAt: T0 };
    const wait = track(clock, poller.waitForTask(source, handle));
    await clock.advance(200_000);
    const times = callTimes();
    expect(times[0]).toBe(600_000);
    expect((times[1] as number) - (times[0] as number)).toBe(15_000);
    expect(wait.status).toBe("fulfilled");
  });

  it("aborts a request in flight at the deadline", async () => {
    const { clock, source, poller } = setup({ latencyMs: 60_000, poller: { requestTimeoutMs: 120_000 } });
    const wait = track(clock, poller.waitForTask(source, "t1", { timeoutMs: 10_000 }));
    await clock.advance(10_000);
    expect(wait).toMatchObject({ status: "rejected", at: 10_000 });
    expect(wait.reason).toBeInstanceOf(TaskTimeoutError);
    expect(source.calls).toHaveLength(1);
    expect(source.calls[0]?.signal?.aborted).toBe(true);
    expect(clock.timerCount).toBe(0);
  });

  it("treats an unknown status word as pending, at the schedule's pace, until the deadline", async () => {
    const { clock, source, poller, callTimes } = setup({ answer: (id) => pending(id, "aborted-by-a-new-api") });
    const wait = track(clock, poller.waitForTask(source, "t1", { timeoutMs: 60_000 }));
    await clock.advance(120_000);
    const times = callTimes();
    // 2 s apart for 30 s, then 5 s apart, the last one a second before the deadline: no hot loop.
    expect(times).toEqual([
      ...Array.from({ length: 15 }, (_, index) => (index + 1) * 2_000),
      35_000,
      40_000,
      45_000,
      50_000,
      55_000,
      59_000,
    ]);
    expect(wait.status).toBe("rejected");
    expect((wait.reason as TaskTimeoutError).lastStatus?.statusWord).toBe("aborted-by-a-new-api");
  });

  it("lets each waiter of a shared task keep its own deadline", async () => {
    const { clock, source, poller } = setup({
      answer: byAge((id, age) => (age < 30_000 ? pending(id) : succeeded(id))),
    });
    const short = track(clock, poller.waitForTask(source, "t1", { timeoutMs: 10_000 }));
    const long = track(clock, poller.waitForTask(source, "t1", { timeoutMs: 60_000 }));
    await clock.advance(60_000);
    expect(short).toMatchObject({ status: "rejected", at: 10_000 });
    // The short wait's last check (9 s) moved the shared schedule by a second: 9, 11, ... 29, 31 s.
    expect(long).toMatchObject({ status: "fulfilled", at: 31_000 });
  });
});

describe("errors while polling", () => {
  it("obeys Retry-After in seconds, pausing the whole budget", async () => {
    const { clock, source, poller, callTimes } = setup({
      maxBatchSize: 1,
      latencyMs: 100,
      answer: (id, _now, call) =>
        call === 0 ? apiError(429, "too_many_requests", { retryAfter: "7" }) : succeeded(id),
    });
    const first = track(clock, poller.waitForTask(source, "a"));
    await clock.advance(3_000);
    const second = track(clock, poller.waitForTask(source, "b"));
    await clock.advance(20_000);
    // The 429 arrived at 2.1 s: nothing goes before 9.1 s, not even the other task's first check (due at 5 s).
    expect(callTimes()).toEqual([2_000, 9_100, 9_100]);
    expect(first).toMatchObject({ status: "fulfilled" });
    expect(second).toMatchObject({ status: "fulfilled" });
  });

  it("obeys Retry-After as an HTTP date", async () => {
    const retryAfter = new Date(T0 + 14_000).toUTCString();
    const { clock, source, poller, callTimes } = setup({
      latencyMs: 100,
      answer: (id, _now, call) => (call === 0 ? apiError(429, "too_many_requests", { retryAfter }) : succeeded(id)),
    });
    const wait = track(clock, poller.waitForTask(source, "a"));
    await clock.advance(20_000);
    expect(callTimes()).toEqual([2_000, 14_000]);
    expect(wait.status).toBe("fulfilled");
  });

  it("caps a long Retry-After at 60 s, so a later wait is not starved", async () => {
    const { clock, source, poller, callTimes } = setup({
      latencyMs: 100,
      answer: (id, _now, call) =>
        call === 0 ? apiError(429, "too_many_requests", { retryAfter: "3600" }) : succeeded(id),
    });
    const first = track(clock, poller.waitForTask(source, "a", { timeoutMs: 10 * 60_000 }));
    await clock.advance(10_000);
    const later = track(clock, poller.waitForTask(source, "b", { timeoutMs: 2 * 60_000 }));
    await clock.advance(120_000);
    // The 429 came back at 2.1 s: the pause ends at 62.1 s, not after an hour.
    expect(callTimes()).toEqual([2_000, 62_100]);
    expect([first.status, later.status]).toEqual(["fulfilled", "fulfilled"]);
  });

  it("takes the Retry-After cap from maxRetryAfterMs", async () => {
    const { clock, source, poller, callTimes } = setup({
      latencyMs: 100,
      answer: (id, _now, call) => (call === 0 ? apiError(503, "http_503", { retryAfter: "3600" }) : succeeded(id)),
      poller: { maxRetryAfterMs: 5_000 },
    });
    const wait = track(clock, poller.waitForTask(source, "a"));
    await clock.advance(20_000);
    expect(callTimes()).toEqual([2_000, 7_100]);
    expect(wait.status).toBe("fulfilled");
  });

  it("slows the shared budget after a 429 without Retry-After", async () => {
    const { clock, source, poller } = setup({
      maxBatchSize: 1,
      answer: (id, _now, call) =>
        call === 0 ? apiError(200, "429", { providerMessage: "rate limited" }) : pending(id),
    });
    const controller = new AbortController();
    for (let index = 0; index < 100; index++) {
      track(clock, poller.waitForTask(source, `t${index}`, { signal: controller.signal }));
    }
    await clock.advance(6_000);
    const times = source.calls.map((call) => call.at - T0);
    // The 429 hit the first request at 2 s; the pause (1 s backoff) and the halved rate follow.
    const afterPause = times.filter((time) => time >= 3_000 && time < 4_000);
    expect(times.filter((time) => time > 2_000 && time < 3_000)).toEqual([]);
    expect(afterPause.length).toBeGreaterThan(0);
    expect(afterPause.length).toBeLessThanOrEqual(6);
    controller.abort();
  });

  it("retries 5xx with growing, capped backoff", async () => {
    const { clock, source, poller } = setup({
      latencyMs: 100,
      answer: (id, _now, call) => (call < 5 ? apiError(503, "http_503") : succeeded(id)),
      poller: { random: high, retry: { baseMs: 1_000, maxMs: 5_000 }, schedule: fixedSchedule(2_000, 0) },
    });
    const wait = track(clock, poller.waitForTask(source, "t1"));
    await clock.advance(60_000);
    const gaps = source.calls.slice(1).map((call, index) => call.at - (source.calls[index]?.settledAt as number));
    expect(gaps.map(Math.round)).toEqual([1_000, 2_000, 4_000, 5_000, 5_000]);
    expect(wait.status).toBe("fulfilled");
  });

  it("never retries past the deadline, and the timeout carries the last error", async () => {
    const { clock, source, poller, callTimes } = setup({
      latencyMs: 100,
      answer: () => apiError(503, "http_503"),
      poller: { random: high, schedule: fixedSchedule(2_000, 0) },
    });
    const wait = track(clock, poller.waitForTask(source, "t1", { timeoutMs: 10_000 }));
    await clock.advance(30_000);
    // 2.0 fails at 2.1, retry 1 s later; 3.1 fails at 3.2, retry 2 s later; 5.2 fails at 5.3; 4 s would pass the last check time.
    expect(callTimes()).toEqual([2_000, 3_100, 5_200, 9_000]);
    expect(wait).toMatchObject({ status: "rejected", at: 10_000 });
    expect((wait.reason as TaskTimeoutError).lastError).toMatchObject({ status: 503 });
    expect((wait.reason as TaskTimeoutError).message).toMatch(/last polling error/);
  });

  it.each([
    ["HTTP 401", apiError(401, "invalid_token")],
    ["HTTP 402", apiError(402, "payment_required")],
    ["HTTP 403", apiError(403, "used_up")],
    ["kie code 401 under HTTP 200", apiError(200, "401")],
    ["kie code 402 under HTTP 200", apiError(200, "402", { providerMessage: "Insufficient credits" })],
  ])("fails at once on %s, for every wait of the batch", async (_name, error) => {
    const { clock, source, poller } = setup({ answer: () => error });
    const first = track(clock, poller.waitForTask(source, "a"));
    const second = track(clock, poller.waitForTask(source, "b"));
    await clock.advance(60_000);
    expect(source.calls).toHaveLength(1);
    expect(first).toMatchObject({ status: "rejected", reason: error, at: 2_000 });
    expect(second).toMatchObject({ status: "rejected", reason: error, at: 2_000 });
    expect(clock.timerCount).toBe(0);
  });

  it("fails at once with the error of a source that throws something other than an API error", async () => {
    const bug = new TypeError("cannot read properties of undefined");
    const { clock, source, poller } = setup({ answer: () => bug });
    const wait = track(clock, poller.waitForTask(source, "a"));
    await clock.advance(10_000);
    expect(wait).toMatchObject({ status: "rejected", reason: bug });
    expect(source.calls).toHaveLength(1);
  });

  it("retries an answer that is not an array or lacks the task", async () => {
    const { clock, source, poller } = setup();
    let call = 0;
    source.read = async (ids) => {
      call += 1;
      if (call === 1) return "nope" as never;
      if (call === 2) return [pending("someone-else")] as never;
      return ids.map((id) => succeeded(id));
    };
    const wait = track(clock, poller.waitForTask(source, "a"));
    await clock.advance(30_000);
    expect(call).toBe(3);
    expect(wait.status).toBe("fulfilled");
  });

  it("aborts a hanging request after requestTimeoutMs and retries", async () => {
    const { clock, source, poller, callTimes } = setup({
      latencyMs: (call) => (call === 0 ? 600_000 : 100),
      answer: (id) => succeeded(id),
      poller: { requestTimeoutMs: 5_000 },
    });
    const wait = track(clock, poller.waitForTask(source, "a"));
    await clock.advance(30_000);
    expect(callTimes()).toEqual([2_000, 8_000]);
    expect(source.calls[0]?.aborted).toBe(true);
    expect(wait).toMatchObject({ status: "fulfilled", at: 8_100 });
    expect(clock.timerCount).toBe(0);
  });
});

describe("not found", () => {
  it("gives a freshly created task a grace period", async () => {
    const { clock, source, poller } = setup({
      answer: byAge((id, age) => (age < 6_000 ? notFound(id) : age < 20_000 ? pending(id) : succeeded(id))),
    });
    const wait = track(clock, poller.waitForTask(source, "t1"));
    await clock.advance(30_000);
    expect(wait.status).toBe("fulfilled");
  });

  it.each([
    ["a not_found status", (id: string) => notFound(id)],
    ["HTTP 404", () => apiError(404, "not_found")],
    ["kie 422 recordInfo is null", () => apiError(200, "422", { providerMessage: "recordInfo is null" })],
  ])("rejects with TaskNotFoundError once the grace period is over (%s)", async (_name, answer) => {
    const { clock, source, poller } = setup({ answer });
    const wait = track(clock, poller.waitForTask(source, "ghost"));
    await clock.advance(60_000);
    expect(wait).toMatchObject({ status: "rejected", at: 16_000 });
    expect(wait.reason).toBeInstanceOf(TaskNotFoundError);
    expect(wait.reason).toMatchObject({ code: "task_not_found", taskId: "ghost" });
  });

  it("rejects at once for a task created long ago", async () => {
    const { clock, source, poller } = setup({ answer: (id) => notFound(id) });
    await clock.advance(3_600_000);
    const wait = track(clock, poller.waitForTask(source, { provider: "fake", taskId: "old", createdAt: T0 }));
    await clock.advance(1_000);
    expect(wait).toMatchObject({ status: "rejected", at: 3_600_000 });
    expect(wait.reason).toBeInstanceOf(TaskNotFoundError);
  });
});

describe("failures", () => {
  it("rejects with TaskFailedError carrying the provider's code, message and record", async () => {
    const { clock, source, poller } = setup({ answer: (id) => failed(id, "nsfw", "The prompt was blocked") });
    const wait = track(clock, poller.waitForTask(source, "t1"));
    await clock.advance(5_000);
    expect(wait.reason).toBeInstanceOf(TaskFailedError);
    expect(wait.reason).toMatchObject({
      code: "nsfw",
      taskId: "t1",
      provider: "fake",
      providerMessage: "The prompt was blocked",
      record: { id: "t1" },
    });
    expect((wait.reason as Error).message).toBe("fake task t1 failed: The prompt was blocked (code nsfw)");
  });

  it("rejects only the wait whose onProgress threw", async () => {
    const { clock, source, poller } = setup({
      answer: byAge((id, age) => (age < 10_000 ? pending(id) : succeeded(id))),
    });
    const boom = new Error("callback bug");
    const throwing = track(
      clock,
      poller.waitForTask(source, "t1", {
        onProgress: () => {
          throw boom;
        },
      }),
    );
    const calm = track(clock, poller.waitForTask(source, "t1"));
    await clock.advance(20_000);
    expect(throwing).toMatchObject({ status: "rejected", reason: boom, at: 2_000 });
    expect(calm.status).toBe("fulfilled");
  });
});

describe("abort", () => {
  it("rejects with the reason before any request when the signal is already aborted", async () => {
    const { clock, source, poller } = setup();
    const reason = new Error("user left");
    const wait = track(clock, poller.waitForTask(source, "t1", { signal: AbortSignal.abort(reason) }));
    await clock.advance(10_000);
    expect(wait).toMatchObject({ status: "rejected", reason, at: 0 });
    expect(source.calls).toHaveLength(0);
    expect(clock.timerCount).toBe(0);
  });

  it("stops mid-sleep", async () => {
    const { clock, source, poller } = setup();
    const controller = new AbortController();
    const wait = track(clock, poller.waitForTask(source, "t1", { signal: controller.signal }));
    await clock.advance(3_000);
    expect(source.calls).toHaveLength(1);
    controller.abort();
    await clock.advance(0);
    expect(wait.status).toBe("rejected");
    expect((wait.reason as Error).name).toBe("AbortError");
    await clock.advance(60_000);
    expect(source.calls).toHaveLength(1);
    expect(clock.timerCount).toBe(0);
  });

  it("aborts the request in flight", async () => {
    const { clock, source, poller } = setup({ latencyMs: 5_000 });
    const controller = new AbortController();
    const reason = new Error("cancelled");
    const wait = track(clock, poller.waitForTask(source, "t1", { signal: controller.signal }));
    await clock.advance(3_000);
    controller.abort(reason);
    await clock.advance(0);
    expect(wait).toMatchObject({ status: "rejected", reason, at: 3_000 });
    expect(source.calls[0]?.signal?.aborted).toBe(true);
    expect(source.calls[0]?.aborted).toBe(true);
    expect(clock.timerCount).toBe(0);
  });

  it("stops during a retry backoff and a Retry-After pause", async () => {
    for (const error of [apiError(503, "http_503"), apiError(429, "too_many_requests", { retryAfter: "60" })]) {
      const { clock, source, poller } = setup({ answer: () => error });
      const controller = new AbortController();
      const wait = track(clock, poller.waitForTask(source, "t1", { signal: controller.signal }));
      await clock.advance(2_500);
      expect(source.calls).toHaveLength(1);
      controller.abort();
      await clock.advance(0);
      expect(wait).toMatchObject({ status: "rejected", at: 2_500 });
      await clock.advance(120_000);
      expect(source.calls).toHaveLength(1);
      expect(clock.timerCount).toBe(0);
    }
  });

  it("keeps polling a shared task for the waits that were not aborted", async () => {
    const { clock, source, poller } = setup({
      latencyMs: 100,
      answer: byAge((id, age) => (age < 20_000 ? pending(id) : succeeded(id))),
    });
    const controller = new AbortController();
    const aborted = track(clock, poller.waitForTask(source, "t1", { signal: controller.signal }));
    const kept = track(clock, poller.waitForTask(source, "t1"));
    await clock.advance(2_050);
    controller.abort();
    await clock.advance(30_000);
    expect(aborted.status).toBe("rejected");
    expect(kept.status).toBe("fulfilled");
    expect(source.calls[0]?.signal?.aborted).toBe(false);
  });
});

describe("batching and de-duplication", () => {
  it("lets a new waiter join a task in retry backoff without cutting the backoff short", async () => {
    const { clock, source, poller, callTimes } = setup({
      latencyMs: 100,
      answer: (id, _now, call) => (call === 0 ? apiError(503, "http_503") : succeeded(id)),
      poller: { random: high, retry: { baseMs: 8_000, maxMs: 8_000 } },
    });
    const first = track(clock, poller.waitForTask(source, "t1"));
    await clock.advance(3_500);
    const second = track(clock, poller.waitForTask(source, "t1"));
    await clock.advance(20_000);
    // The 503 came back at 3.1 s: the retry waits 8 s (11.1 s), though the newcomer alone would check at 6.5 s.
    expect(callTimes().map(Math.round)).toEqual([3_000, 11_100]);
    expect([first.status, second.status]).toEqual(["fulfilled", "fulfilled"]);
  });

  it("polls an id waited for twice once", async () => {
    const { clock, source, poller } = setup({
      answer: byAge((id, age) => (age < 10_000 ? pending(id) : succeeded(id))),
    });
    const first = track(clock, poller.waitForTask(source, "t1"));
    const second = track(clock, poller.waitForTask(source, "t1"));
    await clock.advance(20_000);
    expect(source.calls.every((call) => call.ids.length === 1 && call.ids[0] === "t1")).toBe(true);
    expect(first.status).toBe("fulfilled");
    expect(second.value).toEqual(first.value);
  });

  it("turns two waits of the same tick into one batch request, whatever the jitter", async () => {
    for (let seed = 1; seed <= 20; seed++) {
      const { clock, source, poller } = setup({
        answer: (id) => succeeded(id),
        poller: { random: seededRandom(seed) },
      });
      const first = track(clock, poller.waitForTask(source, "a"));
      const second = track(clock, poller.waitForTask(source, "b"));
      await clock.advance(5_000);
      expect(source.calls.map((call) => [...call.ids].sort())).toEqual([["a", "b"]]);
      expect([first.status, second.status]).toEqual(["fulfilled", "fulfilled"]);
    }
  });

  it("splits large waits into batches of maxBatchSize", async () => {
    const { clock, source, poller } = setup({ answer: (id) => succeeded(id) });
    const outcomes = track(
      clock,
      poller.waitForTasks(
        source,
        Array.from({ length: 120 }, (_, index) => `t${index}`),
      ),
    );
    await clock.advance(5_000);
    expect(source.calls.map((call) => call.ids.length)).toEqual([50, 50, 20]);
    expect(outcomes.value?.every((outcome) => outcome.status === "fulfilled")).toBe(true);
  });

  it("reads each wait through its own source, while sources with the same budget key share one budget", async () => {
    const clock = createVirtualClock({ start: T0 });
    const poller = createPoller({ clock, random: () => 0, rateLimit: { requestsPerSecond: 1, burst: 1 } });
    const sources = [
      fakeSource({ clock, latencyMs: 0, budgetKey: "veo key-1", answer: (id) => succeeded(id) }),
      fakeSource({ clock, latencyMs: 0, budgetKey: "veo key-1", answer: (id) => succeeded(id) }),
      fakeSource({ clock, latencyMs: 0, budgetKey: "veo key-2", answer: (id) => succeeded(id) }),
    ];
    const waits = sources.map((source, index) =>
      track(clock, poller.waitForTask(source, `t${index}`, { createdAt: T0 })),
    );
    await clock.advance(5_000);
    // Each source read its own task (its own fetch and headers), and only that one.
    expect(sources.map((source) => source.calls.map((call) => call.ids))).toEqual([[["t0"]], [["t1"]], [["t2"]]]);
    // One request a second for key-1, shared by its two sources; key-2 has a budget of its own.
    expect(sources.map((source) => (source.calls[0]?.at as number) - T0)).toEqual([2_000, 3_050, 2_000]);
    expect(waits.every((wait) => wait.status === "fulfilled")).toBe(true);
  });

  it("waits on the same id through two sources: each reads it, each wait settles", async () => {
    const clock = createVirtualClock({ start: T0 });
    const poller = createPoller({ clock, random: () => 0 });
    const first = fakeSource({ clock, latencyMs: 0, budgetKey: "same key", answer: (id) => succeeded(id) });
    const second = fakeSource({ clock, latencyMs: 0, budgetKey: "same key", answer: (id) => succeeded(id) });
    const waits = [track(clock, poller.waitForTask(first, "t1")), track(clock, poller.waitForTask(second, "t1"))];
    await clock.advance(5_000);
    expect([first.calls.length, second.calls.length]).toEqual([1, 1]);
    expect(waits.map((wait) => wait.status)).toEqual(["fulfilled", "fulfilled"]);
    expect(poller.checkNow(second, "t1")).toBe(false);
  });

  it("rides tasks due soon along in a batch that goes anyway", async () => {
    const { clock, source, poller, callTimes } = setup({ answer: (id) => pending(id) });
    const controller = new AbortController();
    track(clock, poller.waitForTask(source, "early", { signal: controller.signal }));
    await clock.advance(800);
    track(clock, poller.waitForTask(source, "late", { signal: controller.signal }));
    await clock.advance(10_000);
    // "late" (due at 2.8 s, so half its 2 s interval has passed at 2 s) went with "early", and both now share every request.
    expect(callTimes()[0]).toBe(2_000);
    expect(source.calls[0]?.ids).toEqual(["early", "late"]);
    expect(source.calls.every((call) => call.ids.length === 2)).toBe(true);
    controller.abort();
  });

  it("never exceeds the rate limit with thousands of waits, and serves the longest-due first", async () => {
    const { clock, source, poller } = setup({
      maxBatchSize: 1,
      rateLimit: { requestsPerSecond: 10, burst: 10 },
      poller: { random: seededRandom(3) },
    });
    const controller = new AbortController();
    for (let index = 0; index < 3_000; index++) {
      track(clock, poller.waitForTask(source, `t${index}`, { signal: controller.signal }));
    }
    await clock.advance(600_000);
    const times = source.calls.map((call) => call.at);
    let first = 0;
    for (let last = 0; last < times.length; last++) {
      while ((times[last] as number) - (times[first] as number) >= 1_000) first++;
      expect(last - first + 1).toBeLessThanOrEqual(10);
    }
    expect(times.length).toBeGreaterThan(600 * 9);
    // Round robin by due time: after 6,000 checks of 3,000 tasks, every task was checked once or twice... or thrice at most.
    const counts = new Map<string, number>();
    for (const call of source.calls.slice(0, 6_000))
      for (const id of call.ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    expect(counts.size).toBe(3_000);
    expect(Math.max(...counts.values()) - Math.min(...counts.values())).toBeLessThanOrEqual(1);
    controller.abort();
    await clock.advance(0);
    expect(clock.timerCount).toBe(0);
  });
});

describe("rate budgets", () => {
  it("asks a budget that answers asynchronously, and sends only at the times it gives", async () => {
    const clock = createVirtualClock({ start: T0 });
    const asked: number[] = [];
    const paused: number[] = [];
    // A stand-in for a shared budget: every reservation is answered later, one request per 500 ms.
    let next = 0;
    const poller = createPoller({
      clock,
      random: () => 0,
      schedule: fewestRequestsSchedule,
      rateBudget: () => ({
        reserve(now) {
          asked.push(now - T0);
          const at = Math.max(now, next);
          next = at + 500;
          return new Promise<number>((resolve) => clock.setTimeout(() => resolve(at), 10));
        },
        rateLimited: (now) => paused.push(now - T0),
        pause: () => {},
      }),
    });
    const source = fakeSource({ clock, latencyMs: 0, maxBatchSize: 1, answer: (id) => succeeded(id) });
    const waits = ["a", "b", "c"].map((id) => track(clock, poller.waitForTask(source, id, { createdAt: T0 })));
    await clock.advance(5_000);
    expect(source.calls.map((call) => call.at - T0)).toEqual([2_010, 2_500, 3_000]);
    expect(asked).toEqual([2_000, 2_010, 2_500]);
    expect(waits.every((wait) => wait.status === "fulfilled")).toBe(true);
    expect(paused).toEqual([]);
    expect(clock.timerCount).toBe(0);
  });

  it("tells the budget about a 429, with the pause to keep", async () => {
    const clock = createVirtualClock({ start: T0 });
    const rateLimited: [number, number, number][] = [];
    const poller = createPoller({
      clock,
      random: () => 0,
      schedule: fewestRequestsSchedule,
      rateBudget: () => ({
        reserve: (now) => now,
        rateLimited: (now, sentAt, pauseMs) => rateLimited.push([now - T0, sentAt - T0, pauseMs]),
        pause: () => {},
      }),
    });
    const source = fakeSource({
      clock,
      latencyMs: 100,
      answer: (id, _now, call) =>
        call === 0 ? apiError(429, "too_many_requests", { retryAfter: "4" }) : succeeded(id),
    });
    const wait = track(clock, poller.waitForTask(source, "a", { createdAt: T0 }));
    await clock.advance(10_000);
    expect(rateLimited).toEqual([[2_100, 2_000, 4_000]]);
    expect(wait.status).toBe("fulfilled");
  });
});

describe("many waits in one call", () => {
  it("registers them slice by slice, counting all as pending, and settles every one", async () => {
    const { clock, source, poller } = setup({
      answer: (id) => succeeded(id),
      rateLimit: { requestsPerSecond: 1_000, burst: 1_000 },
    });
    const ids = Array.from({ length: 5_000 }, (_, index) => `t${index}`);
    const outcomes = track(clock, poller.waitForTasks(source, ids));
    expect(poller.pending).toBe(5_000);
    await clock.advance(10_000);
    expect(outcomes.value?.map((outcome) => outcome.id)).toEqual(ids);
    expect(outcomes.value?.every((outcome) => outcome.status === "fulfilled")).toBe(true);
    expect(source.calls.reduce((sum, call) => sum + call.ids.length, 0)).toBe(5_000);
    expect(poller.pending).toBe(0);
    expect(clock.timerCount).toBe(0);
  });

  it("ends the waits not registered yet when the signal aborts between slices", async () => {
    const { clock, source, poller } = setup();
    const controller = new AbortController();
    const ids = Array.from({ length: 5_000 }, (_, index) => `t${index}`);
    const outcomes = track(clock, poller.waitForTasks(source, ids, { signal: controller.signal }));
    controller.abort(new Error("stop"));
    await clock.advance(0);
    expect(outcomes).toMatchObject({ status: "rejected", reason: new Error("stop") });
    expect(poller.pending).toBe(0);
    expect(source.calls).toEqual([]);
    expect(clock.timerCount).toBe(0);
  });

  it("streams outcomes of a large watch as they finish, and stops registering when the loop is left", async () => {
    const { clock, source, poller } = setup({ answer: (id) => succeeded(id) });
    const ids = Array.from({ length: 5_000 }, (_, index) => `t${index}`);
    const seen: string[] = [];
    const loop = (async () => {
      for await (const outcome of poller.watchTasks(source, ids)) {
        seen.push(outcome.id);
        if (seen.length === 3) break;
      }
    })();
    await clock.run(loop);
    expect(seen).toHaveLength(3);
    await clock.advance(0);
    expect(poller.pending).toBe(0);
    expect(clock.timerCount).toBe(0);
  });
});

describe("checkNow (a callback arrived)", () => {
  it("checks the task at once, within the budget, and only once for duplicate callbacks", async () => {
    let finished = false;
    const { clock, source, poller, callTimes } = setup({
      answer: (id) => (finished ? succeeded(id) : pending(id)),
      poller: { schedule: fixedSchedule(60_000, 0) },
    });
    const wait = track(clock, poller.waitForTask(source, "t1"));
    await clock.advance(5_000);
    expect(source.calls).toHaveLength(0);
    finished = true;
    expect(poller.checkNow(source, "t1")).toBe(true);
    expect(poller.checkNow(source, "t1")).toBe(true);
    await clock.advance(1);
    expect(wait).toMatchObject({ status: "fulfilled", at: 5_000 });
    expect(callTimes()).toEqual([5_000]);
    expect(poller.checkNow(source, "t1")).toBe(false);
    expect(clock.timerCount).toBe(0);
  });

  it("checks again at once when a callback arrives while a read of the task is in flight", async () => {
    // The task finishes at 60.5 s; the scheduled read sent at 60 s (1 s on the way) still sees it running.
    const finishedAt = T0 + 60_500;
    const { clock, source, poller, callTimes } = setup({
      latencyMs: 1_000,
      answer: (id, _now, call) => ((source.calls[call]?.at ?? 0) >= finishedAt ? succeeded(id) : pending(id)),
      poller: { schedule: fixedSchedule(60_000, 0) },
    });
    const wait = track(clock, poller.waitForTask(source, "t1", { timeoutMs: 600_000 }));
    await clock.advance(60_500);
    expect(callTimes()).toEqual([60_000]);
    // The callback: twice, as providers repeat themselves; it still costs one more read.
    expect(poller.checkNow(source, "t1")).toBe(true);
    expect(poller.checkNow(source, "t1")).toBe(true);
    await clock.advance(5_000);
    // The stale answer came at 61 s; the next read went at once and answered at 62 s.
    expect(callTimes()).toEqual([60_000, 61_000]);
    expect(wait).toMatchObject({ status: "fulfilled", at: 62_000 });
    const delayMs = (wait.at as number) - (finishedAt - T0);
    expect(delayMs).toBe(1_500);
  });

  it("reads no more when the read in flight during the callback already sees the task finished", async () => {
    const { clock, source, poller, callTimes } = setup({
      latencyMs: 1_000,
      answer: (id) => succeeded(id),
      poller: { schedule: fixedSchedule(60_000, 0) },
    });
    const wait = track(clock, poller.waitForTask(source, "t1"));
    await clock.advance(60_500);
    expect(poller.checkNow(source, "t1")).toBe(true);
    await clock.advance(5_000);
    expect(wait).toMatchObject({ status: "fulfilled", at: 61_000 });
    expect(callTimes()).toEqual([60_000]);
  });

  it("checks again once, then goes back to the schedule, when the task still runs", async () => {
    const { clock, source, poller, callTimes } = setup({
      latencyMs: 1_000,
      poller: { schedule: fixedSchedule(60_000, 0) },
    });
    const wait = track(clock, poller.waitForTask(source, "t1", { timeoutMs: 600_000 }));
    await clock.advance(60_500);
    poller.checkNow(source, "t1");
    await clock.advance(70_000);
    // 60 s (stale), 61 s (the check again, still running), then the schedule: 62 s + 60 s.
    expect(callTimes()).toEqual([60_000, 61_000, 122_000]);
    expect(wait.status).toBeUndefined();
  });

  it("does not add a check to a retry backoff when the read in flight fails", async () => {
    const { clock, source, poller, callTimes } = setup({
      latencyMs: 1_000,
      answer: (id, _now, call) => (call === 0 ? apiError(500, "server_error") : pending(id)),
      poller: { schedule: fixedSchedule(60_000, 0), retry: { baseMs: 10_000 } },
    });
    const wait = track(clock, poller.waitForTask(source, "t1", { timeoutMs: 600_000 }));
    await clock.advance(60_500);
    poller.checkNow(source, "t1");
    await clock.advance(30_000);
    const [first, second] = callTimes();
    expect(first).toBe(60_000);
    // The retry waits out its backoff (at least the 10 s base), and is the one check.
    expect(second).toBeGreaterThanOrEqual(61_000 + 10_000);
    expect(callTimes()).toHaveLength(2);
    expect(wait.status).toBeUndefined();
  });
});

describe("waitForTasks", () => {
  it("returns one outcome per id, in input order, without rejecting for a failed task", async () => {
    const { clock, source, poller } = setup({
      answer: byAge((id, age) =>
        id === "bad" ? failed(id) : id === "slow" && age < 60_000 ? pending(id) : succeeded(id),
      ),
    });
    const result = await clock.run(poller.waitForTasks(source, ["slow", "bad", "fast", "fast"]));
    expect(result.status).toBe("fulfilled");
    const outcomes = (result as PromiseFulfilledResult<Awaited<ReturnType<typeof poller.waitForTasks>>>).value;
    expect(outcomes.map((outcome) => [outcome.id, outcome.status])).toEqual([
      ["slow", "fulfilled"],
      ["bad", "rejected"],
      ["fast", "fulfilled"],
      ["fast", "fulfilled"],
    ]);
    expect((outcomes[1] as { reason: unknown }).reason).toBeInstanceOf(TaskFailedError);
    expect(source.calls[0]?.ids).toEqual(["slow", "bad", "fast"]);
  });

  it("rejects with the abort reason when the signal aborts", async () => {
    const { clock, source, poller } = setup();
    const controller = new AbortController();
    const reason = new Error("stop");
    const result = track(clock, poller.waitForTasks(source, ["a", "b"], { signal: controller.signal }));
    await clock.advance(5_000);
    controller.abort(reason);
    await clock.advance(0);
    expect(result).toMatchObject({ status: "rejected", reason });
    expect(poller.pending).toBe(0);
  });
});

describe("watchTasks", () => {
  const finishingAt = { a: 40_000, b: 10_000, c: 25_000 } as Record<string, number>;
  const answer = byAge((id, age) => (age >= (finishingAt[id] as number) ? succeeded(id) : pending(id)));

  it("yields each outcome as it finishes", async () => {
    const { clock, source, poller } = setup({ answer });
    const order: string[] = [];
    const consumed = (async () => {
      for await (const outcome of poller.watchTasks(source, ["a", "b", "c"])) order.push(outcome.id);
    })();
    await clock.run(consumed);
    expect(order).toEqual(["b", "c", "a"]);
    expect(clock.timerCount).toBe(0);
  });

  it("stops polling when the loop is left", async () => {
    const { clock, source, poller } = setup({ answer });
    const consumed = (async () => {
      for await (const outcome of poller.watchTasks(source, ["a", "b", "c"])) return outcome.id;
    })();
    const first = await clock.run(consumed);
    expect(first).toEqual({ status: "fulfilled", value: "b" });
    const callsWhenLeft = source.calls.length;
    await clock.advance(600_000);
    expect(source.calls.length).toBe(callsWhenLeft);
    expect(poller.pending).toBe(0);
    expect(clock.timerCount).toBe(0);
  });

  it("throws the abort reason when the signal aborts", async () => {
    const { clock, source, poller } = setup({ answer });
    const controller = new AbortController();
    const reason = new Error("stop watching");
    const seen: string[] = [];
    const consumed = track(
      clock,
      (async () => {
        for await (const outcome of poller.watchTasks(source, ["a", "b", "c"], { signal: controller.signal })) {
          seen.push(outcome.id);
        }
      })(),
    );
    await clock.advance(15_000);
    controller.abort(reason);
    await clock.advance(0);
    expect(seen).toEqual(["b"]);
    expect(consumed).toMatchObject({ status: "rejected", reason });
    expect(poller.pending).toBe(0);
  });
});

describe("input validation", () => {
  const { source, poller } = setup();

  it.each([
    ["an empty id", () => poller.waitForTask(source, "")],
    ["a blank id", () => poller.waitForTask(source, "   ")],
    ["a zero timeout", () => poller.waitForTask(source, "a", { timeoutMs: 0 })],
    ["a negative timeout", () => poller.waitForTask(source, "a", { timeoutMs: -5 })],
    ["a NaN timeout", () => poller.waitForTask(source, "a", { timeoutMs: Number.NaN })],
    ["a schedule that is not a function", () => poller.waitForTask(source, "a", { schedule: 5 as never })],
    ["onProgress that is not a function", () => poller.waitForTask(source, "a", { onProgress: "x" as never })],
    ["a source that is not one", () => poller.waitForTask({} as never, "a")],
    ["a handle without task id", () => poller.waitForTask(source, { provider: "fake" } as never)],
    ["no ids", () => poller.waitForTasks(source, [])],
    ["ids that are not an array", () => poller.waitForTasks(source, "a" as never)],
  ])("rejects %s with InvalidInputError", async (_name, call) => {
    await expect(call()).rejects.toBeInstanceOf(InvalidInputError);
  });

  it("throws at once from watchTasks and createPoller", () => {
    expect(() => poller.watchTasks(source, [])).toThrow(InvalidInputError);
    expect(() => createPoller({ timeoutMs: 0 })).toThrow(InvalidInputError);
    expect(() => createPoller({ rateLimit: { requestsPerSecond: 0, burst: 1 } })).toThrow(InvalidInputError);
  });

  it("rejects the wait whose schedule returns nonsense", async () => {
    const { clock, source: fresh, poller: own } = setup();
    const wait = track(clock, own.waitForTask(fresh, "a", { schedule: () => Number.NaN }));
    await clock.advance(0);
    expect(wait.reason).toBeInstanceOf(InvalidInputError);
    expect(clock.timerCount).toBe(0);
  });
});

describe("the stand-alone functions", () => {
  it("run on an injected clock", async () => {
    const clock = createVirtualClock({ start: T0 });
    const source = fakeSource({ clock, latencyMs: 0, answer: (id) => succeeded(id) });
    const single = await clock.run(waitForTask(source, "a", { clock }));
    expect(single).toMatchObject({ status: "fulfilled", value: { id: "a" } });
    const many = await clock.run(waitForTasks(source, ["b", "c"], { clock }));
    expect(many).toMatchObject({ status: "fulfilled", value: [{ id: "b" }, { id: "c" }] });
    const ids: string[] = [];
    await clock.run(
      (async () => {
        for await (const outcome of watchTasks(source, ["d"], { clock })) ids.push(outcome.id);
      })(),
    );
    expect(ids).toEqual(["d"]);
    expect(clock.timerCount).toBe(0);
  });

  it("reject invalid input without touching the shared poller", async () => {
    await expect(waitForTask({} as never, "a")).rejects.toBeInstanceOf(InvalidInputError);
    expect(new ApiError({ provider: "x", code: "y" })).toBeInstanceOf(Error);
  });
});
