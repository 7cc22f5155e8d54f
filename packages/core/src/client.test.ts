import { afterEach, describe, expect, it } from "vitest";
import { createAceDataClient } from "./acedata.js";
import { apiErrorFromBody, createProviderClient, readJson } from "./client.js";
import { ApiError, InvalidInputError } from "./errors.js";

const definition = { provider: "veo", defaultBaseUrl: "https://api.acedata.cloud", apiKeyVariable: "ACEDATA_API_KEY" };
const secret = "sk-very-secret-key";

/** A `fetch` that records requests and answers from a script. */
function scriptedFetch(answer: (request: Request) => Response | Promise<Response>) {
  const requests: Request[] = [];
  const fetch = async (request: Request) => {
    requests.push(request.clone());
    return answer(request);
  };
  return { fetch, requests };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(typeof body === "string" ? body : JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });

describe("createProviderClient", () => {
  const saved = process.env.ACEDATA_API_KEY;
  afterEach(() => {
    if (saved === undefined) delete process.env.ACEDATA_API_KEY;
    else process.env.ACEDATA_API_KEY = saved;
  });

  it("fails at construction without a key, naming the option and the variable", () => {
    delete process.env.ACEDATA_API_KEY;
    expect(() => createProviderClient(definition)).toThrow(InvalidInputError);
    expect(() => createProviderClient(definition)).toThrow(/apiKey.*ACEDATA_API_KEY/);
  });

  it("reads the key from the environment and sends it as a bearer token", async () => {
    process.env.ACEDATA_API_KEY = secret;
    const { fetch, requests } = scriptedFetch(() => json(200, { id: "t" }));
    const client = createAceDataClient(
      { provider: "veo", createPath: "/veo/videos" },
      { fetch, baseUrl: "http://127.0.0.1:9/", headers: { "x-extra": "1" } },
    );
    await client.retrieveTask("t");
    expect(requests[0]?.url).toBe("http://127.0.0.1:9/veo/tasks");
    expect(requests[0]?.headers.get("authorization")).toBe(`Bearer ${secret}`);
    expect(requests[0]?.headers.get("x-extra")).toBe("1");
    expect(await requests[0]?.json()).toEqual({ action: "retrieve", id: "t" });
  });

  it("tells keys apart in budgetKey without revealing them", () => {
    const first = createProviderClient(definition, { apiKey: secret });
    const second = createProviderClient(definition, { apiKey: `${secret}-2` });
    expect(first.budgetKey).not.toBe(second.budgetKey);
    expect(first.budgetKey).not.toContain(secret);
    expect(first.budgetKey).toContain("https://api.acedata.cloud");
  });
});

describe("Ace Data helpers", () => {
  const clientAnswering = (answer: (request: Request) => Response | Promise<Response>) => {
    const scripted = scriptedFetch(answer);
    const client = createAceDataClient(
      { provider: "veo", createPath: "/veo/videos" },
      { apiKey: secret, fetch: scripted.fetch },
    );
    return { client, requests: scripted.requests };
  };

  it("createTask sends async: true and returns the task id", async () => {
    const { client, requests } = clientAnswering(() => json(200, { task_id: "new-task", trace_id: "tr" }));
    await expect(client.createTask({ action: "text2video", prompt: "a cat" })).resolves.toBe("new-task");
    expect(await requests[0]?.json()).toEqual({ async: true, action: "text2video", prompt: "a cat" });
  });

  it("createTask turns a synchronous failure into an ApiError with the task id", async () => {
    const { client } = clientAnswering(() =>
      json(200, { success: false, task_id: "t1", trace_id: "tr1", error: { code: "bad_prompt", message: "no" } }),
    );
    await expect(client.createTask({ prompt: "x" })).rejects.toMatchObject({
      name: "ApiError",
      code: "bad_prompt",
      taskId: "t1",
      traceId: "tr1",
    });
  });

  it("maps an error body to an ApiError with status, code, message, trace id and task id, never the key", async () => {
    const { client } = clientAnswering(() =>
      json(
        429,
        { success: false, error: { code: "too_many_requests", message: "slow down" }, trace_id: "trace-9" },
        { "retry-after": "7" },
      ),
    );
    const error = await client.retrieveTask("task-9").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      provider: "veo",
      status: 429,
      code: "too_many_requests",
      providerMessage: "slow down",
      traceId: "trace-9",
      taskId: "task-9",
      retryAfter: "7",
    });
    expect(JSON.stringify({ ...(error as object), message: (error as Error).message })).not.toContain(secret);
  });

  it("treats 404 and {} as an unknown task", async () => {
    const notFound = clientAnswering(() => json(404, { error: { code: "not_found", message: "no such task" } }));
    await expect(notFound.client.retrieveTask("x")).resolves.toBeUndefined();
    const empty = clientAnswering(() => json(200, {}));
    await expect(empty.client.retrieveTask("x")).resolves.toBeUndefined();
  });

  it("reports an unreadable body as invalid_response with the HTTP status", async () => {
    const { client } = clientAnswering(() => new Response("<html>oops", { status: 200 }));
    await expect(client.retrieveTask("x")).rejects.toMatchObject({
      code: "invalid_response",
      status: 200,
      taskId: "x",
    });
  });

  it("reports a network failure as network_error, and an abort as the caller's reason", async () => {
    const { client } = clientAnswering(() => {
      throw new TypeError("fetch failed");
    });
    await expect(client.retrieveTask("x")).rejects.toMatchObject({ code: "network_error", status: undefined });
    const controller = new AbortController();
    const reason = new Error("caller gave up");
    controller.abort(reason);
    const aborted = clientAnswering((request) => {
      throw request.signal.reason;
    });
    await expect(aborted.client.retrieveTask("x", { signal: controller.signal })).rejects.toBe(reason);
  });

  it("splits retrieveTasks into batches of 50", async () => {
    const { client, requests } = clientAnswering(async (request) => {
      const body = (await request.json()) as { ids: string[] };
      return json(200, { items: body.ids.map((id) => ({ id })), count: body.ids.length });
    });
    const ids = Array.from({ length: 120 }, (_, index) => `t${index}`);
    const records = await client.retrieveTasks(ids);
    expect(records.map((record) => (record as { id: string }).id)).toEqual(ids);
    expect(requests).toHaveLength(3);
  });

  it("rejects bad ids with an error that names them", async () => {
    const { client } = clientAnswering(() => json(200, {}));
    await expect(client.retrieveTask("")).rejects.toThrow(/task id must be a non-empty string/);
    await expect(client.retrieveTasks(["ok", 7 as unknown as string])).rejects.toBeInstanceOf(InvalidInputError);
  });
});

describe("apiErrorFromBody", () => {
  it("reads kie's envelope, with msg or message", () => {
    expect(apiErrorFromBody("kie", 200, { code: 402, msg: "Insufficient credits" })).toMatchObject({
      code: "402",
      providerMessage: "Insufficient credits",
      status: 200,
    });
    expect(apiErrorFromBody("kie", 500, { code: 500, message: "boom" })).toMatchObject({ providerMessage: "boom" });
  });

  it("keeps a text body short", () => {
    expect(apiErrorFromBody("veo", 502, "x".repeat(1000)).providerMessage).toHaveLength(200);
  });
});

it("readJson passes a parsed body through", async () => {
  const call = Promise.resolve({ data: '{"a":1}', response: json(200, {}) });
  await expect(readJson("veo", call)).resolves.toMatchObject({ body: { a: 1 } });
});
