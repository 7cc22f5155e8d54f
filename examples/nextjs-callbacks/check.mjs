// `pnpm examples` runs this after `next build`: the built app on `next start` against the lifecycle mock. A POST to
// /api/videos creates a task with its callback URL and answers the id at once; the mock's callback reaches
// /api/callbacks, which reads the finished task (onSettled prints its id and URL); a callback without the task's
// token gets 401. Exits non-zero, with what the server printed, when one of these does not happen.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { startLifecycleServer } from "@gentask/mock";

const nextBinary = createRequire(import.meta.url).resolve("next/dist/bin/next");
const deadline = Date.now() + 90_000;
const appDirectory = new URL(".", import.meta.url).pathname;

/** A port free a moment ago; `next start` may still lose it to another process, so the caller retries. */
async function portFreeNow() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts `next start` on a port; resolves once it is ready, rejects when it exits first (EADDRINUSE, say). */
function startApp(port, environment) {
  const child = spawn(process.execPath, [nextBinary, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: appDirectory,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...environment },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // its own process group: stopped with the workers it starts
  });
  const app = {
    output: "",
    url: `http://127.0.0.1:${port}`,
    stop: () => {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {}
    },
  };
  const ready = new Promise((resolve, reject) => {
    const read = (chunk) => {
      app.output += chunk;
      if (/Ready in/.test(app.output)) resolve(app);
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    child.on("exit", (code) => reject(new Error(`next start exited with ${code}:\n${app.output}`)));
  });
  return { app, ready };
}

async function until(condition, what, app) {
  while (!condition()) {
    if (Date.now() > deadline) {
      const sent = JSON.stringify(mock.callbackLog);
      throw new Error(`${what} did not happen within 90 s. The mock sent: ${sent}. The app printed:\n${app.output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// The task ends seconds after its creation: its callback must find the handle saved, and on a loaded machine the
// app can take a while between the mock's answer to the create and `saved.set` (a callback that comes first is
// answered 401, and only the backstop's read, minutes later, would end the task).
const mock = await startLifecycleServer({ queuedMs: 3_000, runningMs: 2_000 });
let app;
try {
  for (let attempt = 1; app === undefined; attempt++) {
    const port = await portFreeNow();
    const started = startApp(port, {
      ACEDATA_API_KEY: "any", // the mock takes any key
      ACEDATA_BASE_URL: mock.url,
      GENTASK_CALLBACK_SECRET: randomBytes(32).toString("hex"),
      CALLBACK_URL: `http://127.0.0.1:${port}/api/callbacks`,
    });
    try {
      app = await started.ready;
    } catch (error) {
      started.app.stop();
      if (attempt === 3 || !/EADDRINUSE/.test(String(error))) throw error;
    }
  }

  const created = await fetch(`${app.url}/api/videos`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ prompt: "a paper boat" }),
  });
  const { taskId } = await created.json();
  if (created.status !== 200 || typeof taskId !== "string")
    throw new Error(`POST /api/videos answered ${created.status}:\n${app.output}`);
  console.log(`created ${taskId}; waiting for its callback`);
  // onSettled prints the id and the video's URL once the callback arrived and the task was read.
  await until(() => app.output.includes(taskId) && app.output.includes(`${taskId}.mp4`), "the callback", app);
  console.log(`callback received, task read: ${taskId} succeeded`);

  const forged = await fetch(`${app.url}/api/callbacks`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ task_id: taskId, success: true }),
  });
  if (forged.status !== 401) throw new Error(`a callback without its token got ${forged.status}, not 401`);
  console.log("a callback without its token: 401");
} finally {
  app?.stop();
  await mock.close();
}
