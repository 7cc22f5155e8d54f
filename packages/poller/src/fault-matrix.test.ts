// The poller against a real HTTP server on 127.0.0.1 that misbehaves on cue, through the real
// Ace Data Cloud client of @gentask/core. Real timers; every case runs at once. Time bounds are lower
// bounds (the poller waited at least this long) or far upper bounds (it ended, it did not hang), so that
// they hold on a loaded 2-core machine: a wait that should succeed has 20 s; a request times out after
// 2.5 s in the cases where the server hangs on cue, after 10 s in the others (where an answer that a
// loaded machine delays past a short timeout would be retried and meet the next step).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ApiError, aceDataTaskSource, type ClientFacts, createAceDataClient } from "@gentask/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Clock,
  createPoller,
  fixedSchedule,
  realClock,
  TaskFailedError,
  TaskNotFoundError,
  TaskTimeoutError,
} from "./index.js";

/** An Ace Data Cloud video provider, as its spec's facts describe one. */
const videoFacts: ClientFacts = {
  name: "videos",
  baseUrl: "https://api.acedata.cloud",
  apiKeyVariable: "ACEDATA_API_KEY",
  starters: { createTask: "/videos/generate" },
  statusPath: "/videos/tasks",
  batchSize: 50,
};
const videoRecords = {
  record: {
    items: "data",
    statusWord: ["state"],
    mediaUrls: ["video_url"],
    succeededWords: ["succeeded"],
    failedWords: ["failed"],
  },
};

/** Long enough that a loaded machine's first check comes well within it, so that more than one is made. */
const NOT_FOUND_GRACE_MS = 3_000;
/** The request timeout of the cases where the server hangs on cue. */
const HANG_TIMEOUT_MS = 2_500;

/** What the server does for one request; once a script runs out, it answers with success. */
type Step =
  | { status: number; body: unknown | ((id: string) => unknown); headers?: Record<string, string> }
  | "reset"
  | "hang"
  | "malformed";

const record = (id: string, response?: unknown) => ({ _id: `db-${id}`, id, created_at: 1_766_000_000, response });
const succeeded: Step = {
  status: 200,
  body: (id: string) =>
    record(id, { success: true, data: [{ state: "succeeded", video_url: `https://cdn.example/${id}.mp4` }] }),
};

interface Case {
  name: string;
  steps: Step[];
  /** Repeat the last step forever instead of answering with success once the steps ran out. */
  repeat?: true;
  /** The wait's timeout (default 20 s: a wait that succeeds ends long before). */
  timeoutMs?: number;
  expect: (outcome: PromiseSettledResult<unknown>, log: RequestLog[], elapsedMs: number) => void;
}

interface RequestLog {
  at: number;
  /** The client closed the connection before an answer was sent. */
  abandoned: boolean;
}

const fulfilled = (outcome: PromiseSettledResult<unknown>) => {
  expect(outcome).toMatchObject({
    status: "fulfilled",
    value: { state: "succeeded", urls: [expect.stringMatching(/^https:/)] },
  });
};
const rejectedWith = (outcome: PromiseSettledResult<unknown>) => {
  expect(outcome.status).toBe("rejected");
  return (outcome as PromiseRejectedResult).reason;
};

const cases: Case[] = [
  {
    name: "429 with Retry-After: 1",
    steps: [{ status: 429, body: { error: { code: "too_many_requests" } }, headers: { "retry-after": "1" } }],
    expect: (outcome, log) => {
      fulfilled(outcome);
      expect(log).toHaveLength(2);
      expect((log[1] as RequestLog).at - (log[0] as RequestLog).at).toBeGreaterThanOrEqual(990);
    },
  },
  {
    name: "500 then success",
    steps: [{ status: 500, body: { error: { code: "api_error", message: "boom" } } }],
    expect: (outcome, log) => {
      fulfilled(outcome);
      expect(log).toHaveLength(2);
    },
  },
  {
    name: "502, 502 then success",
    steps: [
      { status: 502, body: "Bad Gateway" },
      { status: 502, body: "Bad Gateway" },
    ],
    expect: (outcome, log) => {
      fulfilled(outcome);
      expect(log).toHaveLength(3);
    },
  },
  {
    name: "503 then success",
    steps: [{ status: 503, body: { error: { code: "unavailable" } } }],
    expect: (outcome, log) => {
      fulfilled(outcome);
      expect(log).toHaveLength(2);
    },
  },
  {
    name: "connection reset then success",
    steps: ["reset"],
    expect: (outcome, log) => {
      fulfilled(outcome);
      expect(log).toHaveLength(2);
    },
  },
  {
    name: "a hanging response, aborted after the request timeout, then success",
    steps: ["hang"],
    expect: (outcome, log, elapsedMs) => {
      fulfilled(outcome);
      expect(log).toHaveLength(2);
      expect((log[0] as RequestLog).abandoned).toBe(true);
      // First check at once (a task of unknown age), abandoned HANG_TIMEOUT_MS later, retried at least 50 ms after that.
      expect(elapsedMs).toBeGreaterThanOrEqual(HANG_TIMEOUT_MS + 50);
    },
  },
  {
    name: "a response that hangs until the deadline",
    timeoutMs: 6_000,
    steps: ["hang"],
    repeat: true,
    expect: (outcome, log, elapsedMs) => {
      const reason = rejectedWith(outcome);
      expect(reason).toBeInstanceOf(TaskTimeoutError);
      expect((reason as TaskTimeoutError).lastError).toMatchObject({ code: "request_timeout" });
      expect(elapsedMs).toBeGreaterThanOrEqual(5_990);
      // It ended at the deadline rather than hanging (a far bound: the machine may be loaded).
      expect(elapsedMs).toBeLessThan(16_000);
      expect(log.every((request) => request.abandoned)).toBe(true);
    },
  },
  {
    name: "malformed JSON then success",
    steps: ["malformed"],
    expect: (outcome, log) => {
      fulfilled(outcome);
      expect(log).toHaveLength(2);
    },
  },
  {
    name: "an unknown status word until the deadline",
    timeoutMs: 3_000,
    steps: [
      { status: 200, body: (id: string) => record(id, { success: true, data: [{ state: "aborted-by-a-new-api" }] }) },
    ],
    repeat: true,
    expect: (outcome, log, elapsedMs) => {
      const reason = rejectedWith(outcome) as TaskTimeoutError;
      expect(reason).toBeInstanceOf(TaskTimeoutError);
      expect(reason.lastStatus).toMatchObject({ state: "pending", statusWord: "aborted-by-a-new-api" });
      expect(reason.handle.taskId).toMatch(/^task-/);
      expect(elapsedMs).toBeGreaterThanOrEqual(2_990);
      // Checks went on, one every 50 ms at most: no hot loop.
      expect(log.length).toBeGreaterThan(1);
      expect(log.length).toBeLessThanOrEqual(61);
    },
  },
  {
    name: "{} (unknown task) after the grace period",
    steps: [{ status: 200, body: {} }],
    repeat: true,
    expect: (outcome, log, elapsedMs) => {
      const reason = rejectedWith(outcome);
      expect(reason).toBeInstanceOf(TaskNotFoundError);
      expect(elapsedMs).toBeGreaterThanOrEqual(NOT_FOUND_GRACE_MS);
      expect(log.length).toBeGreaterThan(1);
    },
  },
  {
    name: "401 at once",
    steps: [{ status: 401, body: { success: false, error: { code: "invalid_token", message: "bad token" } } }],
    expect: (outcome, log) => {
      const reason = rejectedWith(outcome);
      expect(reason).toBeInstanceOf(ApiError);
      expect(reason).toMatchObject({ status: 401, code: "invalid_token" });
      expect(String((reason as Error).message)).not.toContain("key-401");
      expect(log).toHaveLength(1);
    },
  },
  {
    name: "a failed task",
    steps: [
      {
        status: 200,
        body: (id: string) => record(id, { success: false, error: { code: "content_policy", message: "blocked" } }),
      },
    ],
    expect: (outcome, log) => {
      const reason = rejectedWith(outcome);
      expect(reason).toBeInstanceOf(TaskFailedError);
      expect(reason).toMatchObject({ code: "content_policy", providerMessage: "blocked" });
      expect(log).toHaveLength(1);
    },
  },
];

const scripts = new Map<string, { steps: Step[]; repeat: boolean; log: RequestLog[] }>();
let server: Server;
let baseUrl: string;
const results = new Map<string, { outcome: PromiseSettledResult<unknown>; elapsedMs: number }>();
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
/** The real clock, counting the poller's live timers. */
const liveTimers = new Set<unknown>();
const countingClock: Clock = {
  now: () => realClock.now(),
  setTimeout(callback, delayMs) {
    const handle = realClock.setTimeout(() => {
      liveTimers.delete(handle);
      callback();
    }, delayMs);
    liveTimers.add(handle);
    return handle;
  },
  clearTimeout(handle) {
    liveTimers.delete(handle);
    realClock.clearTimeout(handle);
  },
};
let timersWhileWaiting = 0;
/** Requests the server has not seen closed yet: a request the poller aborted closes a moment later. */
let openResponses = 0;

function answer(request: IncomingMessage, response: ServerResponse, body: string): void {
  const { id } = JSON.parse(body) as { id: string };
  const script = scripts.get(id);
  if (script === undefined) {
    response.writeHead(500).end();
    return;
  }
  const entry: RequestLog = { at: Date.now(), abandoned: false };
  script.log.push(entry);
  openResponses += 1;
  response.on("close", () => {
    openResponses -= 1;
    if (!response.writableFinished) entry.abandoned = true;
  });
  const index = script.repeat ? Math.min(script.log.length, script.steps.length) - 1 : script.log.length - 1;
  const step = script.steps[index] ?? succeeded;
  if (step === "reset") return void request.socket.destroy();
  if (step === "hang") return;
  if (step === "malformed") {
    response.writeHead(200, { "content-type": "application/json" }).end('{"id": "oops", ');
    return;
  }
  const payload = typeof step.body === "function" ? step.body(id) : step.body;
  const text = typeof payload === "string" ? payload : JSON.stringify(payload);
  response.writeHead(step.status, { "content-type": "application/json", ...step.headers }).end(text);
}

beforeAll(async () => {
  process.on("unhandledRejection", onUnhandled);
  server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => {
      body += chunk;
    });
    request.on("end", () => answer(request, response, body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const pollerWith = (requestTimeoutMs: number) =>
    createPoller({
      clock: countingClock,
      schedule: fixedSchedule(50, 0),
      retry: { baseMs: 50, maxMs: 200 },
      requestTimeoutMs,
      notFoundGraceMs: NOT_FOUND_GRACE_MS,
      timeoutMs: 20_000,
    });
  const hanging = pollerWith(HANG_TIMEOUT_MS);
  const answering = pollerWith(10_000);
  await Promise.all(
    cases.map(async (testCase, index) => {
      const id = `task-${index}`;
      scripts.set(id, { steps: testCase.steps, repeat: testCase.repeat === true, log: [] });
      // One API key per case: one budget per case, so no two cases share a batch.
      const client = createAceDataClient(videoFacts, { apiKey: `key-${index}`, baseUrl });
      const started = Date.now();
      setTimeout(() => {
        timersWhileWaiting = Math.max(timersWhileWaiting, liveTimers.size);
      }, 200);
      const [outcome] = await Promise.allSettled([
        (testCase.steps.includes("hang") ? hanging : answering).waitForTask(
          aceDataTaskSource(client, videoRecords),
          id,
          { timeoutMs: testCase.timeoutMs },
        ),
      ]);
      results.set(testCase.name, {
        outcome: outcome as PromiseSettledResult<unknown>,
        elapsedMs: Date.now() - started,
      });
    }),
  );
  expect(hanging.pending + answering.pending).toBe(0);
  // Let the server see the aborted requests close before the cases read the log (a loaded machine may take a while).
  for (let waited = 0; openResponses > 0 && waited < 10_000; waited += 20) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}, 60_000);

afterAll(async () => {
  process.off("unhandledRejection", onUnhandled);
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("fault matrix (real HTTP on 127.0.0.1)", () => {
  it.each(cases.map((testCase, index) => [testCase.name, testCase, index] as const))("%s", (_name, testCase, index) => {
    const result = results.get(testCase.name);
    expect(result).toBeDefined();
    const { outcome, elapsedMs } = result as { outcome: PromiseSettledResult<unknown>; elapsedMs: number };
    testCase.expect(outcome, scripts.get(`task-${index}`)?.log ?? [], elapsedMs);
  });

  it("leaves no promise pending, no rejection unhandled and no timer behind", async () => {
    expect(results.size).toBe(cases.length);
    // Let late socket events land, then look again.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(unhandled).toEqual([]);
    // One timer per poller for all its waits while they ran, none once they settled.
    expect(timersWhileWaiting).toBe(2);
    expect(liveTimers.size).toBe(0);
  });
});
