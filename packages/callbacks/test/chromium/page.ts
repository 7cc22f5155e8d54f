// What the Chromium test's page runs: the clients, the stand-alone waits, a poller and the receiver, in the
// browser, against the lifecycle mock on another origin (so every request needs the mock's CORS answers).
import { createCallbacks } from "@gentask/callbacks";
import { connectProvider, type ProviderFacts, providerRegistry, withValueAtPointer } from "@gentask/core";
import { createPoller, waitForTask } from "@gentask/poller";

interface PageResult {
  provider: string;
  standalone: string;
  poller: string[];
  callback: string;
  forged: number;
}

declare global {
  interface Window {
    gentaskResults?: PageResult[];
    gentaskError?: string;
  }
}

const mockUrl = new URLSearchParams(location.search).get("mock") as string;
const secret = "a-browser-test-secret-of-32-characters-or-more";

async function run(facts: ProviderFacts): Promise<PageResult> {
  const connection = connectProvider(facts, { apiKey: "test-key", baseUrl: mockUrl });
  const body = (prompt: string) => withValueAtPointer(facts.common.body, facts.common.promptPointer, prompt);
  const start = (prompt: string) => connection.start(facts.common.operationId, body(prompt));

  const single = await waitForTask(connection.tasks, await start("a paper boat"), { timeoutMs: 30_000 });
  const ids = await Promise.all([start("a kite"), start("a kettle [fail]")]);
  const outcomes = await createPoller().waitForTasks(connection.tasks, ids, { timeoutMs: 30_000 });

  // The receiver in the page: a hybrid wait ended by a callback handed to it as a Request.
  const callbacks = createCallbacks({ url: `${location.origin}/callbacks`, secret, backstopMs: 10 * 60_000 });
  let minted = "";
  const handle = await callbacks.start(connection.tasks, (callbackUrl) => {
    minted = callbackUrl;
    // The mock would POST to this unreachable URL; only the page's own Request reaches the receiver.
    return connection.start(facts.common.operationId, {
      ...body("a lighthouse"),
      [facts.callbackUrlField]: "http://127.0.0.1:9/unreachable",
    });
  });
  const wait = callbacks.waitForTask(connection.tasks, handle, { timeoutMs: 30_000 });
  const callbackBody = facts.family === "kie" ? { data: { taskId: handle.taskId } } : { task_id: handle.taskId };
  const deliver = (url: string) =>
    callbacks.handle(new Request(url, { method: "POST", body: JSON.stringify(callbackBody) }));
  const forged = await deliver(`${location.origin}/callbacks`);
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  const accepted = await deliver(minted);
  const task = await wait;
  return {
    provider: facts.name,
    standalone: single.state,
    poller: outcomes.map((outcome) => outcome.status),
    callback: `${accepted.status} ${task.state}`,
    forged: forged.status,
  };
}

Promise.all(Object.values(providerRegistry as Record<string, ProviderFacts>).map(run)).then(
  (results) => {
    window.gentaskResults = results;
  },
  (error: unknown) => {
    window.gentaskError = String(error);
  },
);
