// app/api/callbacks/route.ts
import { type CallbackHandle, createCallbacks } from "@gentask/callbacks";
import { createVeoClient, veoTasks } from "@gentask/veo";

const veo = createVeoClient();
const tasks = veoTasks(veo);
const saved = new Map<string, CallbackHandle>(); // your database

const callbacks = createCallbacks({
  url: "https://app.example/api/callbacks",
  secret: process.env.GENTASK_CALLBACK_SECRET ?? "", // openssl rand -hex 32
  sources: [tasks],
  findTask: (_provider, taskId) => saved.get(taskId), // the handle start returned
  onSettled: (outcome) => console.log(outcome.id, outcome.status),
});

export async function POST(request: Request): Promise<Response> {
  return callbacks.handle(request); // 200, 401 forged or unknown task, 400 malformed: in milliseconds
}

// In the route that creates: start, save the handle, return the id.
export async function startVideo(prompt: string): Promise<string> {
  const handle = await callbacks.start(tasks, (callbackUrl) =>
    veo.createTask({ action: "text2video", model: "veo3-fast", prompt, callback_url: callbackUrl }),
  );
  saved.set(handle.taskId, handle);
  return handle.taskId;
}
