// What the two routes share: the Veo client, the callback receiver and the store of handles. It lives outside
// app/ because a route file may export only its HTTP methods and its route options (`next build` refuses any
// other export), and it is made on first use because `next build` loads the routes without your secrets.
import { type CallbackHandle, type Callbacks, createCallbacks } from "@gentask/callbacks";
import { createVeoClient, type VeoClient, veoTasks } from "@gentask/veo";

// Your database in production: a serverless function's memory does not outlive the request.
const saved = new Map<string, CallbackHandle>();

let shared: { veo: VeoClient; tasks: ReturnType<typeof veoTasks>; callbacks: Callbacks } | undefined;

export function videoCallbacks() {
  if (shared) return shared;
  // ACEDATA_API_KEY from the environment; ACEDATA_BASE_URL points the client at a mock (npx gentask-mock).
  const veo = createVeoClient({ baseUrl: process.env.ACEDATA_BASE_URL || undefined });
  const tasks = veoTasks(veo);
  const callbacks = createCallbacks({
    url: process.env.CALLBACK_URL ?? "http://localhost:3000/api/callbacks", // the callback route, as providers reach it
    secret: process.env.GENTASK_CALLBACK_SECRET ?? "", // openssl rand -hex 32
    sources: [tasks],
    findTask: (_provider, taskId) => saved.get(taskId),
    onSettled: (outcome) => {
      if (outcome.status === "fulfilled") console.log(outcome.id, outcome.value.urls);
      else console.error(outcome.id, outcome.reason);
    },
  });
  shared = { veo, tasks, callbacks };
  return shared;
}

/** Creates a video task with a callback URL, saves its handle and resolves with its id at once. */
export async function startVideo(prompt: string): Promise<string> {
  const { veo, tasks, callbacks } = videoCallbacks();
  const handle = await callbacks.start(tasks, (callbackUrl) =>
    veo.createTask({ action: "text2video", model: "veo3-fast", prompt, callback_url: callbackUrl }),
  );
  saved.set(handle.taskId, handle);
  return handle.taskId;
}
