// lib/callbacks.ts: made on first use, because `next build` loads the routes without your secrets.
import { type CallbackHandle, createCallbacks } from "@gentask/callbacks";
import { createVeoClient, veoTasks } from "@gentask/veo";

const saved = new Map<string, CallbackHandle>(); // your database

function setUp() {
  const veo = createVeoClient(); // ACEDATA_API_KEY
  const tasks = veoTasks(veo);
  const callbacks = createCallbacks({
    url: "https://app.example/api/callbacks",
    secret: process.env.GENTASK_CALLBACK_SECRET ?? "", // openssl rand -hex 32
    sources: [tasks],
    findTask: (_provider, taskId) => saved.get(taskId), // the handle start returned
    onSettled: (outcome) => console.log(outcome.id, outcome.status),
  });
  return { veo, tasks, callbacks };
}
let shared: ReturnType<typeof setUp> | undefined;
export const videoCallbacks = () => (shared ??= setUp());

// Creates the task with a callback URL, saves the handle, resolves with the id at once.
export async function startVideo(prompt: string): Promise<string> {
  const { veo, tasks, callbacks } = videoCallbacks();
  const handle = await callbacks.start(tasks, (callbackUrl) =>
    veo.createTask({ action: "text2video", model: "veo3-fast", prompt, callback_url: callbackUrl }),
  );
  saved.set(handle.taskId, handle);
  return handle.taskId;
}
