import { createFleet, redisRateBudget } from "@gentask/fleet";
import { createPoller } from "@gentask/poller";
import { createVeoClient, veoTasks } from "@gentask/veo";

const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const fleet = createFleet<{ userId: string }>({ connection: redisUrl });

// Producer (a web process): create the task, then record it to track.
const veo = createVeoClient(); // ACEDATA_API_KEY from this process's environment
const taskId = await veo.createTask({ action: "text2video", model: "veo3-fast", prompt: "a paper boat in the rain" });
await fleet.track({ provider: "veo", taskId, timeoutMs: 20 * 60_000, metadata: { userId: "u-42" } });

// Worker (on any machine, as many as you like): its clients, and so its keys, come from its own code.
const worker = fleet.startWorker({ sources: { veo: veoTasks(veo) } });

// Any process: await one task by its id, or hear of every outcome.
const outcome = await fleet.result("veo", taskId);
if (outcome.status === "succeeded") console.log(outcome.urls, outcome.metadata?.userId);
const stop = fleet.subscribe((done) => console.log(done.taskId, done.status));

// A provider's callback reaching any process: the worker that holds the task checks it at once.
await fleet.checkNow("veo", taskId);

stop();
await worker.close(); // hands the tasks it holds back to the queue, for another worker
await fleet.close();

// Only the shared rate budget, for a poller of your own in each process:
const poller = createPoller({ rateBudget: redisRateBudget({ connection: redisUrl }) });
await poller.waitForTask(veoTasks(veo), taskId);
