import { describe, expect, it } from "vitest";
import type { ClientOptions } from "./client.js";
import { classifyKieMarketRecord, createKieMarketClient, kieMarketTaskSource } from "./kie-market.js";
import type { ClientFacts, TaskSourceFacts } from "./provider-facts.js";

// The mechanism with a Market-like record shape; the real one is in the kie spec's x-gentask.
const facts: ClientFacts = {
  name: "market",
  baseUrl: "https://market.example",
  apiKeyVariable: "MARKET_API_KEY",
  starters: { createTask: "/api/v1/jobs/createTask" },
  statusPath: "/api/v1/jobs/recordInfo",
  batchSize: 1,
};
const sourceFacts: TaskSourceFacts = {
  rateLimit: { requestsPerSecond: 10, burst: 10 },
  record: {
    statusWord: ["state"],
    progress: ["progress"],
    mediaUrls: ["resultJson/$json/resultUrls"],
    errorCode: ["failCode"],
    errorMessage: ["failMsg"],
    succeededWords: ["success"],
    failedWords: ["fail"],
  },
};
const createKieClient = (options: ClientOptions) =>
  createKieMarketClient<{ createTask: Record<string, unknown> }, unknown>(facts, options);
const kieTasks = (client: ReturnType<typeof createKieClient>) => kieMarketTaskSource(client, sourceFacts);
const classifyKieRecord = (record: unknown, id: string) => classifyKieMarketRecord(record, id, sourceFacts.record);

const base = { taskId: "task_1", model: "grok-imagine/text-to-video", param: "{}", createTime: 1, updateTime: 2 };
const classify = (record: unknown) => classifyKieRecord(record, "task_1");

describe("classifyKieMarketRecord", () => {
  it.each(["waiting", "queuing", "generating", "paused-by-a-new-word"])("reads state %s as pending", (state) => {
    expect(classify({ ...base, state, resultJson: null, failCode: null })).toMatchObject({
      state: "pending",
      statusWord: state,
    });
  });

  it("passes progress through", () => {
    expect(classify({ ...base, state: "generating", progress: 55 })).toMatchObject({ progress: 55 });
  });

  it("reads success with the result URLs from the resultJson string", () => {
    const record = {
      ...base,
      state: "success",
      resultJson: JSON.stringify({ resultUrls: ["https://cdn/a.mp4"], firstFrameUrl: "https://cdn/a.jpg" }),
    };
    expect(classify(record)).toMatchObject({ state: "succeeded", urls: ["https://cdn/a.mp4"], record });
  });

  it("reads a text result (resultObject) as success without URLs", () => {
    const record = { ...base, state: "success", resultJson: JSON.stringify({ resultObject: { text: "hi" } }) };
    expect(classify(record)).toMatchObject({ state: "succeeded", urls: [] });
  });

  it("turns malformed resultJson into a clear failure, not a crash", () => {
    expect(classify({ ...base, state: "success", resultJson: "{not json" })).toMatchObject({
      state: "failed",
      error: { code: "invalid_result", message: "resultJson is not valid JSON: {not json" },
    });
  });

  it("counts resultUrls given as a single string as one URL", () => {
    const record = { ...base, state: "success", resultJson: JSON.stringify({ resultUrls: "https://cdn/one.png" }) };
    expect(classify(record)).toMatchObject({ state: "succeeded", urls: ["https://cdn/one.png"] });
  });

  it("reads fail with failCode and failMsg, tolerating null and empty strings", () => {
    expect(classify({ ...base, state: "fail", failCode: "501", failMsg: "nsfw" })).toMatchObject({
      state: "failed",
      error: { code: "501", message: "nsfw" },
    });
    expect(classify({ ...base, state: "fail", failCode: null, failMsg: "" })).toMatchObject({
      state: "failed",
      error: { code: "fail", message: "the task ended as fail" },
    });
  });

  it("reads a missing record as not found", () => {
    expect(classify(undefined)).toMatchObject({ state: "not_found", record: undefined });
  });
});

describe("kieMarketTaskSource", () => {
  const answer = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

  it("reads one id a request and treats 'recordInfo is null' as not found", async () => {
    const seen: string[] = [];
    const client = createKieClient({
      apiKey: "k",
      fetch: async (request) => {
        const taskId = new URL(request.url).searchParams.get("taskId") ?? "";
        seen.push(taskId);
        if (taskId === "fresh") return answer(200, { code: 422, msg: "recordInfo is null", data: null });
        return answer(200, { code: 200, msg: "success", data: { ...base, taskId, state: "generating" } });
      },
    });
    const source = kieTasks(client);
    expect(source).toMatchObject({ provider: "market", maxBatchSize: 1, rateLimit: { requestsPerSecond: 10 } });
    const statuses = await source.read(["fresh", "running"]);
    expect(statuses.map((status) => [status.id, status.state])).toEqual([
      ["fresh", "not_found"],
      ["running", "pending"],
    ]);
    expect(seen).toEqual(["fresh", "running"]);
  });

  it("turns an envelope error under HTTP 200 into an ApiError with the kie code", async () => {
    const client = createKieClient({
      apiKey: "secret-kie-key",
      fetch: async () => answer(200, { code: 402, msg: "Insufficient credits", data: null }),
    });
    const error = await client.getTaskRecord("task_1").catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: "ApiError", status: 200, code: "402", taskId: "task_1" });
    expect(String((error as Error).message)).not.toContain("secret-kie-key");
  });

  it("reads kie's 501 'generation failed' as a failed task, with or without the record", async () => {
    const client = createKieClient({
      apiKey: "k",
      fetch: async (request) => {
        const taskId = new URL(request.url).searchParams.get("taskId");
        const data = taskId === "with-record" ? { ...base, taskId, state: "fail", failMsg: "nsfw" } : null;
        // kie sends this envelope under HTTP 200 (with the record) as well as under HTTP 501.
        return answer(data ? 200 : 501, { code: 501, msg: "Generation failed", data });
      },
    });
    const [withRecord, withoutRecord] = await kieTasks(client).read(["with-record", "bare"]);
    expect(withRecord).toMatchObject({ id: "with-record", state: "failed", error: { message: "nsfw" } });
    expect(withoutRecord).toMatchObject({
      id: "bare",
      state: "failed",
      error: { code: "501", message: "Generation failed" },
    });
  });

  it("createTask returns the taskId, and kie's refusal as a typed error naming the field", async () => {
    const client = createKieClient({
      apiKey: "k",
      fetch: async (request) => {
        const body = (await request.json()) as { model?: string };
        return body.model
          ? answer(200, { code: 200, msg: "success", data: { taskId: "task_new" } })
          : answer(200, { code: 422, msg: "model is required", data: null });
      },
    });
    await expect(client.createTask({ model: "kling-2.6/text-to-video", input: { prompt: "x" } })).resolves.toBe(
      "task_new",
    );
    await expect(client.createTask({ input: {} })).rejects.toMatchObject({
      code: "422",
      providerMessage: "model is required",
    });
  });
});
