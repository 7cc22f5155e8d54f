// The lifecycle mock: one HTTP server for every provider, driven by the specs. Its parts:
//   served-provider.ts     the providers served, their specs and named examples
//   request-validation.ts  requests checked against the spec's schemas, problems naming the path
//   task-store.ts          the tasks, and where each stands on the mock's clock
//   answers.ts, fill.ts    the spec's examples as answers about a task: its id, request, media and times
//   callbacks.ts           the callbacks a finished task sends, and their faults
//   routes.ts, http.ts     routing and the HTTP edges
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { type ProviderFacts, providerRegistry } from "@gentask/core";
import { assertPortFree } from "../ports.js";
import { findSpecsDirectory, schemaValidator } from "../spec-documents.js";
import { createStatusAnswers } from "./answers.js";
import { type CallbackDelivery, type CallbackFault, type CallbackFaults, createCallbackSender } from "./callbacks.js";
import type { TaskView } from "./fill.js";
import { sendJson } from "./http.js";
import { createRequestHandler } from "./routes.js";
import { loadServedProviders } from "./served-provider.js";
import { createTaskStore, type Task } from "./task-store.js";

export type { CallbackDelivery, CallbackFault, CallbackFaults } from "./callbacks.js";

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
  const registry = providerRegistry as Readonly<Record<string, ProviderFacts>>;
  const served = loadServedProviders(
    options.providers ?? Object.keys(registry),
    registry,
    options.specsDirectory ?? findSpecsDirectory(),
  );
  const store = createTaskStore({ now, queuedMs, runningMs, retentionMs: options.taskRetentionMs ?? 60 * 60_000 });
  let url = "";
  const view = (task: Task): TaskView => ({
    id: task.id,
    request: task.request,
    moments: store.momentsOf(task),
    now: now(),
    progress: store.phaseOf(task).progress,
    mediaUrl: (exampleUrl) => {
      const extension = exampleUrl.match(/\.([a-z0-9]{2,5})(?:$|\?)/i)?.[1] ?? "bin";
      return `${url}/media/${task.id}.${extension}`;
    },
  });
  const callbacks = createCallbackSender({
    now,
    store,
    view,
    secret: options.webhookSecret ?? MOCK_KIE_WEBHOOK_SECRET,
    timeoutMs: options.callbackTimeoutMs ?? 5_000,
    faults: options.callbackFaults ?? {},
  });
  const handle = createRequestHandler({
    served,
    store,
    callbacks,
    statusAnswer: createStatusAnswers(store, view, queuedMs),
    compile: schemaValidator(),
    now,
    maxBodyBytes: options.maxBodyBytes ?? 1024 * 1024,
    failKeyword: FAIL_KEYWORD,
    outcomeHeader: OUTCOME_HEADER,
  });

  if (options.port !== undefined) await assertPortFree(options.port, host);
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, 500, { error: { code: "mock_error", message: String(error) } });
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
      return store.size;
    },
    async deliverDueCallbacks() {
      await Promise.all(callbacks.deliverDue());
    },
    callbackFault(taskId) {
      const task = store.find(taskId);
      return task?.callbackUrl ? task.callbackFault : undefined;
    },
    callbackLog: callbacks.log,
    async close() {
      await callbacks.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
