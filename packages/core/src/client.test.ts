import { inspect } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { createAceDataClient } from "./acedata.js";
import { createProviderApi } from "./api.js";
import { apiErrorFromBody, jsonSender, providerSettings } from "./client.js";
import { ApiError, InvalidInputError } from "./errors.js";
import type { ClientFacts } from "./provider-facts.js";

const facts: ClientFacts = {
  name: "videos",
  baseUrl: "https://api.acedata.cloud",
  apiKeyVariable: "ACEDATA_API_KEY",
  starters: { createTask: "/videos/generate", extendVideo: "/videos/extend" },
  statusPath: "/videos/tasks",
  batchSize: 50,
};
const definition = facts;
type Bodies = { createTask: Record<string, unknown>; extendVideo: Record<string, unknown> };
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

describe("providerSettings", () => {
  const saved = process.env.ACEDATA_API_KEY;
  afterEach(() => {
    if (saved === undefined) delete process.env.ACEDATA_API_KEY;
    else process.env.ACEDATA_API_KEY = saved;
  });

  it("fails at construction without a key, naming the option and the variable", () => {
    delete process.env.ACEDATA_API_KEY;
    expect(() => providerSettings(definition)).toThrow(InvalidInputError);
    expect(() => providerSettings(definition)).toThrow(/ACEDATA_API_KEY or pass \{ apiKey \}/);
    expect(() => createAceDataClient(definition)).toThrow(/ACEDATA_API_KEY or pass \{ apiKey \}/);
    expect(() => createProviderApi(definition)).toThrow(/ACEDATA_API_KEY or pass \{ apiKey \}/);
  });

  it("reads the key from the environment and sends it as a bearer token", async () => {
    process.env.ACEDATA_API_KEY = secret;
    const { fetch, requests } = scriptedFetch(() => json(200, { id: "t" }));
    const client = createAceDataClient<Bodies, unknown>(facts, {
      fetch,
      baseUrl: "http://127.0.0.1:9/",
      headers: { "x-extra": "1" },
    });
    await client.retrieveTask("t");
    expect(requests[0]?.url).toBe("http://127.0.0.1:9/videos/tasks");
    expect(requests[0]?.headers.get("accept")).toBe("application/json");
    expect(requests[0]?.headers.get("authorization")).toBe(`Bearer ${secret}`);
    expect(requests[0]?.headers.get("x-extra")).toBe("1");
    expect(await requests[0]?.json()).toEqual({ action: "retrieve", id: "t" });
  });

  it("tells keys apart in budgetKey without revealing them", () => {
    const first = providerSettings(definition, { apiKey: secret }).identity;
    const second = providerSettings(definition, { apiKey: `${secret}-2` }).identity;
    expect(first.budgetKey).not.toBe(second.budgetKey);
    expect(first.budgetKey).not.toContain(secret);
    expect(first.budgetKey).toContain("https://api.acedata.cloud");
  });
});

describe("Ace Data helpers", () => {
  const clientAnswering = (answer: (request: Request) => Response | Promise<Response>) => {
    const scripted = scriptedFetch(answer);
    const client = createAceDataClient<Bodies, unknown>(facts, { apiKey: secret, fetch: scripted.fetch });
    return { client, requests: scripted.requests };
  };

  it("createTask sends async: true and returns the task id", async () => {
    const { client, requests } = clientAnswering(() => json(200, { task_id: "new-task", trace_id: "tr" }));
    await expect(client.createTask({ action: "text2video", prompt: "a cat" })).resolves.toBe("new-task");
    expect(requests[0]?.url).toBe("https://api.acedata.cloud/videos/generate");
    expect(await requests[0]?.json()).toEqual({ async: true, action: "text2video", prompt: "a cat" });
  });

  it("has a method for every operation that starts a task", async () => {
    const { client, requests } = clientAnswering(() => json(200, { task_id: "extended" }));
    await expect(client.extendVideo({ video_id: "v1" })).resolves.toBe("extended");
    expect(requests[0]?.url).toBe("https://api.acedata.cloud/videos/extend");
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
      provider: "videos",
      status: 429,
      code: "too_many_requests",
      providerMessage: "slow down",
      traceId: "trace-9",
      taskId: "task-9",
      retryAfter: "7",
    });
    expect(JSON.stringify({ ...(error as object), message: (error as Error).message })).not.toContain(secret);
  });

  it("treats only the documented answer, 200 {}, as an unknown task", async () => {
    const empty = clientAnswering(() => json(200, {}));
    await expect(empty.client.retrieveTask("x")).resolves.toBeUndefined();
    // A 404 names a path the gateway does not serve (a wrong base URL), not a missing task.
    const noApi = clientAnswering(() => json(404, { error: { code: "no_api", message: "no API here" } }));
    await expect(noApi.client.retrieveTask("x")).rejects.toMatchObject({ status: 404, code: "no_api" });
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
    const error = await client.retrieveTask("x").catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "network_error", message: expect.stringContaining("fetch failed") });
    expect((error as ApiError).status).toBeUndefined();
    const controller = new AbortController();
    const reason = new Error("caller gave up");
    controller.abort(reason);
    const aborted = clientAnswering((request) => {
      throw request.signal.reason;
    });
    await expect(aborted.client.retrieveTask("x", { signal: controller.signal })).rejects.toBe(reason);
  });

  it("reads many tasks in one retrieve_batch", async () => {
    const { client, requests } = clientAnswering(async (request) => {
      const body = (await request.json()) as { ids: string[] };
      return json(200, { items: body.ids.map((id) => ({ id })), count: body.ids.length });
    });
    const ids = Array.from({ length: 50 }, (_, index) => `t${index}`);
    const records = await client.retrieveTasks(ids);
    expect(records.map((record) => (record as { id: string }).id)).toEqual(ids);
    expect(requests).toHaveLength(1);
    expect(await requests[0]?.json()).toEqual({ action: "retrieve_batch", ids });
  });

  it("rejects bad ids with an error that names them", async () => {
    const { client } = clientAnswering(() => json(200, {}));
    await expect(client.retrieveTask("")).rejects.toThrow(/task id must be a non-empty string/);
    await expect(client.retrieveTasks(["ok", 7 as unknown as string])).rejects.toBeInstanceOf(InvalidInputError);
  });
});

describe("apiErrorFromBody", () => {
  it("reads kie's envelope, with msg or message", () => {
    expect(
      apiErrorFromBody({ provider: "market", redact: (text: string) => text }, 200, {
        code: 402,
        msg: "Insufficient credits",
      }),
    ).toMatchObject({
      code: "402",
      providerMessage: "Insufficient credits",
      status: 200,
    });
    const error = apiErrorFromBody({ provider: "market", redact: (text: string) => text }, 500, {
      code: 500,
      message: "boom",
    });
    expect(error).toMatchObject({ providerMessage: "boom" });
  });

  it("keeps a short copy of a long body or message, never the text itself", () => {
    expect(
      apiErrorFromBody({ provider: "videos", redact: (text: string) => text }, 502, "x".repeat(1000)).providerMessage,
    ).toHaveLength(200);
    const long = apiErrorFromBody({ provider: "videos", redact: (text: string) => text }, 500, {
      error: { code: "e", message: "y".repeat(5000) },
    });
    expect(long.providerMessage).toHaveLength(200);
    expect(long.message.length).toBeLessThan(300);
  });
});

describe("jsonSender", () => {
  const sender = (answer: (request: Request) => Response | Promise<Response>) => {
    const scripted = scriptedFetch(answer);
    const send = jsonSender(providerSettings(facts, { apiKey: secret, fetch: scripted.fetch, baseUrl: "http://h/" }));
    return { send, requests: scripted.requests };
  };

  it("POSTs a body as JSON and passes the parsed answer through", async () => {
    const { send, requests } = sender(() => json(200, { a: 1 }));
    await expect(send({ path: "/p", body: { b: 2 } })).resolves.toMatchObject({ body: { a: 1 } });
    expect(requests[0]?.method).toBe("POST");
    expect(requests[0]?.url).toBe("http://h/p");
    expect(requests[0]?.headers.get("content-type")).toBe("application/json");
    expect(await requests[0]?.json()).toEqual({ b: 2 });
  });

  it("GETs without a body", async () => {
    const { send, requests } = sender(() => json(200, []));
    await send({ path: "/p?taskId=a%20b" });
    expect(requests[0]?.method).toBe("GET");
    expect(requests[0]?.url).toBe("http://h/p?taskId=a%20b");
    expect(requests[0]?.headers.get("content-type")).toBeNull();
    expect(requests[0]?.headers.get("authorization")).toBe(`Bearer ${secret}`);
  });

  it("turns an unreadable 200 into invalid_response, naming the task", async () => {
    const { send } = sender(() => new Response("<html>", { status: 200 }));
    await expect(send({ path: "/p", taskId: "t-1" })).rejects.toMatchObject({
      code: "invalid_response",
      status: 200,
      taskId: "t-1",
    });
  });

  it("keeps a non-JSON error body as the provider's message, with Retry-After", async () => {
    const { send } = sender(() => new Response("Bad Gateway", { status: 502, headers: { "retry-after": "3" } }));
    await expect(send({ path: "/p" })).rejects.toMatchObject({
      code: "http_502",
      status: 502,
      providerMessage: "Bad Gateway",
      retryAfter: "3",
    });
  });

  it("rejects with the signal's reason when aborted", async () => {
    const { send } = sender(
      (request) =>
        new Promise((_resolve, reject) => {
          request.signal.addEventListener("abort", () => reject(request.signal.reason));
        }),
    );
    const controller = new AbortController();
    const pending = send({ path: "/p", signal: controller.signal });
    const reason = new Error("stop");
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });
});

describe("createProviderApi", () => {
  it("is openapi-fetch with the client's key, headers and identity", async () => {
    const { fetch, requests } = scriptedFetch(() => json(200, { ok: true }));
    const api = createProviderApi<Record<string, never>>(facts, {
      apiKey: secret,
      fetch,
      baseUrl: "http://h",
      headers: { "x-extra": "1" },
    });
    const untyped = api as unknown as {
      POST(path: string, init: { body: unknown }): Promise<{ data?: unknown; response: Response }>;
    };
    const { data } = await untyped.POST("/videos/tasks", { body: { action: "retrieve", id: "t" } });
    expect(data).toEqual({ ok: true });
    expect(requests[0]?.url).toBe("http://h/videos/tasks");
    expect(requests[0]?.headers.get("authorization")).toBe(`Bearer ${secret}`);
    expect(requests[0]?.headers.get("accept")).toBe("application/json");
    expect(requests[0]?.headers.get("x-extra")).toBe("1");
    expect(api.budgetKey).toBe(providerSettings(facts, { apiKey: secret, baseUrl: "http://h" }).identity.budgetKey);
  });
});

describe("errors that cannot heal fail when the client is created", () => {
  it.each([
    ["a line break", `${secret}\nsecond-line`],
    ["a carriage return", `${secret}\rsecond-line`],
    ["a NUL", `${secret}\u0000`],
    ["a character beyond Latin-1", `${secret}✓`],
  ])("refuses a key with %s, without printing it", (_what, apiKey) => {
    const attempt = () => providerSettings(definition, { apiKey });
    expect(attempt).toThrow(InvalidInputError);
    expect(attempt).toThrow(/ACEDATA_API_KEY/);
    try {
      attempt();
    } catch (error) {
      expect(inspect(error, { depth: 10 })).not.toContain(secret);
      expect((error as InvalidInputError).code).toBe("invalid_header");
    }
  });

  it("refuses a header fetch cannot send, without printing its value", () => {
    const attempt = () => providerSettings(definition, { apiKey: secret, headers: { "x-trace": "a\nb-value" } });
    expect(attempt).toThrow(InvalidInputError);
    expect(attempt).toThrow(/a header has a character HTTP cannot send/);
    expect(attempt).not.toThrow(/b-value/);
  });

  it.each(["not a url", "ftp://host", "//host/path", ""])("refuses the base URL %j", (baseUrl) => {
    const attempt = () => providerSettings(definition, { apiKey: secret, baseUrl });
    expect(attempt).toThrow(InvalidInputError);
    expect(attempt).toThrow(/base URL/);
  });
});

describe("the API key never appears in an error", () => {
  const longKey = "sk-live-0123456789abcdef";
  const everything = (error: unknown) =>
    [inspect(error, { depth: 20 }), JSON.stringify(error), (error as Error).stack ?? "", String(error)].join("\n");

  it("redacts a key the provider echoes in its message", async () => {
    const fetch = async () =>
      json(401, { error: { code: "invalid_token", message: `Invalid token: Bearer ${longKey}` }, trace_id: "t" });
    const client = createAceDataClient<Bodies, unknown>(facts, { apiKey: longKey, fetch });
    const error = await client.retrieveTask("x").catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "invalid_token", providerMessage: "Invalid token: Bearer [redacted]" });
    expect(everything(error)).not.toContain(longKey);
  });

  it("redacts it from a network failure and its causes", async () => {
    const fetch = async () => {
      throw new TypeError(`fetch failed for ${longKey}`, { cause: new Error(`connect ECONNREFUSED ${longKey}`) });
    };
    const client = createAceDataClient<Bodies, unknown>(facts, { apiKey: longKey, fetch });
    const error = await client.retrieveTask("x").catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "network_error" });
    expect((error as ApiError).providerMessage).toMatch(/ECONNREFUSED/);
    expect(everything(error)).not.toContain(longKey);
  });
});
