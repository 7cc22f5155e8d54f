// The Worker the workerd tests run: the clients, the stand-alone waits, a poller per request and the callback
// receiver, as a user would deploy them. Providers come from the registry, as everywhere in the tests.
import { type CallbackHandle, createCallbacks } from "@gentask/callbacks";
import { connectProvider, type ProviderFacts, providerRegistry, withValueAtPointer } from "@gentask/core";
import { createPoller, type TaskOutcome, waitForTask } from "@gentask/poller";

interface Env {
  MOCK_URL: string;
  CALLBACK_SECRET: string;
  KIE_WEBHOOK_SECRET: string;
}

interface ExecutionContext {
  waitUntil(promise: Promise<unknown>): void;
}

// Plain data kept between requests (a real deployment keeps it in KV or a database).
const savedHandles = new Map<string, CallbackHandle>();
const results = new Map<string, { status: string; urls?: string[]; error?: string }>();

const factsOf = (name: string | null) => (providerRegistry as Record<string, ProviderFacts>)[name ?? ""];
const connect = (facts: ProviderFacts, env: Env) =>
  connectProvider(facts, { apiKey: "test-key", baseUrl: env.MOCK_URL });
const commonBody = (facts: ProviderFacts, prompt: string) =>
  withValueAtPointer(facts.common.body, facts.common.promptPointer, prompt);
const json = (value: unknown, status = 200) =>
  new Response(JSON.stringify(value), { status, headers: { "content-type": "application/json" } });
const describe = (outcome: TaskOutcome<unknown>) =>
  outcome.status === "fulfilled"
    ? { status: "succeeded", urls: outcome.value.urls }
    : { status: "failed", error: (outcome.reason as Error).name };

function callbacksFor(env: Env, url: URL) {
  return createCallbacks({
    url: `${url.origin}/callbacks`,
    secret: env.CALLBACK_SECRET,
    kieWebhookSecret: env.KIE_WEBHOOK_SECRET,
    sources: Object.values(providerRegistry as Record<string, ProviderFacts>).map((facts) => connect(facts, env).tasks),
    findTask: (_provider, taskId) => savedHandles.get(taskId),
    onSettled: (outcome) => {
      results.set(outcome.id, describe(outcome));
    },
  });
}

let callbacks: ReturnType<typeof createCallbacks> | undefined;

export default {
  async fetch(request: Request, env: Env, context: ExecutionContext): Promise<Response> {
    const url = new URL(request.url);
    const facts = factsOf(url.searchParams.get("provider"));
    // One receiver for the isolate: it holds configuration and plain data only.
    callbacks ??= callbacksFor(env, url);
    switch (url.pathname) {
      case "/health":
        return json({ ok: true });
      case "/wait": {
        // The stand-alone waits, in requests that overlap: a request's waits never share a poller with another's.
        if (!facts) return json({ error: "provider" }, 400);
        const connection = connect(facts, env);
        const taskId = await connection.start(facts.common.operationId, commonBody(facts, "a lantern"));
        const task = await waitForTask(connection.tasks, taskId, { timeoutMs: 30_000 });
        return json({ taskId, urls: task.urls });
      }
      case "/wait-together": {
        // Three stand-alone waits in one request: they share the request's reads (the ids per read are returned).
        if (!facts) return json({ error: "provider" }, 400);
        const connection = connect(facts, env);
        const tasks = connection.tasks;
        const idsPerRead: number[] = [];
        const recording = {
          ...tasks,
          read: (ids: string[], options?: { signal?: AbortSignal }) => {
            idsPerRead.push(ids.length);
            return tasks.read(ids, options);
          },
        };
        const ids = await Promise.all(
          ["a fig", "a pear", "a plum"].map((prompt) =>
            connection.start(facts.common.operationId, commonBody(facts, prompt)),
          ),
        );
        const done = await Promise.all(ids.map((id) => waitForTask(recording, id, { timeoutMs: 30_000 })));
        return json({ settled: done.length, idsPerRead });
      }
      case "/poller": {
        // A poller made in the request, for two tasks at once.
        if (!facts) return json({ error: "provider" }, 400);
        const connection = connect(facts, env);
        const ids = await Promise.all(
          ["a kite", "a kettle"].map((prompt) => connection.start(facts.common.operationId, commonBody(facts, prompt))),
        );
        const outcomes = await createPoller().waitForTasks(connection.tasks, ids, { timeoutMs: 30_000 });
        return json(outcomes.map(describe));
      }
      case "/start": {
        // Serverless: create with a callback, save the handle, return at once.
        if (!facts) return json({ error: "provider" }, 400);
        const connection = connect(facts, env);
        const handle = await callbacks.start(connection.tasks, (callbackUrl) =>
          connection.start(facts.common.operationId, {
            ...commonBody(facts, url.searchParams.get("prompt") ?? "a harbour"),
            [facts.callbackUrlField]: callbackUrl,
          }),
        );
        savedHandles.set(handle.taskId, handle);
        return json(handle);
      }
      case "/callbacks":
        return callbacks.handle(request, { waitUntil: (promise) => context.waitUntil(promise) });
      case "/result":
        return json(results.get(url.searchParams.get("taskId") ?? "") ?? { status: "unknown" });
      default:
        return json({ error: "not found" }, 404);
    }
  },
};
