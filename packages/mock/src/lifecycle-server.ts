import { createHmac, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { assertPortFree, PROVIDERS, type Provider } from "./prism.js";

/** The HMAC key the lifecycle server signs kie callbacks with, unless `webhookSecret` says otherwise. */
export const MOCK_KIE_WEBHOOK_SECRET = "gentask-mock-webhook-secret";
/** A prompt containing this makes the task fail. */
export const FAIL_KEYWORD = "[fail]";
/** A request header that decides a created task's outcome: `fail` or `succeed`. */
export const OUTCOME_HEADER = "x-gentask-mock-outcome";

export interface LifecycleServerOptions {
  /** Port to listen on. Default: a free port chosen by the system. */
  port?: number;
  /** Interface to listen on. Default `127.0.0.1`. */
  host?: string;
  /** How long a task stays queued, in ms. Default 1000. */
  queuedMs?: number;
  /** How long a task runs after that, in ms. Default 2000. */
  runningMs?: number;
  /** Time source (tests pass a fake one). Default `Date.now`. */
  now?: () => number;
  /** HMAC key for kie callback signatures. Default {@link MOCK_KIE_WEBHOOK_SECRET}. */
  webhookSecret?: string;
  /** How long a callback delivery may take before it is given up, in ms. Default 5000. */
  callbackTimeoutMs?: number;
}

export interface LifecycleServer {
  /** The server's base URL: every provider's paths are served there, as in production. */
  url: string;
  /** The base URL of each provider (all the same server). */
  urls: Record<Provider, string>;
  /** Delivers the callbacks of every task finished by now; resolves when they were sent. */
  deliverDueCallbacks(): Promise<void>;
  /** Stops the server and its timers; resolves once it closed. */
  close(): Promise<void>;
}

type Json = Record<string, unknown>;

interface Task {
  provider: Provider;
  id: string;
  traceId: string;
  createdAt: number;
  request: Json;
  fails: boolean;
  callbackUrl: string | undefined;
  callbackSent: boolean;
}

const ACE_DATA_CREATE_PATHS: Record<string, Provider> = {
  "/seedream/images": "seedream",
  "/seedance/videos": "seedance",
  "/flux/images": "flux",
  "/veo/videos": "veo",
};
const MEDIA_EXTENSION: Record<Provider, string> = {
  seedream: "png",
  seedance: "mp4",
  flux: "png",
  veo: "mp4",
  kie: "png",
};

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function promptOf(provider: Provider, body: Json): string {
  if (provider === "kie") return isObject(body.input) ? String(body.input.prompt ?? "") : "";
  if (provider === "seedance" && Array.isArray(body.content)) {
    return body.content.map((item) => (isObject(item) ? String(item.text ?? "") : "")).join(" ");
  }
  return String(body.prompt ?? "");
}

/** What is missing from a create request, in the provider's terms; `undefined` when it is acceptable. */
function createRequestProblem(provider: Provider, body: Json): string | undefined {
  const text = (field: string) => typeof body[field] === "string" && body[field] !== "";
  switch (provider) {
    case "seedream":
      return text("model") && text("prompt") ? undefined : "model and prompt are required";
    case "seedance":
      return text("model") && Array.isArray(body.content) && body.content.length > 0
        ? undefined
        : "model and a non-empty content array are required";
    case "flux":
      return ["generate", "edit"].includes(String(body.action)) && text("prompt")
        ? undefined
        : "action (generate or edit) and prompt are required";
    case "veo":
      return ["text2video", "image2video", "ingredients2video", "get1080p"].includes(String(body.action))
        ? undefined
        : "action must be text2video, image2video, ingredients2video or get1080p";
    case "kie":
      return text("model") && isObject(body.input) ? undefined : "model and input are required";
  }
}

const seconds = (ms: number) => Math.round(ms) / 1000;
const dateText = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace("T", " ");

/**
 * Starts a stateful mock of all five providers: created tasks are queued,
 * then running, then finished (succeeded, or failed when asked to), with the
 * providers' real shapes at the production paths.
 */
export async function startLifecycleServer(options: LifecycleServerOptions = {}): Promise<LifecycleServer> {
  const host = options.host ?? "127.0.0.1";
  const queuedMs = options.queuedMs ?? 1_000;
  const runningMs = options.runningMs ?? 2_000;
  const now = options.now ?? Date.now;
  const secret = options.webhookSecret ?? MOCK_KIE_WEBHOOK_SECRET;
  const callbackTimeoutMs = options.callbackTimeoutMs ?? 5_000;
  const tasks = new Map<string, Task>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const deliveries = new Set<Promise<void>>();
  let url = "";

  const phase = (task: Task) => {
    const elapsed = now() - task.createdAt;
    if (elapsed < queuedMs) return { name: "queued" as const, elapsed, progress: 0 };
    if (elapsed < queuedMs + runningMs) {
      return { name: "running" as const, elapsed, progress: Math.floor(((elapsed - queuedMs) / runningMs) * 100) };
    }
    return { name: task.fails ? ("failed" as const) : ("succeeded" as const), elapsed, progress: 100 };
  };
  const finishedAt = (task: Task) => task.createdAt + queuedMs + runningMs;
  const mediaUrl = (task: Task) => `${url}/media/${task.id}.${MEDIA_EXTENSION[task.provider]}`;

  /** The `response` of an Ace Data Cloud record, or `undefined` while queued. */
  const aceDataResponse = (task: Task): Json | undefined => {
    const state = phase(task);
    const base = { task_id: task.id, trace_id: task.traceId };
    if (state.name === "queued") return undefined;
    if (state.name === "failed") {
      return {
        success: false,
        ...base,
        error: { code: "generation_failed", message: "The mock was asked to fail this task." },
      };
    }
    const done = state.name === "succeeded";
    const prompt = promptOf(task.provider, task.request);
    switch (task.provider) {
      case "seedance":
        return {
          success: true,
          ...base,
          data: {
            task_id: `cgt-${task.id.slice(0, 8)}`,
            status: done ? "succeeded" : "running",
            video_url: done ? mediaUrl(task) : null,
            last_frame_url: null,
            model: task.request.model,
          },
        };
      case "veo":
        return {
          success: true,
          ...base,
          data: [
            {
              id: task.id.replaceAll("-", ""),
              video_url: done ? mediaUrl(task) : null,
              created_at: dateText(task.createdAt),
              complete_at: done ? dateText(finishedAt(task)) : null,
              state: done ? "succeeded" : "processing",
            },
          ],
        };
      case "seedream":
        return done
          ? { success: true, ...base, data: [{ prompt, size: "2048x2048", image_url: mediaUrl(task) }] }
          : { success: true, ...base };
      default:
        return done
          ? {
              success: true,
              ...base,
              data: [{ prompt, image_url: mediaUrl(task), seed: 42, timings: { inference: 3.2 } }],
            }
          : { success: true, ...base };
    }
  };

  const aceDataRecord = (task: Task): Json => {
    const state = phase(task);
    const response = aceDataResponse(task);
    const finished = state.name === "succeeded" || state.name === "failed";
    return {
      _id: task.id.replaceAll("-", "").slice(0, 24),
      id: task.id,
      api_id: "00000000-0000-4000-8000-000000000001",
      application_id: "00000000-0000-4000-8000-000000000002",
      credential_id: "00000000-0000-4000-8000-000000000003",
      user_id: "00000000-0000-4000-8000-000000000004",
      trace_id: task.traceId,
      ...(task.provider === "flux" ? {} : { type: task.provider === "seedream" ? "images" : "videos" }),
      created_at: seconds(task.createdAt),
      request: task.request,
      ...(response ? { response } : {}),
      ...(state.name !== "queued" ? { started_at: seconds(task.createdAt + queuedMs) } : {}),
      ...(finished ? { finished_at: seconds(finishedAt(task)), elapsed: seconds(queuedMs + runningMs) } : {}),
    };
  };

  const kieRecord = (task: Task): Json => {
    const state = phase(task);
    const word =
      state.name === "queued"
        ? state.elapsed < queuedMs / 2
          ? "waiting"
          : "queuing"
        : state.name === "running"
          ? "generating"
          : state.name === "succeeded"
            ? "success"
            : "fail";
    const finished = word === "success" || word === "fail";
    return {
      taskId: task.id,
      model: task.request.model,
      state: word,
      param: JSON.stringify(task.request),
      resultJson: word === "success" ? JSON.stringify({ resultUrls: [mediaUrl(task)] }) : null,
      failCode: word === "fail" ? "501" : null,
      failMsg: word === "fail" ? "The mock was asked to fail this task." : null,
      costTime: finished ? queuedMs + runningMs : null,
      completeTime: finished ? finishedAt(task) : null,
      createTime: task.createdAt,
      updateTime: finished ? finishedAt(task) : now(),
      progress: state.progress,
    };
  };

  const kieEnvelope = (task: Task): Json => {
    const record = kieRecord(task);
    return record.state === "fail"
      ? { code: 501, msg: "Generation failed", data: record }
      : { code: 200, msg: "success", data: record };
  };

  /** POSTs a finished task's callback once; failures are ignored (kie and Ace Data deliver best effort too). */
  const deliverCallback = (task: Task): Promise<void> => {
    if (!task.callbackUrl || task.callbackSent) return Promise.resolve();
    const state = phase(task).name;
    if (state !== "succeeded" && state !== "failed") return Promise.resolve();
    task.callbackSent = true;
    const headers: Record<string, string> = { "content-type": "application/json" };
    let body: Json;
    if (task.provider === "kie") {
      const timestamp = String(Math.floor(now() / 1000));
      headers["x-webhook-timestamp"] = timestamp;
      headers["x-webhook-signature"] = createHmac("sha256", secret).update(`${task.id}.${timestamp}`).digest("base64");
      body = kieEnvelope(task);
    } else {
      body = aceDataResponse(task) as Json;
    }
    const delivery = fetch(task.callbackUrl, {
      method: "POST",
      headers,
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(callbackTimeoutMs),
    })
      .then((response) => response.arrayBuffer())
      .then(
        () => undefined,
        () => undefined,
      )
      .finally(() => deliveries.delete(delivery));
    deliveries.add(delivery);
    return delivery;
  };

  const scheduleCallback = (task: Task) => {
    if (!task.callbackUrl) return;
    const timer = setTimeout(
      () => {
        timers.delete(timer);
        void deliverCallback(task);
      },
      Math.max(0, finishedAt(task) - now()),
    );
    timers.add(timer);
  };

  const send = (response: ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  };
  const aceDataError = (response: ServerResponse, status: number, code: string, message: string) =>
    send(response, status, { success: false, error: { code, message }, trace_id: randomUUID() });
  const kieError = (response: ServerResponse, code: number, msg: string) =>
    send(response, code, { code, msg, data: null });

  const readBody = async (request: IncomingMessage): Promise<unknown> => {
    let text = "";
    for await (const chunk of request) text += chunk;
    if (text === "") return undefined;
    try {
      return JSON.parse(text);
    } catch {
      return Symbol.for("invalid-json");
    }
  };

  const createTask = (provider: Provider, body: Json, request: IncomingMessage): Task => {
    const outcome = String(request.headers[OUTCOME_HEADER] ?? "").toLowerCase();
    const task: Task = {
      provider,
      id: provider === "kie" ? `task_${randomUUID().replaceAll("-", "")}` : randomUUID(),
      traceId: randomUUID(),
      createdAt: now(),
      request: body,
      fails: outcome === "fail" || (outcome !== "succeed" && promptOf(provider, body).includes(FAIL_KEYWORD)),
      callbackUrl: String(provider === "kie" ? (body.callBackUrl ?? "") : (body.callback_url ?? "")) || undefined,
      callbackSent: false,
    };
    tasks.set(task.id, task);
    scheduleCallback(task);
    return task;
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const { pathname, searchParams } = new URL(request.url ?? "/", "http://mock");
    if (request.method === "GET" && pathname.startsWith("/media/")) {
      const isVideo = pathname.endsWith(".mp4");
      response.writeHead(200, { "content-type": isVideo ? "video/mp4" : "image/png" }).end("gentask mock media");
      return;
    }
    const isKie = pathname.startsWith("/api/v1/jobs/");
    const authorized = /^Bearer \S+/.test(String(request.headers.authorization ?? ""));
    if (!authorized) {
      if (isKie) return kieError(response, 401, "You do not have access permissions");
      return aceDataError(response, 401, "invalid_token", "Missing or invalid authorization token.");
    }
    // Callbacks of tasks that finished by now go out (also on a fake clock, where no timer fires for them).
    for (const task of tasks.values()) void deliverCallback(task);

    if (isKie) {
      if (request.method === "POST" && pathname === "/api/v1/jobs/createTask") {
        const body = await readBody(request);
        const problem = isObject(body) ? createRequestProblem("kie", body) : "the body must be a JSON object";
        if (problem || !isObject(body)) return kieError(response, 422, problem ?? "invalid body");
        const task = createTask("kie", body, request);
        return send(response, 200, { code: 200, msg: "success", data: { taskId: task.id } });
      }
      if (request.method === "GET" && pathname === "/api/v1/jobs/recordInfo") {
        const task = tasks.get(searchParams.get("taskId") ?? "");
        if (task?.provider !== "kie") return kieError(response, 422, "recordInfo is null");
        return send(response, 200, kieEnvelope(task));
      }
      return kieError(response, 404, `No such endpoint: ${request.method} ${pathname}`);
    }

    const createProvider = ACE_DATA_CREATE_PATHS[pathname];
    const tasksProvider = PROVIDERS.find((provider) => provider !== "kie" && pathname === `/${provider}/tasks`);
    if (request.method !== "POST" || (!createProvider && !tasksProvider)) {
      return aceDataError(response, 404, "not_found", `No such endpoint: ${request.method} ${pathname}`);
    }
    const body = await readBody(request);
    if (!isObject(body)) return aceDataError(response, 400, "bad_request", "The body must be a JSON object.");
    if (createProvider) {
      const problem = createRequestProblem(createProvider, body);
      if (problem) return aceDataError(response, 400, "bad_request", problem);
      const task = createTask(createProvider, body, request);
      return send(response, 200, { task_id: task.id, trace_id: task.traceId });
    }
    const provider = tasksProvider as Provider;
    const own = (id: unknown) => {
      const task = tasks.get(String(id));
      return task?.provider === provider ? task : undefined;
    };
    const action = body.action ?? "retrieve";
    if (action === "retrieve" && typeof body.id === "string") {
      const task = own(body.id);
      return send(response, 200, task ? aceDataRecord(task) : {});
    }
    if (action === "retrieve_batch" && Array.isArray(body.ids)) {
      const items = body.ids.flatMap((id) => {
        const task = own(id);
        return task ? [aceDataRecord(task)] : [];
      });
      return send(response, 200, { items, count: items.length });
    }
    return aceDataError(response, 400, "bad_request", "Send {action: retrieve, id} or {action: retrieve_batch, ids}.");
  };

  if (options.port !== undefined) await assertPortFree(options.port, host);
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent)
        send(response, 500, { success: false, error: { code: "api_error", message: String(error) } });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  url = `http://${host}:${port}`;

  return {
    url,
    urls: Object.fromEntries(PROVIDERS.map((provider) => [provider, url])) as Record<Provider, string>,
    async deliverDueCallbacks() {
      await Promise.all([...tasks.values()].map(deliverCallback));
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await Promise.all(deliveries);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
