import { createHmac, randomBytes, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type ProviderFacts, providerRegistry, seededRandom } from "@gentask/core";
import { assertPortFree } from "../ports.js";
import {
  describeSchemaErrors,
  findSpecsDirectory,
  loadSpec,
  type SpecDocument,
  type SpecOperation,
  schemaValidator,
  specOperations,
} from "../spec-documents.js";
import { FAMILY_LAYOUT, fillCallback, fillStatusAnswer, firstAt, type TaskView, updateAt } from "./fill.js";

/** The HMAC key the lifecycle server signs kie callbacks with, unless `webhookSecret` says otherwise. */
export const MOCK_KIE_WEBHOOK_SECRET = "gentask-mock-webhook-secret";
/** A create request containing this text anywhere (a prompt, say) makes the task fail. */
export const FAIL_KEYWORD = "[fail]";
/** A request header that decides a created task's outcome: `fail` or `succeed`. */
export const OUTCOME_HEADER = "x-gentask-mock-outcome";

export interface LifecycleServerOptions {
  /** Port to listen on. Default: a free port chosen by the system. */
  port?: number | undefined;
  /** Interface to listen on. Default `127.0.0.1`. */
  host?: string | undefined;
  /** How long a task stays queued, in ms. Default 1000. */
  queuedMs?: number | undefined;
  /** How long a task runs after that, in ms. Default 2000. */
  runningMs?: number | undefined;
  /** Time source (tests pass a fake one). Default `Date.now`. */
  now?: (() => number) | undefined;
  /** HMAC key for kie callback signatures. Default {@link MOCK_KIE_WEBHOOK_SECRET}. */
  webhookSecret?: string | undefined;
  /** How long a callback delivery may take before it is given up, in ms. Default 5000. */
  callbackTimeoutMs?: number | undefined;
  /** The largest request body accepted; a larger one is answered 413. Default 1 MiB. */
  maxBodyBytes?: number | undefined;
  /** How long a task is kept after its creation; older ones are forgotten (unknown). Default 1 hour. */
  taskRetentionMs?: number | undefined;
  /** The providers to serve. Default: every provider of the registry. */
  providers?: readonly string[] | undefined;
  /** Folder holding the specs. Default: the specs shipped with this package. */
  specsDirectory?: string | undefined;
  /** Callbacks as they go wrong in production: dropped, repeated, late, forged. Default: none. */
  callbackFaults?: CallbackFaults | undefined;
}

/**
 * Faults of callback delivery, each a fraction of the tasks with a callback URL, decided per task by a seeded
 * random (so a run repeats): at most one fault a task, and the fractions add up to 1 at most.
 */
export interface CallbackFaults {
  /** The callback is never sent. */
  dropRate?: number | undefined;
  /** The callback is sent twice, the second time one second later with the same body and headers. */
  duplicateRate?: number | undefined;
  /** The callback is sent `lateMs` after the task finished. */
  lateRate?: number | undefined;
  /** How late a late callback is, in ms. Default 30,000. */
  lateMs?: number | undefined;
  /**
   * Before the real callback, halfway through the run, a forged one claims success: posted to the callback URL
   * without its query (someone who knows the route, not the URL), kie's signed with a wrong key.
   */
  forgeRate?: number | undefined;
  /** Seed of the random that picks the tasks. Default 1. */
  seed?: number | undefined;
}

/** What happens to a task's callback. */
export type CallbackFault = "none" | "dropped" | "duplicated" | "late" | "forged";

export interface LifecycleServer {
  /** The server's base URL: every provider's paths are served there, as in production. */
  url: string;
  /** The base URL of each provider (all the same server). */
  urls: Record<string, string>;
  /** How many tasks the server holds now. */
  readonly taskCount: number;
  /** Delivers the callbacks due by now (with `callbackFaults`, forged and late ones too); resolves when they were sent. */
  deliverDueCallbacks(): Promise<void>;
  /** The callback fault a task got (`none` without faults); `undefined` for a task without a callback URL. */
  callbackFault(taskId: string): CallbackFault | undefined;
  /** Callback POSTs sent so far, by kind, and the status codes they were answered with. */
  readonly callbackLog: readonly CallbackDelivery[];
  /** Stops the server and its timers; resolves once it closed. */
  close(): Promise<void>;
}

/** One callback POST the server sent. */
export interface CallbackDelivery {
  taskId: string;
  kind: "callback" | "repeat" | "forged";
  /** The receiver's status code; `undefined` when no answer came. */
  status: number | undefined;
}

type Json = Record<string, unknown>;

interface Task {
  provider: Served;
  id: string;
  createdAt: number;
  request: Json;
  /** The start operation that created it (its callback examples are the task's). */
  starter: SpecOperation;
  fails: boolean;
  callbackUrl: string | undefined;
  callbackFault: CallbackFault;
  /** The callback as first sent (a repeat sends the same again). */
  callbackRequest: { body: string; headers: Record<string, string> } | undefined;
}

/** A callback POST to send at `at`. */
interface DueCallback {
  at: number;
  task: Task;
  kind: CallbackDelivery["kind"];
}

function checkFaults(faults: CallbackFaults): void {
  const rates = [faults.dropRate, faults.duplicateRate, faults.lateRate, faults.forgeRate].map((rate) => rate ?? 0);
  if (rates.some((rate) => !(rate >= 0 && rate <= 1)) || rates.reduce((sum, rate) => sum + rate, 0) > 1 + 1e-9) {
    throw new TypeError("callbackFaults: each rate must be from 0 to 1, and together at most 1.");
  }
  if (faults.lateMs !== undefined && !(Number.isFinite(faults.lateMs) && faults.lateMs >= 0)) {
    throw new TypeError("callbackFaults.lateMs must be a finite number of ms >= 0.");
  }
}

/** One provider as the server serves it: its facts and its spec, with the examples it answers with. */
interface Served {
  facts: ProviderFacts;
  spec: SpecDocument;
  operations: SpecOperation[];
  status: SpecOperation;
}

interface Example {
  status: number;
  value: unknown;
}

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Every response example of an operation by name, with its status. */
function responseExample(operation: SpecOperation, name: string): Example | undefined {
  for (const [status, response] of Object.entries<SpecDocument>(operation.operation.responses ?? {})) {
    const example = response?.content?.["application/json"]?.examples?.[name];
    if (example) return { status: Number(status), value: example.value };
  }
  return undefined;
}

function callbackExample(operation: SpecOperation, name: string): unknown {
  for (const callback of Object.values<SpecDocument>(operation.operation.callbacks ?? {})) {
    for (const item of Object.values<SpecDocument>(callback)) {
      const example = item?.post?.requestBody?.content?.["application/json"]?.examples?.[name];
      if (example) return example.value;
    }
  }
  return undefined;
}

/** Whether any string in a JSON value contains `text`. */
function mentions(value: unknown, text: string): boolean {
  if (typeof value === "string") return value.includes(text);
  if (Array.isArray(value)) return value.some((item) => mentions(item, text));
  if (isObject(value)) return Object.values(value).some((item) => mentions(item, text));
  return false;
}

/** A fresh id shaped like an example's: a UUID for a UUID, else the same prefix and length in hex. */
function idLike(example: unknown): string {
  if (typeof example !== "string" || /^[0-9a-f]{8}-[0-9a-f]{4}-/.test(example)) return randomUUID();
  const prefix = example.match(/^[^0-9]*/)?.[0] ?? "";
  const length = Math.max(16, example.length - prefix.length);
  return (
    prefix +
    randomBytes(Math.ceil(length / 2))
      .toString("hex")
      .slice(0, length)
  );
}

class RequestTooLargeError extends Error {}

/** Reads a body up to `limit` bytes; decodes UTF-8 once at the end, so characters split across chunks survive. */
async function readBody(request: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new RequestTooLargeError();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

const CORS_HEADERS = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "GET, POST, OPTIONS",
  "access-control-allow-headers": "authorization, content-type, accept, prefer, x-gentask-mock-outcome",
  "access-control-expose-headers": "retry-after",
  "access-control-max-age": "600",
};

/**
 * Starts a stateful mock of every provider, driven by the specs: it validates each request against its
 * operation, answers with the spec's named examples of each phase (queued, running, succeeded, failed,
 * unknown), filled in with the task's id, times, request and media, and POSTs the spec's callback
 * examples, filled in likewise (kie's signed), when a task finishes.
 */
export async function startLifecycleServer(options: LifecycleServerOptions = {}): Promise<LifecycleServer> {
  const host = options.host ?? "127.0.0.1";
  const queuedMs = options.queuedMs ?? 1_000;
  const runningMs = options.runningMs ?? 2_000;
  const now = options.now ?? Date.now;
  const secret = options.webhookSecret ?? MOCK_KIE_WEBHOOK_SECRET;
  const callbackTimeoutMs = options.callbackTimeoutMs ?? 5_000;
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  const taskRetentionMs = options.taskRetentionMs ?? 60 * 60_000;
  const faults = options.callbackFaults ?? {};
  checkFaults(faults);
  const faultRandom = seededRandom(faults.seed ?? 1);
  const lateMs = faults.lateMs ?? 30_000;
  const specsDirectory = options.specsDirectory ?? findSpecsDirectory();
  const registry = providerRegistry as Readonly<Record<string, ProviderFacts>>;
  const names = options.providers ?? Object.keys(registry);

  const served: Served[] = names.map((name) => {
    const facts = registry[name];
    if (facts === undefined) throw new TypeError(`No provider ${name}; known: ${Object.keys(registry).join(", ")}.`);
    const spec = loadSpec(name, specsDirectory);
    const operations = specOperations(spec);
    const status = operations.find((operation) => operation.path === facts.statusPath) as SpecOperation;
    return { facts, spec, operations, status };
  });
  const routes = new Map<string, { provider: Served; operation: SpecOperation }>();
  for (const provider of served) {
    for (const operation of provider.operations) {
      routes.set(`${operation.method.toUpperCase()} ${operation.path}`, { provider, operation });
    }
  }
  const compile = schemaValidator();
  /** Tasks in creation order: the oldest are evicted from the front, and a read is one lookup. */
  const tasks = new Map<string, Task>();
  /** Callback POSTs still to send, in time order. */
  const callbacksDue: DueCallback[] = [];
  const callbackLog: CallbackDelivery[] = [];
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const deliveries = new Set<Promise<void>>();
  let url = "";

  const phaseOf = (task: Task) => {
    const elapsed = now() - task.createdAt;
    if (elapsed < queuedMs) return { name: "queued" as const, elapsed, progress: 0 };
    if (elapsed < queuedMs + runningMs) {
      return { name: "running" as const, elapsed, progress: Math.floor(((elapsed - queuedMs) / runningMs) * 100) };
    }
    return { name: task.fails ? ("failed" as const) : ("succeeded" as const), elapsed, progress: 100 };
  };
  const finishedAt = (task: Task) => task.createdAt + queuedMs + runningMs;
  const viewOf = (task: Task): TaskView => ({
    id: task.id,
    request: task.request,
    createdAt: task.createdAt,
    progress: phaseOf(task).progress,
    mediaUrl: (exampleUrl) => {
      const extension = exampleUrl.match(/\.([a-z0-9]{2,5})(?:$|\?)/i)?.[1] ?? "bin";
      return `${url}/media/${task.id}.${extension}`;
    },
  });

  /** The example the provider answers with for a task in its current phase. */
  const phaseExample = (task: Task): Example => {
    const { answers } = task.provider.facts;
    const phase = phaseOf(task);
    const named = [answers[phase.name]].flat();
    // Phases with several words (kie's waiting, queuing) split the phase's time between them.
    const share =
      phase.name === "queued" ? phase.elapsed / queuedMs : phase.name === "running" ? phase.progress / 100 : 0;
    const name = named[Math.min(named.length - 1, Math.floor(share * named.length))] as string;
    return responseExample(task.provider.status, name) as Example;
  };

  const statusAnswer = (task: Task): Example => {
    const example = phaseExample(task);
    return { status: example.status, value: fillStatusAnswer(example.value, task.provider.facts, viewOf(task)) };
  };

  const evictOld = () => {
    const oldest = now() - taskRetentionMs;
    for (const task of tasks.values()) {
      if (task.createdAt >= oldest) break;
      tasks.delete(task.id);
    }
  };

  /** The callback about a task in a phase, as the provider sends it (kie's signed with `key`). */
  const callbackRequest = (task: Task, phase: "succeeded" | "failed", key: string) => {
    const { facts } = task.provider;
    const example = callbackExample(task.starter, facts.answers[phase]);
    if (example === undefined) return undefined;
    const body = JSON.stringify(fillCallback(example, facts, viewOf(task)));
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (facts.family === "kie") {
      const timestamp = String(Math.floor(now() / 1000));
      headers["x-webhook-timestamp"] = timestamp;
      headers["x-webhook-signature"] = createHmac("sha256", key).update(`${task.id}.${timestamp}`).digest("base64");
    }
    return { body, headers };
  };

  /** POSTs one callback; failures are ignored (the providers deliver best effort too). */
  const deliverCallback = ({ task, kind }: DueCallback): Promise<void> => {
    if (!task.callbackUrl) return Promise.resolve();
    let target = task.callbackUrl;
    let request: Task["callbackRequest"];
    if (kind === "forged") {
      // Claims success before the task finished, from someone who knows the route but not its query.
      const url = new URL(task.callbackUrl);
      url.search = "";
      target = url.href;
      request = callbackRequest(task, "succeeded", `${secret}-forged`);
    } else {
      const phase = phaseOf(task).name;
      if (phase !== "succeeded" && phase !== "failed") return Promise.resolve();
      task.callbackRequest ??= callbackRequest(task, phase, secret);
      request = task.callbackRequest;
    }
    if (request === undefined) return Promise.resolve();
    const entry: CallbackDelivery = { taskId: task.id, kind, status: undefined };
    callbackLog.push(entry);
    const delivery = fetch(target, {
      method: "POST",
      headers: request.headers,
      body: request.body,
      signal: AbortSignal.timeout(callbackTimeoutMs),
    })
      .then((response) => {
        entry.status = response.status;
        return response.arrayBuffer();
      })
      .then(
        () => undefined,
        () => undefined,
      )
      .finally(() => deliveries.delete(delivery));
    deliveries.add(delivery);
    return delivery;
  };

  /** Sends the callbacks that are due by now (also on a fake clock, where no timer fires for them). */
  const deliverDue = (): Promise<void>[] => {
    const sent: Promise<void>[] = [];
    while (callbacksDue.length > 0 && (callbacksDue[0] as DueCallback).at <= now()) {
      sent.push(deliverCallback(callbacksDue.shift() as DueCallback));
    }
    return sent;
  };

  const enqueue = (due: DueCallback) => {
    // Mostly appended in time order: look for the place from the end.
    let index = callbacksDue.length;
    while (index > 0 && (callbacksDue[index - 1] as DueCallback).at > due.at) index--;
    callbacksDue.splice(index, 0, due);
    const timer = setTimeout(
      () => {
        timers.delete(timer);
        deliverDue();
      },
      Math.max(0, due.at - now()),
    );
    timers.add(timer);
  };

  const scheduleCallback = (task: Task) => {
    if (!task.callbackUrl) return;
    const finished = finishedAt(task);
    const fault = task.callbackFault;
    if (fault === "dropped") return;
    if (fault === "forged") enqueue({ at: task.createdAt + queuedMs + runningMs / 2, task, kind: "forged" });
    enqueue({ at: fault === "late" ? finished + lateMs : finished, task, kind: "callback" });
    if (fault === "duplicated") enqueue({ at: finished + 1_000, task, kind: "repeat" });
  };

  /** The fault of a new task's callback: one roll against the fractions, in a fixed order. */
  const pickFault = (): CallbackFault => {
    const roll = faultRandom();
    let bound = 0;
    for (const [fault, rate] of [
      ["dropped", faults.dropRate],
      ["duplicated", faults.duplicateRate],
      ["late", faults.lateRate],
      ["forged", faults.forgeRate],
    ] as const) {
      bound += rate ?? 0;
      if (roll < bound) return fault;
    }
    return "none";
  };

  const send = (response: ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { ...CORS_HEADERS, "content-type": "application/json" }).end(JSON.stringify(body));
  };

  /** Answers with a named example of the provider's spec, its message replaced when one is given. */
  const sendExample = (
    response: ServerResponse,
    provider: Served,
    name: string | undefined,
    fallbackStatus: number,
    message?: string,
  ) => {
    const example = name === undefined ? undefined : findExample(provider, name);
    if (example === undefined)
      return send(response, fallbackStatus, { error: { code: `http_${fallbackStatus}`, message } });
    const value =
      message === undefined
        ? example.value
        : updateAt(example.value, provider.facts.answers.errorMessage, () => message);
    send(response, example.status, value);
  };
  const findExample = (provider: Served, name: string): Example | undefined => {
    for (const operation of provider.operations) {
      const example = responseExample(operation, name);
      if (example) return example;
    }
    return undefined;
  };

  /** The provider whose paths look most like `path`: the one that answers a path nobody serves. */
  const closestProvider = (path: string): Served => {
    const shared = (a: string, b: string) => {
      let index = 0;
      while (index < a.length && a[index] === b[index]) index++;
      return index;
    };
    let best = served[0] as Served;
    let bestLength = -1;
    for (const provider of served) {
      for (const operation of provider.operations) {
        const length = shared(operation.path, path);
        if (length > bestLength) [best, bestLength] = [provider, length];
      }
    }
    return best;
  };

  const createTask = (provider: Served, starter: SpecOperation, body: Json, request: IncomingMessage): Example => {
    const { facts } = provider;
    const accepted = responseExample(starter, facts.answers.accepted) as Example;
    const acceptedId = firstAt(accepted.value, FAMILY_LAYOUT[facts.family].acceptedId);
    const outcome = String(request.headers[OUTCOME_HEADER] ?? "").toLowerCase();
    const callbackUrl = body[facts.callbackUrlField];
    const hasCallback = typeof callbackUrl === "string" && callbackUrl !== "";
    const task: Task = {
      provider,
      id: idLike(acceptedId),
      createdAt: now(),
      request: body,
      starter,
      fails: outcome === "fail" || (outcome !== "succeed" && mentions(body, FAIL_KEYWORD)),
      callbackUrl: hasCallback ? callbackUrl : undefined,
      callbackFault: hasCallback ? pickFault() : "none",
      callbackRequest: undefined,
    };
    tasks.set(task.id, task);
    scheduleCallback(task);
    const value =
      typeof acceptedId === "string"
        ? JSON.parse(JSON.stringify(accepted.value).split(acceptedId).join(task.id))
        : accepted.value;
    return { status: accepted.status, value };
  };

  /** The tasks a status request asks about: Ace Data reads `id` or `ids` from the body, kie `taskId` from the query. */
  const statusIds = (
    provider: Served,
    body: Json | undefined,
    query: URLSearchParams,
  ): { ids: string[]; batch: boolean } | undefined => {
    if (provider.facts.family === "kie") {
      const id = query.get("taskId");
      return id ? { ids: [id], batch: false } : undefined;
    }
    if (body === undefined) return undefined;
    if (typeof body.id === "string") return { ids: [body.id], batch: false };
    if (Array.isArray(body.ids)) return { ids: body.ids.map(String), batch: true };
    return { ids: [], batch: true };
  };

  const answerStatus = (response: ServerResponse, provider: Served, body: Json | undefined, query: URLSearchParams) => {
    const asked = statusIds(provider, body, query);
    if (asked === undefined)
      return sendExample(response, provider, provider.facts.answers.invalidRequest, 400, "no task id in the request");
    const own = (id: string) => {
      const task = tasks.get(id);
      return task?.provider === provider ? task : undefined;
    };
    if (!asked.batch) {
      const task = own(asked.ids[0] as string);
      if (task === undefined) {
        const unknown = responseExample(provider.status, provider.facts.answers.unknownTask) as Example;
        return send(response, unknown.status, unknown.value);
      }
      const answer = statusAnswer(task);
      return send(response, answer.status, answer.value);
    }
    // A batch (or, without ids, a listing of the newest tasks a page at a time): `{items, count}`.
    const offset = typeof body?.offset === "number" ? body.offset : 0;
    const limit = typeof body?.limit === "number" ? body.limit : 12;
    const found =
      asked.ids.length > 0
        ? asked.ids.flatMap((id) => {
            const task = own(id);
            return task ? [task] : [];
          })
        : [...tasks.values()]
            .filter((task) => task.provider === provider)
            .reverse()
            .slice(offset, offset + limit);
    const items = found.map((task) => statusAnswer(task).value);
    send(response, 200, { items, count: items.length });
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const { pathname, searchParams } = new URL(request.url ?? "/", "http://mock");
    const method = request.method ?? "GET";
    if (method === "OPTIONS") {
      response.writeHead(204, CORS_HEADERS).end();
      return;
    }
    if (method === "GET" && pathname.startsWith("/media/")) {
      const isVideo = /\.(mp4|webm|mov)$/.test(pathname);
      response
        .writeHead(200, { ...CORS_HEADERS, "content-type": isVideo ? "video/mp4" : "image/png" })
        .end("gentask mock media");
      return;
    }
    evictOld();
    deliverDue();
    const route = routes.get(`${method} ${pathname}`);
    if (route === undefined) {
      const provider = closestProvider(pathname);
      return sendExample(
        response,
        provider,
        provider.facts.answers.unknownPath,
        404,
        `no API at ${method} ${pathname}`,
      );
    }
    const { provider, operation } = route;
    const { facts } = provider;
    const security = operation.operation.security ?? provider.spec.security ?? [];
    if (security.length > 0 && !/^Bearer \S+/.test(String(request.headers.authorization ?? ""))) {
      return sendExample(response, provider, facts.answers.unauthorized, 401);
    }
    let text: string;
    try {
      text = await readBody(request, maxBodyBytes);
    } catch (error) {
      if (!(error instanceof RequestTooLargeError)) throw error;
      response.setHeader("connection", "close");
      return sendExample(
        response,
        provider,
        facts.answers.tooLarge,
        413,
        `the body is larger than ${maxBodyBytes} bytes`,
      );
    }
    const invalid = (message: string) => sendExample(response, provider, facts.answers.invalidRequest, 400, message);
    let body: Json | undefined;
    const schema = operation.operation.requestBody?.content?.["application/json"]?.schema;
    if (schema !== undefined) {
      let parsed: unknown;
      try {
        parsed = text === "" ? undefined : JSON.parse(text);
      } catch {
        return invalid("the body is not valid JSON");
      }
      const validate = compile(schema);
      if (!validate(parsed)) return invalid(describeSchemaErrors(validate).slice(0, 3).join("; "));
      body = parsed as Json;
    }
    for (const parameter of operation.operation.parameters ?? []) {
      if (parameter.in !== "query") continue;
      const value = searchParams.get(parameter.name);
      if (value === null) {
        if (parameter.required) return invalid(`the query parameter ${parameter.name} is required`);
        continue;
      }
      const validate = compile(parameter.schema ?? {});
      if (!validate(value))
        return invalid(`the query parameter ${parameter.name} ${describeSchemaErrors(validate)[0] ?? "is invalid"}`);
    }
    if (operation.path === facts.statusPath) return answerStatus(response, provider, body, searchParams);
    if (Object.hasOwn(facts.starters, operation.operationId)) {
      const accepted = createTask(provider, operation, body ?? {}, request);
      return send(response, accepted.status, accepted.value);
    }
    // An operation that is neither a start nor a status read: its first 200 example.
    const first = Object.values<SpecDocument>(
      operation.operation.responses?.["200"]?.content?.["application/json"]?.examples ?? {},
    )[0];
    return send(response, 200, first?.value ?? {});
  };

  if (options.port !== undefined) await assertPortFree(options.port, host);
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, { error: { code: "mock_error", message: String(error) } });
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
    urls: Object.fromEntries(served.map((provider) => [provider.facts.name, url])),
    get taskCount() {
      return tasks.size;
    },
    async deliverDueCallbacks() {
      await Promise.all(deliverDue());
    },
    callbackFault(taskId) {
      const task = tasks.get(taskId);
      return task?.callbackUrl ? task.callbackFault : undefined;
    },
    callbackLog,
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
