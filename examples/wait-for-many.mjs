// Waiting for many tasks from a Node script: creates tasks on the lifecycle mock through @gentask/veo, waits for
// all of them with one watchTasks loop and prints one line per outcome, in the order they finish. Every fifth
// task asks the mock to fail. Exits 1 if any task ends otherwise than asked.
//
//   node examples/wait-for-many.mjs [count]       (count defaults to 12)
//
// Against the real API, drop the mock and create the client with `createVeoClient()` (ACEDATA_API_KEY).
import { startLifecycleServer } from "@gentask/mock";
import { TaskFailedError, watchTasks } from "@gentask/poller";
import { createVeoClient, veoTasks } from "@gentask/veo";

const count = Number(process.argv[2] ?? 12);
if (!Number.isInteger(count) || count < 1) {
  console.error("Usage: node examples/wait-for-many.mjs [count]");
  process.exit(2);
}

// Tasks are queued for 0.3 s, then run for 0.7 s: the poller's first check, after 2-3 s, finds most of them done.
const mock = await startLifecycleServer({ queuedMs: 300, runningMs: 700 });
let unexpected = 0;
try {
  const veo = createVeoClient({ apiKey: "example-key", baseUrl: mock.url });
  const prompts = Array.from({ length: count }, (_, index) =>
    // "[fail]" in a prompt makes the mock fail the task.
    index % 5 === 4 ? `clip ${index + 1} [fail]` : `clip ${index + 1}`,
  );
  const taskIds = await Promise.all(
    prompts.map((prompt) => veo.createTask({ action: "text2video", model: "veo3-fast", prompt })),
  );
  const askedToFail = new Set(taskIds.filter((_, index) => prompts[index].includes("[fail]")));

  const started = Date.now();
  for await (const outcome of watchTasks(veoTasks(veo), taskIds, { timeoutMs: 60_000 })) {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const expected = askedToFail.has(outcome.id) ? "failed" : "succeeded";
    let ended;
    if (outcome.status === "fulfilled") {
      ended = "succeeded";
      console.log(`${seconds}s ${outcome.id} succeeded ${outcome.value.urls.join(" ")}`);
    } else {
      ended = outcome.reason instanceof TaskFailedError ? "failed" : "error";
      console.log(`${seconds}s ${outcome.id} ${ended}: ${outcome.reason.message}`);
    }
    if (ended !== expected) {
      unexpected++;
      console.log(`  unexpected: the task was asked to end ${expected}`);
    }
  }
  const failed = askedToFail.size;
  console.log(`${count} tasks: ${count - failed} succeeded, ${failed} failed as asked, ${unexpected} unexpected`);
} finally {
  await mock.close();
}
process.exitCode = unexpected > 0 ? 1 : 0;
