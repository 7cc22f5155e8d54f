// A Cloudflare Worker: a request starts a kie task and saves its handle in KV; POST /callbacks receives the
// callback, finds the handle there, and reads the task in waitUntil.
import { type CallbackHandle, createCallbacks } from "@gentask/callbacks";
import { createKieClient, kieTasks } from "@gentask/kie";

interface Env {
  KIE_API_KEY: string;
  KIE_WEBHOOK_SECRET: string;
  GENTASK_CALLBACK_SECRET: string;
  TASKS: { get(key: string): Promise<string | null>; put(key: string, value: string): Promise<void> }; // KV
}

// Made once per isolate: the receiver remembers deliveries, to answer a duplicate without effect.
function setUp(env: Env, origin: string) {
  const kie = createKieClient({ apiKey: env.KIE_API_KEY });
  const tasks = kieTasks(kie);
  const callbacks = createCallbacks({
    url: `${origin}/callbacks`,
    secret: env.GENTASK_CALLBACK_SECRET,
    kieWebhookSecret: env.KIE_WEBHOOK_SECRET, // kie's signature and timestamp are checked too
    sources: [tasks],
    findTask: async (_provider, taskId) => {
      const saved = await env.TASKS.get(`task:${taskId}`); // the handle saved at start; none: 404
      return saved === null ? undefined : (JSON.parse(saved) as CallbackHandle);
    },
    onSettled: (outcome) => console.log(outcome.id, outcome.status),
  });
  return { kie, tasks, callbacks };
}
let app: ReturnType<typeof setUp> | undefined;

export default {
  async fetch(request: Request, env: Env, context: { waitUntil(work: Promise<unknown>): void }): Promise<Response> {
    const url = new URL(request.url);
    app ??= setUp(env, url.origin);
    const { kie, tasks, callbacks } = app;
    if (url.pathname === "/callbacks")
      return callbacks.handle(request, { waitUntil: (work) => context.waitUntil(work) });
    const handle = await callbacks.start(tasks, (callBackUrl) =>
      kie.createTask({ model: "grok-imagine/text-to-video", callBackUrl, input: { prompt: "a lighthouse" } }),
    );
    await env.TASKS.put(`task:${handle.taskId}`, JSON.stringify(handle));
    return Response.json({ taskId: handle.taskId });
  },
};
