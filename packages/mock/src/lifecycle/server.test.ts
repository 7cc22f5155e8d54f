// The lifecycle mock for every provider of the registry, through the real clients: every answer and every
// callback it sends is checked against the provider's spec.
import { connect, createServer } from "node:net";
import {
  connectProvider,
  type ProviderConnection,
  type ProviderFacts,
  providerRegistry,
  verifyKieWebhook,
  withValueAtPointer,
} from "@gentask/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { redirectCallback, startCallbackReceiver } from "../../../../test/support/callback-receiver.js";
import { specValidator, validatingFetch } from "../../../../test/support/spec-validator.js";
import { MockServerError } from "../errors.js";
import { loadSpec, namedExamples } from "../spec-documents.js";
import {
  FAIL_KEYWORD,
  type LifecycleServer,
  MOCK_KIE_WEBHOOK_SECRET,
  OUTCOME_HEADER,
  startLifecycleServer,
} from "./server.js";

const QUEUED_MS = 1_000;
const RUNNING_MS = 2_000;
const providers = Object.values(providerRegistry) as ProviderFacts[];

let time = 1_766_000_000_000;
let server: LifecycleServer;
let receiver: Awaited<ReturnType<typeof startCallbackReceiver>>;
let problems: string[];

beforeEach(async () => {
  time = 1_766_000_000_000;
  problems = [];
  server = await startLifecycleServer({ queuedMs: QUEUED_MS, runningMs: RUNNING_MS, now: () => time });
  receiver = await startCallbackReceiver();
});

afterEach(async () => {
  await server.close();
  await receiver.close();
  // Every answer the server gave in the test conforms to the provider's spec.
  expect(problems).toEqual([]);
});

function connectTo(facts: ProviderFacts, headers: Record<string, string> = {}): ProviderConnection {
  return connectProvider(facts, {
    apiKey: "test-key",
    baseUrl: server.url,
    headers,
    fetch: validatingFetch(facts.name, problems, server.url),
  });
}

describe("callback timers", () => {
  it("sends a callback whose timer fired before the clock reached its time (Node's cached loop time)", async () => {
    // The clock stands still while the timer fires, as the event loop's cached time lags the clock after a long
    // synchronous stretch: the callback must still go out once the clock reaches the task's end.
    const [facts] = providers;
    if (facts === undefined) throw new Error("The registry has no provider.");
    const quick = await startLifecycleServer({ queuedMs: 50, runningMs: 50, now: () => time, providers: [facts.name] });
    try {
      const connection = connectProvider(facts, { apiKey: "test-key", baseUrl: quick.url });
      const path = `/early-timer-${facts.name}`;
      const taskId = await connection.start(facts.common.operationId, commonBody(facts, "an early timer", path));
      await new Promise((resolve) => setTimeout(resolve, 300)); // the first timer (100 ms) has fired by now
      expect(quick.callbackLog).toEqual([]);
      time += 100;
      const callback = await receiver.waitFor(path);
      expect(JSON.stringify(callback.body)).toContain(taskId);
      expect(quick.callbackLog).toMatchObject([{ taskId, kind: "callback" }]);
    } finally {
      await quick.close();
    }
  });
});

/** The provider's common-case body with another prompt, and a callback to the local receiver. */
function commonBody(facts: ProviderFacts, prompt: string, callbackPath?: string): Record<string, unknown> {
  const body = withValueAtPointer(facts.common.body, facts.common.promptPointer, prompt);
  return callbackPath ? { ...body, [facts.callbackUrlField]: `${receiver.url}${callbackPath}` } : body;
}

/** POSTs or GETs a raw request at the mock and validates its answer against the spec. */
async function raw(facts: ProviderFacts, method: string, path: string, init: RequestInit = {}) {
  const response = await fetch(`${server.url}${path}`, { method, ...init });
  const body = await response.json();
  problems.push(...specValidator(facts.name).response(method, path, response.status, body));
  return { status: response.status, body };
}

const auth = { authorization: "Bearer test-key", "content-type": "application/json" };

describe.each(providers.map((facts) => [facts.name, facts] as const))("%s lifecycle", (name, facts) => {
  it("moves a task from queued to running to succeeded, with its media, and calls back", async () => {
    const connection = connectTo(facts);
    const taskId = await connection.start(facts.common.operationId, commonBody(facts, "a lighthouse", `/${name}`));
    const created = time;
    // Every example the queued and running phases answer with, each read once (and checked against the spec).
    const phases = [
      { names: [facts.answers.queued].flat(), start: 0, length: QUEUED_MS },
      { names: [facts.answers.running].flat(), start: QUEUED_MS, length: RUNNING_MS },
    ];
    for (const { names, start, length } of phases) {
      for (let index = 0; index < names.length; index++) {
        time = created + start + ((index + 0.5) / names.length) * length;
        const [status] = await connection.tasks.read([taskId]);
        expect(status).toMatchObject({ id: taskId, state: "pending" });
      }
    }
    time = created + QUEUED_MS + RUNNING_MS / 2;
    const [running] = await connection.tasks.read([taskId]);
    if (running?.progress !== undefined) expect(running.progress).toBe(50);

    time = created + QUEUED_MS + RUNNING_MS;
    const [done] = await connection.tasks.read([taskId]);
    expect(done).toMatchObject({ id: taskId, state: "succeeded" });
    expect(done?.urls.length).toBeGreaterThan(0);
    for (const url of done?.urls ?? []) expect(url).toMatch(new RegExp(`^${server.url}/media/${taskId}\\.`));
    const media = await fetch(done?.urls[0] as string);
    expect(media.status).toBe(200);
    await media.arrayBuffer();

    await server.deliverDueCallbacks();
    const callback = await receiver.waitFor(`/${name}`);
    expect(JSON.stringify(callback.body)).toContain(taskId);
    expect(specValidator(name).callback(facts.starters[facts.common.operationId] as string, callback.body)).toEqual([]);
    expect(
      connection.tasks.classify(facts.family === "kie" ? (callback.body as any).data : callback.body, taskId),
    ).toMatchObject({ state: "succeeded" });
    if (facts.family === "kie") {
      const valid = await verifyKieWebhook({
        taskId,
        timestamp: callback.headers["x-webhook-timestamp"] as string,
        signature: callback.headers["x-webhook-signature"] as string,
        secret: MOCK_KIE_WEBHOOK_SECRET,
        now: time,
      });
      expect(valid).toBe(true);
    }
  });

  it(`fails a task whose request holds ${FAIL_KEYWORD}, or when the header asks, and calls back the failure`, async () => {
    const connection = connectTo(facts);
    const byKeyword = await connection.start(
      facts.common.operationId,
      commonBody(facts, `please ${FAIL_KEYWORD} this one`, `/${name}-failed`),
    );
    const byHeader = await connectTo(facts, { [OUTCOME_HEADER]: "fail" }).start(
      facts.common.operationId,
      commonBody(facts, "a calm sea"),
    );
    time += QUEUED_MS + RUNNING_MS;
    const statuses = await connection.tasks.read([byKeyword]);
    const [headerStatus] = await connection.tasks.read([byHeader]);
    expect([statuses[0]?.state, headerStatus?.state]).toEqual(["failed", "failed"]);
    expect(statuses[0]?.error?.message).toMatch(/\S/);

    await server.deliverDueCallbacks();
    const callback = await receiver.waitFor(`/${name}-failed`);
    expect(specValidator(name).callback(facts.starters[facts.common.operationId] as string, callback.body)).toEqual([]);
  });

  it("reads an unknown id as not found with the provider's documented answer", async () => {
    const [status] = await connectTo(facts).tasks.read(["an-unknown-task-id"]);
    expect(status).toMatchObject({ id: "an-unknown-task-id", state: "not_found" });
  });

  // Registered only where it applies: a provider without it has nothing to test, not a skipped test.
  if (facts.batchSize > 1)
    it("reads many tasks in one batch, leaving unknown ids out", async () => {
      const connection = connectTo(facts);
      const ids = [
        await connection.start(facts.common.operationId, commonBody(facts, "one")),
        await connection.start(facts.common.operationId, commonBody(facts, "two")),
      ];
      time += QUEUED_MS + RUNNING_MS;
      const statuses = await connection.tasks.read([...ids, "an-unknown-task-id"]);
      expect(statuses.map((status) => status.state)).toEqual(["succeeded", "succeeded", "not_found"]);
    });

  it("starts a task with every start operation's request examples", async () => {
    const connection = connectTo(facts);
    const starts = namedExamples(loadSpec(name)).filter(
      (example) => example.status === "request" && Object.hasOwn(facts.starters, example.operationId),
    );
    expect(starts.length).toBeGreaterThanOrEqual(Object.keys(facts.starters).length);
    for (const example of starts) {
      const body = redirectCallback(
        example.value as Record<string, unknown>,
        facts.callbackUrlField,
        `${receiver.url}/${name}-examples`,
      );
      const taskId = await connection.start(example.operationId, body);
      time += QUEUED_MS + RUNNING_MS;
      const [status] = await connection.tasks.read([taskId]);
      expect(status, example.label).toMatchObject({ state: "succeeded" });
    }
  });

  it("validates requests against the spec and names the failing field", async () => {
    const badPrompt = withValueAtPointer(facts.common.body, facts.common.promptPointer, 42);
    const path = facts.starters[facts.common.operationId] as string;
    const answer = await raw(facts, "POST", path, { headers: auth, body: JSON.stringify(badPrompt) });
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(JSON.stringify(answer.body)).toContain(facts.common.promptPointer);
    const notJson = await raw(facts, "POST", path, { headers: auth, body: "{not json" });
    expect(JSON.stringify(notJson.body)).toMatch(/not valid JSON/);
  });

  it("answers a missing key, an unknown path and a body too large with the provider's documented errors", async () => {
    const path = facts.starters[facts.common.operationId] as string;
    const body = JSON.stringify(facts.common.body);
    const withoutKey = await raw(facts, "POST", path, { headers: { "content-type": "application/json" }, body });
    expect(withoutKey.status).toBe(401);

    const unknown = await fetch(`${server.url}${path}-nowhere`, { method: "POST", headers: auth, body });
    expect(unknown.status).toBe(404);
    await unknown.arrayBuffer();

    const small = await startLifecycleServer({ maxBodyBytes: 64, providers: [name] });
    try {
      const response = await fetch(`${small.url}${path}`, { method: "POST", headers: auth, body: "x".repeat(1000) });
      expect(response.status).toBe(413);
      await response.arrayBuffer();
    } finally {
      await small.close();
    }
  });
});

describe("the server itself", () => {
  const [first] = providers as [ProviderFacts];

  it("decodes UTF-8 split across TCP chunks", async () => {
    const prompt = "日本の灯台 🌅";
    const body = Buffer.from(JSON.stringify(commonBody(first, prompt)));
    // Cut inside the first multi-byte character.
    const cut = body.indexOf(Buffer.from("日")) + 1;
    const path = first.starters[first.common.operationId] as string;
    const { port } = new URL(server.url);
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), "127.0.0.1", () => {
        socket.write(
          `POST ${path} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer k\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`,
        );
        socket.write(body.subarray(0, cut));
        setTimeout(() => socket.end(body.subarray(cut)), 20);
      });
      let text = "";
      socket.on("data", (chunk) => (text += chunk));
      socket.on("end", () => resolve(text));
      socket.on("error", reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
    // The stored request (echoed in the record) holds the prompt intact.
    const accepted = JSON.parse(answer.match(/\{.*\}/s)?.[0] ?? "{}");
    const taskId = accepted.task_id ?? accepted.data?.taskId;
    const [status] = await connectTo(first).tasks.read([taskId]);
    expect(JSON.stringify(status?.record)).toContain(prompt);
  });

  it("forgets tasks older than taskRetentionMs, so its memory stays bounded", async () => {
    const short = await startLifecycleServer({ taskRetentionMs: 10_000, now: () => time, providers: [first.name] });
    try {
      const connection = connectProvider(first, { apiKey: "k", baseUrl: short.url });
      const old = await connection.start(first.common.operationId, commonBody(first, "old"));
      time += 20_000;
      await connection.start(first.common.operationId, commonBody(first, "new"));
      expect(short.taskCount).toBe(1);
      const [status] = await connection.tasks.read([old]);
      expect(status?.state).toBe("not_found");
    } finally {
      await short.close();
    }
  });

  it("answers CORS preflights and sends CORS headers, so browsers can call it", async () => {
    const path = first.starters[first.common.operationId] as string;
    const preflight = await fetch(`${server.url}${path}`, {
      method: "OPTIONS",
      headers: { origin: "http://localhost:5173", "access-control-request-method": "POST" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    expect(preflight.headers.get("access-control-allow-headers")).toMatch(/authorization/);
    const answer = await fetch(`${server.url}${path}`, { method: "POST", headers: auth, body: "{}" });
    expect(answer.headers.get("access-control-allow-origin")).toBe("*");
    await answer.arrayBuffer();
  });

  it("says clearly when its port is taken", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const address = blocker.address();
    const port = typeof address === "object" && address ? address.port : 0;
    try {
      await expect(startLifecycleServer({ port })).rejects.toThrow(MockServerError);
      await expect(startLifecycleServer({ port })).rejects.toThrow(new RegExp(`Port ${port}.*in use`));
    } finally {
      blocker.close();
    }
  });
});
