// The race on a real clock and real sockets: the callback arrives while a slow status read of its task is in
// flight, and that read's answer (taken before the task finished) says "running". The wait must still end
// within one more status read of the callback, not at the next backstop read two minutes later.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import {
  connectProvider,
  type ProviderFacts,
  type ProviderFamily,
  providerRegistry,
  withValueAtPointer,
} from "@gentask/core";
import { type LifecycleServer, MOCK_KIE_WEBHOOK_SECRET, startLifecycleServer } from "@gentask/mock";
import { afterEach, describe, expect, it } from "vitest";
import { createCallbacks } from "../src/index.js";
import { toNodeListener } from "../src/node.js";

const SECRET = "a-test-secret-of-at-least-32-characters";
/** How long a status read takes at the provider, on the way back. */
const READ_MS = 1_000;
/** The backstop after the first read: the wait would end only then if the callback lost the race. */
const BACKSTOP_MS = 120_000;
/** A bound that holds on a loaded 2-core machine and is still far below the backstop. */
const GENEROUS_MS = 20_000;

const families: ProviderFamily[] = ["acedata", "kie"];
const providerOf = (family: ProviderFamily) =>
  (Object.values(providerRegistry) as ProviderFacts[]).find((facts) => facts.family === family) as ProviderFacts;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let mock: LifecycleServer | undefined;
let server: Server | undefined;
afterEach(async () => {
  await mock?.close();
  mock = undefined;
  await new Promise<void>((resolve) => {
    if (server === undefined) return resolve();
    server.close(() => resolve());
    server.closeAllConnections();
  });
  server = undefined;
});

describe.each(families.map((family) => [family, providerOf(family)] as const))("%s, real clock", (family, facts) => {
  it("a callback that arrives during a status read ends its wait within one more read", async () => {
    // The mock's time is real time plus a shift: the task runs until the test moves it past its end.
    let shiftMs = 0;
    mock = await startLifecycleServer({
      queuedMs: 1_000,
      runningMs: 60_000,
      now: () => Date.now() + shiftMs,
      providers: [facts.name],
    });
    const reads: { answeredRunning: boolean }[] = [];
    let firstReadAnswered: () => void = () => undefined;
    const firstReadIsOut = new Promise<void>((resolve) => {
      firstReadAnswered = resolve;
    });
    let callbackDone: () => void = () => undefined;
    const callbackIsAnswered = new Promise<void>((resolve) => {
      callbackDone = resolve;
    });
    const connection = connectProvider(facts, {
      apiKey: "test-key",
      baseUrl: mock.url,
      // A slow provider: the status is taken when the request arrives, and the answer takes READ_MS to come
      // back. The first one is still on its way when the callback is delivered (the test waits for that).
      fetch: async (request) => {
        if (new URL(request.url).pathname !== facts.statusPath) return fetch(request);
        const answer = await fetch(request);
        const text = await answer.text();
        // Before the shift the task runs (it ends 61 s after its start): the answer says so.
        const read = { answeredRunning: shiftMs === 0 };
        reads.push(read);
        if (reads.length === 1) {
          firstReadAnswered();
          await callbackIsAnswered;
          await sleep(READ_MS / 2);
        } else await sleep(READ_MS);
        return new Response(text, { status: answer.status, headers: answer.headers });
      },
    });
    server = createServer((request, response) => listener(request, response));
    await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
    const callbacks = createCallbacks({
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/callbacks`,
      secret: SECRET,
      kieWebhookSecret: family === "kie" ? MOCK_KIE_WEBHOOK_SECRET : undefined,
      backstopMs: BACKSTOP_MS,
    });
    const listener = toNodeListener((request) => callbacks.handle(request));

    const body = withValueAtPointer(facts.common.body, facts.common.promptPointer, "a lighthouse at dusk");
    const handle = await callbacks.start(connection.tasks, (callbackUrl) =>
      connection.start(facts.common.operationId, { ...body, [facts.callbackUrlField]: callbackUrl }),
    );
    // One read soon after the start, then the backstop.
    let endedAt: number | undefined;
    const wait = callbacks
      .waitForTask(connection.tasks, handle, {
        schedule: (_ageMs, attempt) => (attempt === 0 ? 200 : BACKSTOP_MS),
        timeoutMs: 10 * 60_000,
      })
      .then((task) => {
        endedAt = performance.now();
        return task;
      });
    await firstReadIsOut;
    expect(reads).toEqual([{ answeredRunning: true }]);
    // The task finishes; its callback is delivered (and answered 200) while the first read is on its way.
    shiftMs = 62_000;
    const callbackAt = performance.now();
    await mock.deliverDueCallbacks();
    expect(mock.callbackLog).toEqual([{ taskId: handle.taskId, kind: "callback", status: 200 }]);
    callbackDone();
    const task = await Promise.race([
      wait,
      sleep(GENEROUS_MS).then(() => {
        throw new Error(`the wait did not end within ${GENEROUS_MS} ms of the callback`);
      }),
    ]);
    expect(task.state).toBe("succeeded");
    const delayMs = (endedAt as number) - callbackAt;
    // The rest of the stale read (READ_MS / 2), then one more read (READ_MS): never the backstop.
    expect(delayMs).toBeGreaterThanOrEqual(READ_MS);
    expect(delayMs).toBeLessThan(GENEROUS_MS);
    expect(reads).toEqual([{ answeredRunning: true }, { answeredRunning: false }]);
  });
});
