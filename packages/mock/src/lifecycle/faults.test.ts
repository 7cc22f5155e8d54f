// The lifecycle mock's callback faults, for every provider of the registry: dropped, repeated, late and
// forged callbacks, picked per task by a seeded random.
import {
  connectProvider,
  type ProviderFacts,
  providerRegistry,
  verifyKieWebhook,
  withValueAtPointer,
} from "@gentask/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startCallbackReceiver } from "../../../../test/support/callback-receiver.js";
import { type CallbackFault, type LifecycleServer, MOCK_KIE_WEBHOOK_SECRET, startLifecycleServer } from "./server.js";

const QUEUED_MS = 1_000;
const RUNNING_MS = 2_000;
const LATE_MS = 10_000;
const providers = Object.values(providerRegistry) as ProviderFacts[];
const faults = { dropRate: 0.2, duplicateRate: 0.2, lateRate: 0.2, forgeRate: 0.2, lateMs: LATE_MS, seed: 7 };

let time = 1_766_000_000_000;
let receiver: Awaited<ReturnType<typeof startCallbackReceiver>>;
let server: LifecycleServer;

beforeEach(async () => {
  time = 1_766_000_000_000;
  receiver = await startCallbackReceiver();
});

afterEach(async () => {
  await server?.close();
  await receiver.close();
});

async function startTasks(facts: ProviderFacts, count: number): Promise<string[]> {
  server = await startLifecycleServer({
    queuedMs: QUEUED_MS,
    runningMs: RUNNING_MS,
    now: () => time,
    providers: [facts.name],
    callbackFaults: faults,
  });
  const connection = connectProvider(facts, { apiKey: "k", baseUrl: server.url });
  const ids: string[] = [];
  for (let index = 0; index < count; index++) {
    const body = withValueAtPointer(facts.common.body, facts.common.promptPointer, `prompt ${index}`);
    const callbackUrl = `${receiver.url}/hook?token=t${index}`;
    ids.push(await connection.start(facts.common.operationId, { ...body, [facts.callbackUrlField]: callbackUrl }));
  }
  return ids;
}

/** Moves the fake clock in steps, delivering what is due at each. */
async function advance(ms: number): Promise<void> {
  for (let step = 0; step < ms; step += 500) {
    time += 500;
    await server.deliverDueCallbacks();
  }
}

describe.each(providers.map((facts) => [facts.name, facts] as const))("%s callback faults", (_name, facts) => {
  it("drops, repeats, delays and forges callbacks as the seeded fractions say", async () => {
    const ids = await startTasks(facts, 40);
    const faultOf = new Map(ids.map((id) => [id, server.callbackFault(id) as CallbackFault]));
    const counts = new Map<CallbackFault, number>();
    for (const fault of faultOf.values()) counts.set(fault, (counts.get(fault) ?? 0) + 1);
    // Every fault occurs, and the same seed picks the same tasks for every provider.
    expect([...counts.keys()].sort()).toEqual(["dropped", "duplicated", "forged", "late", "none"]);

    // Halfway through the run: only the forged posts, to the route without its query.
    await advance(QUEUED_MS + RUNNING_MS / 2);
    const forged = receiver.received.filter((callback) => callback.path === "/hook");
    expect(forged).toHaveLength(counts.get("forged") ?? 0);
    expect(receiver.received).toHaveLength(forged.length);
    if (facts.family === "kie") {
      for (const callback of forged) {
        const taskId = (callback.body as { data: { taskId: string } }).data.taskId;
        const valid = await verifyKieWebhook({
          taskId,
          timestamp: callback.headers["x-webhook-timestamp"] as string,
          signature: callback.headers["x-webhook-signature"] as string,
          secret: MOCK_KIE_WEBHOOK_SECRET,
          now: time,
        });
        expect(valid).toBe(false);
      }
    }

    // Finished, one second later: the real callbacks of all but the dropped and late tasks, and the repeats.
    await advance(RUNNING_MS / 2 + 1_000);
    const real = (index: number) => receiver.received.filter((callback) => callback.path === `/hook?token=t${index}`);
    ids.forEach((id, index) => {
      const expected = { none: 1, forged: 1, duplicated: 2, dropped: 0, late: 0 }[faultOf.get(id) as CallbackFault];
      expect(real(index), `${faultOf.get(id)} ${id}`).toHaveLength(expected);
    });
    const repeats = ids.flatMap((id, index) => (faultOf.get(id) === "duplicated" ? [real(index)] : []));
    for (const [first, second] of repeats as [(typeof receiver.received)[0], (typeof receiver.received)[0]][]) {
      expect(second.body).toEqual(first.body);
      expect(second.headers["x-webhook-signature"]).toEqual(first.headers["x-webhook-signature"]);
    }

    // lateMs after the finish: the late ones; the dropped never.
    await advance(LATE_MS);
    ids.forEach((id, index) => {
      const fault = faultOf.get(id);
      if (fault === "late") expect(real(index)).toHaveLength(1);
      if (fault === "dropped") expect(real(index)).toHaveLength(0);
    });
    expect(server.callbackLog.every((delivery) => delivery.status === 200)).toBe(true);
  });
});

describe("callback faults", () => {
  it("refuse fractions out of range or adding up to more than 1", async () => {
    await expect(startLifecycleServer({ callbackFaults: { dropRate: 1.5 } })).rejects.toThrow(/callbackFaults/);
    await expect(startLifecycleServer({ callbackFaults: { dropRate: 0.6, lateRate: 0.6 } })).rejects.toThrow(
      /at most 1/,
    );
    await expect(startLifecycleServer({ callbackFaults: { lateMs: Number.NaN } })).rejects.toThrow(/lateMs/);
  });
});
