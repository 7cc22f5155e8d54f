import { createServer } from "node:net";
import { ApiError, aceDataTaskSource } from "@gentask/core";
import { createFluxClient } from "@gentask/flux";
import { classifyKieRecord, createKieClient, kieTasks, verifyKieWebhook } from "@gentask/kie";
import { createSeedanceClient } from "@gentask/seedance";
import { createSeedreamClient } from "@gentask/seedream";
import { createVeoClient } from "@gentask/veo";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startCallbackReceiver } from "../../../test/support/callback-receiver.js";
import { specValidator, validatingFetch } from "../../../test/support/spec-validator.js";
import { MockServerError, startMockServers } from "./index.js";
import {
  type LifecycleServer,
  MOCK_KIE_WEBHOOK_SECRET,
  OUTCOME_HEADER,
  startLifecycleServer,
} from "./lifecycle-server.js";

const QUEUED_MS = 1_000;
const RUNNING_MS = 2_000;

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

const aceData = {
  seedream: {
    create: createSeedreamClient,
    path: "/seedream/images",
    body: (prompt: string) => ({ model: "doubao-seedream-4-5-251128", prompt }),
  },
  seedance: {
    create: createSeedanceClient,
    path: "/seedance/videos",
    body: (prompt: string) => ({ model: "doubao-seedance-1-0-pro-250528", content: [{ type: "text", text: prompt }] }),
  },
  flux: {
    create: createFluxClient,
    path: "/flux/images",
    body: (prompt: string) => ({ action: "generate", prompt, size: "1024x1024" }),
  },
  veo: {
    create: createVeoClient,
    path: "/veo/videos",
    body: (prompt: string) => ({ action: "text2video", model: "veo3-fast", prompt }),
  },
} as const;
type AceDataProvider = keyof typeof aceData;

function aceDataClient(provider: AceDataProvider, headers: Record<string, string> = {}) {
  const factory = aceData[provider].create as (options: object) => ReturnType<typeof createVeoClient>;
  return factory({
    apiKey: "test-key",
    baseUrl: server.url,
    headers,
    fetch: validatingFetch(provider, problems, server.url),
  });
}

describe.each(Object.keys(aceData) as AceDataProvider[])("%s lifecycle", (provider) => {
  it("moves a task from queued to running to succeeded, reads it alone and in a batch, and calls back", async () => {
    const client = aceDataClient(provider);
    const source = aceDataTaskSource(client);
    const taskId = await client.createTask({
      ...aceData[provider].body("a lighthouse at dawn"),
      callback_url: `${receiver.url}/${provider}`,
    } as never);

    const queued = source.classify(await client.retrieveTask(taskId), taskId);
    expect(queued).toMatchObject({ state: "pending" });
    expect((queued.record as { response?: unknown }).response).toBeUndefined();

    time += QUEUED_MS + RUNNING_MS / 2;
    const running = source.classify(await client.retrieveTask(taskId), taskId);
    expect(running.state).toBe("pending");

    time += RUNNING_MS;
    const [done, unknown] = await source.read([taskId, "00000000-0000-4000-8000-00000000dead"]);
    expect(done).toMatchObject({ id: taskId, state: "succeeded" });
    expect(done?.urls[0]).toMatch(new RegExp(`^${server.url}/media/${taskId}\\.`));
    expect(unknown).toMatchObject({ state: "not_found" });
    await expect(client.retrieveTask("no-such-task")).resolves.toBeUndefined();

    const media = await fetch(done?.urls[0] as string);
    expect(media.status).toBe(200);
    await media.arrayBuffer();

    await server.deliverDueCallbacks();
    const callback = await receiver.waitFor(`/${provider}`);
    expect(callback.body).toMatchObject({ success: true, task_id: taskId });
    expect(specValidator(provider).callback(aceData[provider].path, callback.body)).toEqual([]);
  });

  it("fails a task whose prompt holds [fail], or when the header asks", async () => {
    const client = aceDataClient(provider);
    const byKeyword = await client.createTask({
      ...aceData[provider].body("please [fail] this one"),
      callback_url: `${receiver.url}/${provider}-failed`,
    } as never);
    const byHeader = await aceDataClient(provider, { [OUTCOME_HEADER]: "fail" }).createTask(
      aceData[provider].body("a calm sea") as never,
    );
    time += QUEUED_MS + RUNNING_MS;
    const statuses = await aceDataTaskSource(client).read([byKeyword, byHeader]);
    expect(statuses.map((status) => status.state)).toEqual(["failed", "failed"]);
    expect(statuses[0]?.error?.message).toMatch(/asked to fail/);

    await server.deliverDueCallbacks();
    const callback = await receiver.waitFor(`/${provider}-failed`);
    expect(callback.body).toMatchObject({ success: false, error: { code: expect.any(String) } });
    expect(specValidator(provider).callback(aceData[provider].path, callback.body)).toEqual([]);
  });

  it("answers bad requests and a missing key with the provider's documented errors", async () => {
    const client = aceDataClient(provider);
    await expect(client.createTask({} as never)).rejects.toMatchObject({ status: 400, code: "bad_request" });
    const post = client.POST as unknown as (path: string, init: object) => Promise<{ response: Response }>;
    const { response } = await post(`/${provider}/tasks`, { body: { action: "nope" } });
    expect(response.status).toBe(400);

    const withoutKey = await fetch(`${server.url}/${provider}/tasks`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ action: "retrieve", id: "x" }),
    });
    expect(withoutKey.status).toBe(401);
    const body = await withoutKey.json();
    expect(body).toMatchObject({ error: { code: "invalid_token" } });
    problems.push(...specValidator(provider).response("POST", `/${provider}/tasks`, 401, body));
  });
});

describe("kie lifecycle", () => {
  const kieClient = () =>
    createKieClient({ apiKey: "test-key", baseUrl: server.url, fetch: validatingFetch("kie", problems, server.url) });

  it("moves a task through waiting, queuing, generating and success, and signs its callback", async () => {
    const client = kieClient();
    const taskId = await client.createTask({
      model: "grok-imagine/text-to-video",
      callBackUrl: `${receiver.url}/kie`,
      input: { prompt: "a paper boat" },
    });
    const states: string[] = [];
    for (const step of [0, QUEUED_MS * 0.75, RUNNING_MS / 2, RUNNING_MS]) {
      time += step;
      states.push(String((await client.getTaskRecord(taskId))?.state));
    }
    expect(states).toEqual(["waiting", "queuing", "generating", "success"]);
    const [status] = await kieTasks(client).read([taskId]);
    expect(status).toMatchObject({ state: "succeeded", urls: [expect.stringMatching(/^http:\/\/127\.0\.0\.1/)] });

    await server.deliverDueCallbacks();
    const callback = await receiver.waitFor("/kie");
    expect(specValidator("kie").callback("/api/v1/jobs/createTask", callback.body)).toEqual([]);
    const valid = await verifyKieWebhook({
      taskId,
      timestamp: callback.headers["x-webhook-timestamp"] as string,
      signature: callback.headers["x-webhook-signature"] as string,
      secret: MOCK_KIE_WEBHOOK_SECRET,
      now: time,
    });
    expect(valid).toBe(true);
  });

  it("fails on [fail], answers 'recordInfo is null' for unknown ids, and refuses bad requests", async () => {
    const client = kieClient();
    const taskId = await client.createTask({ model: "kling-2.6/text-to-video", input: { prompt: "[fail] please" } });
    time += QUEUED_MS + RUNNING_MS;
    const [status] = await kieTasks(client).read([taskId]);
    expect(status).toMatchObject({ state: "failed", error: { code: "501" } });
    expect(classifyKieRecord(undefined, "x").state).toBe("not_found");
    await expect(client.getTaskRecord("task_unknown")).resolves.toBeUndefined();
    await expect(client.createTask({ model: "m" } as never)).rejects.toMatchObject({ code: "422" });

    const withoutKey = await fetch(`${server.url}/api/v1/jobs/recordInfo?taskId=${taskId}`);
    expect(withoutKey.status).toBe(401);
    problems.push(...specValidator("kie").response("GET", "/api/v1/jobs/recordInfo", 401, await withoutKey.json()));
  });
});

describe("starting and stopping", () => {
  const occupyPort = async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const address = blocker.address();
    return { blocker, port: typeof address === "object" && address ? address.port : 0 };
  };

  it("says clearly when the lifecycle port is taken", async () => {
    const { blocker, port } = await occupyPort();
    try {
      await expect(startLifecycleServer({ port })).rejects.toThrow(MockServerError);
      await expect(startLifecycleServer({ port })).rejects.toThrow(new RegExp(`Port ${port}.*in use`));
    } finally {
      blocker.close();
    }
  });

  it("says clearly when a Prism port is taken, without starting anything", async () => {
    const { blocker, port } = await occupyPort();
    try {
      // The blocked port is veo's (seedream, seedance, flux, veo, kie take port, port+1, ...).
      await expect(startMockServers({ port: port - 3, providers: ["veo"] })).rejects.toThrow(/already in use/);
    } finally {
      blocker.close();
    }
  });

  it("starts Prism for a spec, answers, and stops it", async () => {
    const mock = await startMockServers({ providers: ["veo"] });
    const veo = createVeoClient({ apiKey: "k", baseUrl: mock.urls.veo, headers: { prefer: "example=succeeded" } });
    await expect(veo.retrieveTask("any")).resolves.toMatchObject({ response: { success: true } });
    await mock.close();
    await expect(veo.retrieveTask("any")).rejects.toBeInstanceOf(ApiError);
  });

  it("serves every provider from one lifecycle server through startMockServers", async () => {
    const mock = await startMockServers({ lifecycle: true, queuedMs: 0, runningMs: 0 });
    expect(new Set(Object.values(mock.urls)).size).toBe(1);
    const veo = createVeoClient({ apiKey: "k", baseUrl: mock.urls.veo });
    const taskId = await veo.createTask({ action: "text2video", prompt: "x" });
    await expect(veo.retrieveTask(taskId)).resolves.toMatchObject({ response: { success: true } });
    await mock.close();
  });
});
