// A lifecycle mock and a receiver on real 127.0.0.1 sockets, driven by one virtual clock: the test moves time,
// then waits until no request is in flight, so what it counts does not depend on the machine's speed.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { connectProvider, type ProviderConnection, type ProviderFacts, withValueAtPointer } from "@gentask/core";
import { type CallbackFaults, type LifecycleServer, startLifecycleServer } from "@gentask/mock";
import { createVirtualClock, type VirtualClock } from "@gentask/poller/testing";
import { type Callbacks, type CallbacksOptions, createCallbacks } from "../src/index.js";
import { toNodeListener } from "../src/node.js";

export const SECRET = "a-test-secret-of-at-least-32-characters";
export const QUEUED_MS = 1_000;
export const RUNNING_MS = 2_000;

export interface Harness {
  clock: VirtualClock;
  mock: LifecycleServer;
  callbacks: Callbacks;
  connection: ProviderConnection;
  /** The receiver's public URL (the route the callbacks go to). */
  receiverUrl: string;
  /** Status requests the client sent so far. */
  readonly statusReads: number;
  /** Background work the receiver handed to `waitUntil`. */
  background: Promise<unknown>[];
  /** The callback URL minted for each task started here. */
  callbackUrls: Map<string, string>;
  /** Starts a task of the provider's common case with a callback (through `callbacks`, default the harness's). */
  start(prompt?: string, through?: Callbacks): ReturnType<Callbacks["start"]>;
  /** Moves virtual time by `ms` in steps of `stepMs`, delivering the mock's due callbacks and settling I/O at each. */
  advance(ms: number, stepMs?: number): Promise<void>;
  /** Waits until no request of the client, the mock or the receiver is in flight. */
  quiet(): Promise<void>;
  /** Moves time in small steps until `promise` settled (at most `limitMs` of virtual time); resolves its outcome. */
  settle<Value>(promise: Promise<Value>, limitMs?: number): Promise<PromiseSettledResult<Value>>;
  close(): Promise<void>;
}

const realTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function startHarness(
  facts: ProviderFacts,
  options: {
    callbacks?: Partial<CallbacksOptions>;
    faults?: CallbackFaults;
    runningMs?: number;
    queuedMs?: number;
  } = {},
): Promise<Harness> {
  const clock = createVirtualClock({ start: 1_766_000_000_000 });
  let inFlight = 0;
  let statusReads = 0;
  const counted = <Value>(work: Promise<Value>): Promise<Value> => {
    inFlight += 1;
    return work.finally(() => {
      inFlight -= 1;
    });
  };
  const mock = await startLifecycleServer({
    queuedMs: options.queuedMs ?? QUEUED_MS,
    runningMs: options.runningMs ?? RUNNING_MS,
    now: () => clock.now(),
    providers: [facts.name],
    callbackFaults: options.faults,
  });
  const connection = connectProvider(facts, {
    apiKey: "test-key",
    baseUrl: mock.url,
    fetch: (request) => {
      if (new URL(request.url).pathname === facts.statusPath) statusReads += 1;
      return counted(fetch(request));
    },
  });
  const background: Promise<unknown>[] = [];
  const callbackUrls = new Map<string, string>();
  let receiverUrl = "";
  const server: Server = createServer((request, response) => {
    inFlight += 1;
    response.on("close", () => {
      inFlight -= 1;
    });
    listener(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  receiverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/callbacks`;
  const callbacks = createCallbacks({
    url: receiverUrl,
    secret: SECRET,
    clock,
    random: () => 0.5,
    ...options.callbacks,
  });
  const listener = toNodeListener((request) =>
    callbacks.handle(request, { waitUntil: (work) => background.push(counted(work)) }),
  );

  const quiet = async () => {
    // A few turns with nothing in flight: an answer's continuation may start the next request.
    for (let calm = 0; calm < 3; ) {
      await realTurn();
      if (inFlight > 0) {
        calm = 0;
        await new Promise((resolve) => setTimeout(resolve, 1));
      } else calm += 1;
    }
  };

  return {
    clock,
    mock,
    callbacks,
    connection,
    receiverUrl,
    get statusReads() {
      return statusReads;
    },
    background,
    callbackUrls,
    async start(prompt = "a lighthouse at dusk", through = callbacks) {
      const body = withValueAtPointer(facts.common.body, facts.common.promptPointer, prompt);
      let minted = "";
      const handle = await through.start(connection.tasks, (callbackUrl) => {
        minted = callbackUrl;
        return connection.start(facts.common.operationId, { ...body, [facts.callbackUrlField]: callbackUrl });
      });
      callbackUrls.set(handle.taskId, minted);
      return handle;
    },
    async advance(ms, stepMs = 250) {
      for (let passed = 0; passed < ms; passed += stepMs) {
        await clock.advance(Math.min(stepMs, ms - passed));
        await quiet();
        await mock.deliverDueCallbacks();
        await quiet();
      }
    },
    quiet,
    async settle<Value>(promise: Promise<Value>, limitMs = 60_000): Promise<PromiseSettledResult<Value>> {
      let outcome: PromiseSettledResult<Value> | undefined;
      promise.then(
        (value) => {
          outcome = { status: "fulfilled", value };
        },
        (reason: unknown) => {
          outcome = { status: "rejected", reason };
        },
      );
      for (let passed = 0; outcome === undefined && passed <= limitMs; passed += 50) {
        await quiet();
        if (outcome === undefined) await clock.advance(50);
      }
      if (outcome === undefined) throw new Error(`did not settle within ${limitMs} ms of virtual time`);
      return outcome;
    },
    async close() {
      await mock.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
