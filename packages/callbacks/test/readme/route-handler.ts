// lib/callbacks.ts, for the routes of a Next.js app (the same in Hono, Deno, Bun: a Request in, a Response out)
import { type CallbackHandle, createCallbacks } from "@gentask/callbacks";
import { createVeoClient, veoTasks } from "@gentask/veo";

const veo = createVeoClient(); // ACEDATA_API_KEY from the environment
const tasks = veoTasks(veo);
const saved = new Map<string, CallbackHandle>(); // your database: the handle of each task, by its id

const callbacks = createCallbacks({
  url: "https://app.example/api/callbacks", // this route, as providers reach it
  secret: process.env.GENTASK_CALLBACK_SECRET ?? "", // openssl rand -hex 32
  sources: [tasks],
  findTask: (_provider, taskId) => saved.get(taskId),
  onSettled: (outcome) => {
    if (outcome.status === "fulfilled") console.log(outcome.id, outcome.value.urls);
    else console.error(outcome.id, outcome.reason); // TaskFailedError, TaskNotFoundError, ApiError
  },
});

// app/api/callbacks/route.ts: `export const POST = receiveCallback;`. Providers POST there. The answer goes out
// in milliseconds; the task is read again after it.
export async function receiveCallback(request: Request): Promise<Response> {
  return callbacks.handle(request);
}

// app/api/videos/route.ts: `export const POST = startVideo;`. Create with a callback, save the handle, return.
export async function startVideo(request: Request): Promise<Response> {
  const { prompt } = (await request.json()) as { prompt: string };
  const handle = await callbacks.start(tasks, (callbackUrl) =>
    veo.createTask({ action: "text2video", model: "veo3-fast", prompt, callback_url: callbackUrl }),
  );
  saved.set(handle.taskId, handle);
  return Response.json({ taskId: handle.taskId });
}
