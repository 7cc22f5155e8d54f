// A Cloudflare Worker: creates kie tasks with a callback and receives the callbacks, with a KV namespace as the store.
import { type CallbackHandle, type Callbacks, createCallbacks } from "@gentask/callbacks";
import { createKieClient, kieTasks } from "@gentask/kie";

interface Env {
  KIE_API_KEY: string;
  KIE_WEBHOOK_SECRET: string; // kie's webhook HMAC key
  GENTASK_CALLBACK_SECRET: string;
  TASKS: { get(key: string): Promise<string | null>; put(key: string, value: string): Promise<void> }; // a KV namespace
}

let callbacks: Callbacks | undefined; // configuration only: the isolate's requests may share it

function callbacksFor(env: Env, origin: string) {
  const kie = createKieClient({ apiKey: env.KIE_API_KEY });
  const tasks = kieTasks(kie);
  callbacks ??= createCallbacks({
    url: `${origin}/callbacks`,
    secret: env.GENTASK_CALLBACK_SECRET,
    kieWebhookSecret: env.KIE_WEBHOOK_SECRET,
    sources: [tasks],
    findTask: async (_provider, taskId) => {
      const saved = await env.TASKS.get(`task:${taskId}`);
      return saved === null ? undefined : (JSON.parse(saved) as CallbackHandle);
    },
    onSettled: async (outcome) => {
      const result = outcome.status === "fulfilled" ? { urls: outcome.value.urls } : { error: String(outcome.reason) };
      await env.TASKS.put(`result:${outcome.id}`, JSON.stringify(result));
    },
  });
  return { kie, tasks, callbacks };
}

export default {
  async fetch(request: Request, env: Env, context: { waitUntil(work: Promise<unknown>): void }): Promise<Response> {
    const url = new URL(request.url);
    const { kie, tasks, callbacks } = callbacksFor(env, url.origin);
    if (url.pathname === "/callbacks") {
      // The answer goes at once; the read of the task goes on in waitUntil.
      return callbacks.handle(request, { waitUntil: (work) => context.waitUntil(work) });
    }
    if (url.pathname === "/videos" && request.method === "POST") {
      const handle = await callbacks.start(tasks, (callbackUrl) =>
        kie.createTask({
          model: "grok-imagine/text-to-video",
          input: { prompt: "a lighthouse" },
          callBackUrl: callbackUrl,
        }),
      );
      await env.TASKS.put(`task:${handle.taskId}`, JSON.stringify(handle));
      return Response.json({ taskId: handle.taskId });
    }
    const result = await env.TASKS.get(`result:${url.searchParams.get("taskId")}`);
    return new Response(result ?? '{"status":"running"}', { headers: { "content-type": "application/json" } });
  },
};
