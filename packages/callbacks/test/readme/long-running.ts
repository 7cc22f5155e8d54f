// A long-running server (Node, Bun, Deno): wait on the callback, with a slow backstop poll for lost ones.
import { createServer } from "node:http";
import { createCallbacks } from "@gentask/callbacks";
import { toNodeListener } from "@gentask/callbacks/node";
import { createVeoClient, veoTasks } from "@gentask/veo";

const veo = createVeoClient();
const tasks = veoTasks(veo);
const callbacks = createCallbacks({
  url: "https://app.example/callbacks",
  secret: process.env.GENTASK_CALLBACK_SECRET ?? "",
  backstopMs: 2 * 60_000, // read a task whose callback did not come every 2 minutes (the default)
});

createServer(toNodeListener((request) => callbacks.handle(request))).listen(3000);

const handle = await callbacks.start(tasks, (callbackUrl) =>
  veo.createTask({ action: "text2video", model: "veo3-fast", prompt: "a fox in the snow", callback_url: callbackUrl }),
);
const video = await callbacks.waitForTask(tasks, handle, { timeoutMs: 15 * 60_000 });
console.log(video.urls);
