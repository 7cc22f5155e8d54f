// A verified kie.ai callback ending a wait early, against the lifecycle mock: the poller checks the task only
// every 30 s, the mock calls back (signed, as kie does) once the task is done, the receiver verifies the signature
// with verifyKieWebhook and asks the poller to read the task at once. A forged callback is refused. Exits 1 if
// the wait did not end through the callback.
//
//   node examples/kie-callback.mjs
//
// Against the real API: createKieClient() (KIE_API_KEY), your kie.ai webhook HMAC key as `secret`, and a
// callback URL that kie.ai can reach.
import { createServer } from "node:http";
import { createKieClient, kieTasks, verifyKieWebhook } from "@gentask/kie";
import { MOCK_KIE_WEBHOOK_SECRET, startLifecycleServer } from "@gentask/mock";
import { createPoller, fixedSchedule } from "@gentask/poller";

const mock = await startLifecycleServer({ queuedMs: 300, runningMs: 700 });
const kie = createKieClient({ apiKey: "example-key", baseUrl: mock.url });
const tasks = kieTasks(kie);
const poller = createPoller({ schedule: fixedSchedule(30_000) });

let verifiedCallbacks = 0;
const receiver = createServer(async (request, response) => {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  let taskId = "";
  try {
    taskId = JSON.parse(Buffer.concat(chunks).toString("utf8"))?.data?.taskId ?? "";
  } catch {}
  // kie signs `<taskId>.<timestamp>`, not the body: a valid signature only says "read this task now".
  const verified = await verifyKieWebhook({
    taskId,
    timestamp: request.headers["x-webhook-timestamp"],
    signature: request.headers["x-webhook-signature"],
    secret: MOCK_KIE_WEBHOOK_SECRET,
  });
  if (!verified) {
    response.writeHead(401).end("invalid signature");
    return;
  }
  verifiedCallbacks++;
  poller.checkNow(tasks, taskId);
  response.writeHead(200).end("ok");
});
await new Promise((resolve) => receiver.listen(0, "127.0.0.1", resolve));
const callbackUrl = `http://127.0.0.1:${receiver.address().port}/kie-callback`;

const problems = [];
try {
  const started = Date.now();
  const taskId = await kie.createTask({
    model: "bytedance/seedream-v4-text-to-image",
    callBackUrl: callbackUrl,
    input: { prompt: "a lighthouse at dawn" },
  });
  const task = await poller.waitForTask(tasks, taskId, { timeoutMs: 45_000 });
  const seconds = (Date.now() - started) / 1000;
  console.log(`${taskId} succeeded after ${seconds.toFixed(1)} s: ${task.urls.join(" ")}`);
  // The first scheduled check comes after 24-30 s: an earlier end came through the callback.
  if (seconds > 15) problems.push(`the wait took ${seconds.toFixed(1)} s: the callback did not end it`);
  if (verifiedCallbacks !== 1) problems.push(`${verifiedCallbacks} verified callbacks instead of 1`);

  const forged = await fetch(callbackUrl, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-webhook-timestamp": String(Math.floor(Date.now() / 1000)),
      "x-webhook-signature": Buffer.from("not the signature").toString("base64"),
    },
    body: JSON.stringify({ code: 200, data: { taskId, state: "success" } }),
  });
  console.log(`a forged callback: HTTP ${forged.status}`);
  if (forged.status !== 401) problems.push(`a forged callback was answered ${forged.status} instead of 401`);
} finally {
  receiver.close();
  await mock.close();
}
for (const problem of problems) console.error(`unexpected: ${problem}`);
process.exitCode = problems.length > 0 ? 1 : 0;
