// The clients, the stand-alone waits, a poller per request and the callback receiver in real workerd (the
// `workerd` npm package), with overlapping requests, against the lifecycle mock on 127.0.0.1.
import { fileURLToPath } from "node:url";
import { type ProviderFacts, providerRegistry } from "@gentask/core";
import { type LifecycleServer, MOCK_KIE_WEBHOOK_SECRET, startLifecycleServer } from "@gentask/mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleEntry, startWorkerd, type Workerd } from "./workerd/start-workerd.js";

const providers = Object.values(providerRegistry) as ProviderFacts[];
const SECRET = "a-workerd-test-secret-of-32-characters-at-least";

let mock: LifecycleServer;
let workerd: Workerd;

beforeAll(async () => {
  // Tasks of 2 s: the Worker saves a task's handle right after creating it, well before its callback comes,
  // however loaded the machine.
  mock = await startLifecycleServer({ queuedMs: 1_000, runningMs: 1_000 });
  const source = await bundleEntry(fileURLToPath(new URL("./workerd/worker.ts", import.meta.url)));
  workerd = await startWorkerd(source, {
    MOCK_URL: mock.url,
    CALLBACK_SECRET: SECRET,
    KIE_WEBHOOK_SECRET: MOCK_KIE_WEBHOOK_SECRET,
  });
});

afterAll(async () => {
  await workerd?.stop();
  await mock?.close();
});

async function get(path: string): Promise<{ status: number; body: any }> {
  const answer = await fetch(`${workerd.url}${path}`, { signal: AbortSignal.timeout(60_000) });
  const text = await answer.text();
  try {
    return { status: answer.status, body: JSON.parse(text) };
  } catch {
    return { status: answer.status, body: text };
  }
}

/** Asks until `done` says yes (a real process: bounded in real time, generously for a loaded machine). */
async function until<Value>(ask: () => Promise<Value>, done: (value: Value) => boolean, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await ask();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// Real processes on a loaded 2-core machine: bounds far above the few seconds these take.
describe("in workerd", { timeout: 120_000 }, () => {
  it("serves overlapping requests that each wait with the stand-alone waitForTask, round after round", async () => {
    for (let round = 0; round < 2; round++) {
      const answers = await Promise.all(
        providers.flatMap((facts) => [get(`/wait?provider=${facts.name}`), get(`/wait?provider=${facts.name}`)]),
      );
      for (const answer of answers) {
        expect(answer.status, `${JSON.stringify(answer.body)}\n${workerd.output}`).toBe(200);
        expect(answer.body.urls.length).toBeGreaterThan(0);
      }
    }
  });

  it("batches the stand-alone waits of one request, in overlapping requests", async () => {
    const answers = await Promise.all(providers.map((facts) => get(`/wait-together?provider=${facts.name}`)));
    answers.forEach((answer, index) => {
      const facts = providers[index] as ProviderFacts;
      expect(answer.status, `${JSON.stringify(answer.body)}\n${workerd.output}`).toBe(200);
      expect(answer.body.settled).toBe(3);
      // The three tasks of a request are read together where the provider reads many ids a request.
      expect(Math.max(...answer.body.idsPerRead)).toBe(Math.min(3, facts.batchSize));
    });
  });

  it("waits with a poller made per request, in overlapping requests", async () => {
    const answers = await Promise.all(providers.map((facts) => get(`/poller?provider=${facts.name}`)));
    for (const answer of answers) {
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      expect(answer.body.map((outcome: { status: string }) => outcome.status)).toEqual(["succeeded", "succeeded"]);
    }
  });

  it("creates with a callback and returns; the callback, received by the Worker, finishes the job", async () => {
    const handles = await Promise.all(
      providers.flatMap((facts) => [
        get(`/start?provider=${facts.name}`),
        get(`/start?provider=${facts.name}&prompt=${encodeURIComponent("[fail]")}`),
      ]),
    );
    for (const handle of handles) expect(handle.status, JSON.stringify(handle.body)).toBe(200);
    const results = await Promise.all(
      handles.map((handle) =>
        until(
          () => get(`/result?taskId=${handle.body.taskId}`),
          (result) => result.body.status !== "unknown",
        ),
      ),
    );
    const explain = `${JSON.stringify(mock.callbackLog)}\n${workerd.output.slice(-4_000)}`;
    expect(
      results.map((result) => result.body.status),
      explain,
    ).toEqual(providers.flatMap(() => ["succeeded", "failed"]));
    // Every callback the mock sent was answered 200 by the Worker, and each task reported once.
    await until(
      async () => mock.callbackLog.length,
      (count) => count >= handles.length,
    );
    expect(mock.callbackLog.map((delivery) => delivery.status)).toEqual(handles.map(() => 200));
  });

  it("refuses forged and malformed posts in the Worker, saying nothing of why", async () => {
    const [facts] = providers as [ProviderFacts];
    const post = (path: string, body: string) =>
      fetch(`${workerd.url}${path}`, { method: "POST", body, headers: { "content-type": "application/json" } });
    const forged = await post("/callbacks", JSON.stringify({ task_id: "x", data: { taskId: "x" } }));
    expect([forged.status, await forged.text()]).toEqual([401, '{"error":"unauthorized"}']);
    const malformed = await post(`/callbacks?gentask=${facts.name}.not-a-token`, "{not json");
    expect([malformed.status, await malformed.text()]).toEqual([401, '{"error":"unauthorized"}']);
    const get405 = await fetch(`${workerd.url}/callbacks`);
    expect(get405.status).toBe(405);
    await get405.arrayBuffer();
  });
});
