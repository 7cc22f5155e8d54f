// The receiver and hybrid waits against the lifecycle mock, for one provider of each family in the registry,
// on real 127.0.0.1 sockets and one virtual clock.
import {
  InvalidInputError,
  type ProviderFacts,
  type ProviderFamily,
  providerRegistry,
  signKieWebhook,
} from "@gentask/core";
import { MOCK_KIE_WEBHOOK_SECRET } from "@gentask/mock";
import { TaskFailedError, type TaskOutcome } from "@gentask/poller";
import { afterEach, describe, expect, it } from "vitest";
import { type Harness, QUEUED_MS, RUNNING_MS, SECRET, startHarness } from "../test/harness.js";
import { type CallbackEvent, type CallbackHandle, createCallbacks } from "./index.js";

const families: ProviderFamily[] = ["acedata", "kie"];
const providerOf = (family: ProviderFamily) =>
  (Object.values(providerRegistry) as ProviderFacts[]).find((facts) => facts.family === family) as ProviderFacts;
const DONE_MS = QUEUED_MS + RUNNING_MS;
const BACKSTOP_MS = 60_000;

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

/** Settles a promise into a record, at once, so that no rejection goes unhandled. */
function track<Value>(promise: Promise<Value>) {
  const state: { status?: "fulfilled" | "rejected"; value?: Value; reason?: unknown } = {};
  promise.then(
    (value) => Object.assign(state, { status: "fulfilled", value }),
    (reason: unknown) => Object.assign(state, { status: "rejected", reason }),
  );
  return state;
}

/** The callback body a provider of `facts`'s family sends, shaped by hand: the task id where it belongs. */
function callbackBody(facts: ProviderFacts, taskId: string): Record<string, unknown> {
  return facts.family === "kie"
    ? {
        code: 200,
        msg: "success",
        data: { taskId, state: "success", resultJson: '{"resultUrls":["https://x/y.png"]}' },
      }
    : {
        success: true,
        task_id: taskId,
        data: [{ id: "x", image_url: "https://x/y.png", video_url: "https://x/y.mp4" }],
      };
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

/** kie's signature headers for a task at a time, under a key. */
async function kieHeaders(taskId: string, nowMs: number, key = MOCK_KIE_WEBHOOK_SECRET) {
  const timestamp = String(Math.floor(nowMs / 1000));
  return { "x-webhook-timestamp": timestamp, "x-webhook-signature": await signKieWebhook(taskId, timestamp, key) };
}

describe.each(families.map((family) => [family, providerOf(family)] as const))("%s callbacks", (family, facts) => {
  const signed = family === "kie" ? { kieWebhookSecret: MOCK_KIE_WEBHOOK_SECRET } : {};

  it("end a wait within one status read of the callback, before any backstop poll", async () => {
    harness = await startHarness(facts, { callbacks: { backstopMs: BACKSTOP_MS, ...signed } });
    const handle = await harness.start();
    const wait = track(harness.callbacks.waitForTask(harness.connection.tasks, handle));
    await harness.advance(DONE_MS + 500);
    expect(wait.status).toBe("fulfilled");
    expect(harness.statusReads).toBe(1);
    expect(harness.mock.callbackLog).toEqual([{ taskId: handle.taskId, kind: "callback", status: 200 }]);
  });

  it("poll as a backstop when the callback never comes", async () => {
    harness = await startHarness(facts, { callbacks: { backstopMs: BACKSTOP_MS, ...signed }, faults: { dropRate: 1 } });
    const handle = await harness.start();
    const wait = track(harness.callbacks.waitForTask(harness.connection.tasks, handle));
    await harness.advance(DONE_MS + 500);
    expect(wait.status).toBeUndefined();
    await harness.advance(BACKSTOP_MS, 1_000);
    expect(wait.status).toBe("fulfilled");
    expect(harness.statusReads).toBe(1);
  });

  it("answer a repeated callback 200 without a second read", async () => {
    harness = await startHarness(facts, {
      callbacks: { backstopMs: BACKSTOP_MS, ...signed },
      faults: { duplicateRate: 1 },
    });
    const handle = await harness.start();
    const wait = track(harness.callbacks.waitForTask(harness.connection.tasks, handle));
    await harness.advance(DONE_MS + 2_000);
    expect(wait.status).toBe("fulfilled");
    expect(harness.statusReads).toBe(1);
    expect(harness.mock.callbackLog.map((delivery) => [delivery.kind, delivery.status])).toEqual([
      ["callback", 200],
      ["repeat", 200],
    ]);
  });

  it("reject forged posts with 401, saying nothing of why, and let no forged body end a wait", async () => {
    const events: CallbackEvent[] = [];
    harness = await startHarness(facts, {
      callbacks: { backstopMs: BACKSTOP_MS, onCallback: (event) => events.push(event), ...signed },
      faults: { forgeRate: 1 },
    });
    const handle = await harness.start();
    const other = await harness.start("another");
    const wait = track(harness.callbacks.waitForTask(harness.connection.tasks, handle));
    await harness.advance(QUEUED_MS + RUNNING_MS / 2 + 250);
    // The mock's forgery (no token; kie's signed with a wrong key) was refused.
    expect(harness.mock.callbackLog.filter((delivery) => delivery.kind === "forged")).toEqual([
      { taskId: handle.taskId, kind: "forged", status: 401 },
      { taskId: other.taskId, kind: "forged", status: 401 },
    ]);
    const callbackUrl = harness.callbackUrls.get(handle.taskId) as string;
    const bodies: string[] = [];
    // Another task's URL (a token minted for another task), a token with a flipped character, none at all.
    const otherUrl = harness.callbackUrls.get(other.taskId) as string;
    for (const url of [otherUrl, flip(callbackUrl), harness.receiverUrl]) {
      const answer = await post(
        url,
        callbackBody(facts, handle.taskId),
        await kieHeaders(handle.taskId, harness.clock.now()),
      );
      expect(answer.status).toBe(401);
      bodies.push(await answer.text());
    }
    if (family === "kie") {
      // The right URL, but the signature made with another key, or five minutes and a second old.
      const wrongKey = await kieHeaders(handle.taskId, harness.clock.now(), "another-key");
      const stale = await kieHeaders(handle.taskId, harness.clock.now() - 301_000);
      for (const headers of [wrongKey, stale, {}]) {
        const answer = await post(callbackUrl, callbackBody(facts, handle.taskId), headers);
        expect(answer.status).toBe(401);
        bodies.push(await answer.text());
      }
    } else {
      // Someone who learned the URL claims success while the task runs: the task is read, and the wait goes on.
      const answer = await post(callbackUrl, callbackBody(facts, handle.taskId));
      expect(answer.status).toBe(200);
      await answer.arrayBuffer();
      await harness.advance(250);
      expect(harness.statusReads).toBe(1);
    }
    expect(new Set(bodies)).toEqual(new Set(['{"error":"unauthorized"}']));
    expect(wait.status).toBeUndefined();
    await harness.advance(RUNNING_MS / 2 + 500);
    expect(wait.status).toBe("fulfilled");
    // The token of a task nobody waits on is `unknown_task` for your metrics, and the same 401 for the sender.
    expect(events.filter((event) => event.status === 401).length).toBeGreaterThanOrEqual(5);
  });

  it("answer 401 for a task nobody here waits on, 400 for a malformed body, 413 and 405, with no read", async () => {
    harness = await startHarness(facts, { callbacks: { maxBodyBytes: 4_096, ...signed } });
    const handle = await harness.start();
    const url = harness.callbackUrls.get(handle.taskId) as string;
    const headers = await kieHeaders(handle.taskId, harness.clock.now());
    const unknown = await post(url, callbackBody(facts, handle.taskId), headers);
    expect([unknown.status, await unknown.text()]).toEqual([401, '{"error":"unauthorized"}']);
    for (const body of ["{not json", "[]", { nothing: "here" }]) {
      const answer = await post(url, body, headers);
      expect(answer.status).toBe(400);
      await answer.arrayBuffer();
    }
    const large = await post(url, { padding: "x".repeat(10_000) }, headers);
    expect(large.status).toBe(413);
    await large.arrayBuffer();
    const get = await fetch(url);
    expect([get.status, get.headers.get("allow")]).toEqual([405, "POST"]);
    await get.arrayBuffer();
    expect(harness.statusReads).toBe(0);
  });

  it("check the token before the task: another task's id, known or not, gets the answer of a forged token", async () => {
    const events: CallbackEvent[] = [];
    const saved = new Map<string, CallbackHandle>();
    harness = await startHarness(facts, {
      callbacks: { backstopMs: BACKSTOP_MS, onCallback: (event) => events.push(event), ...signed },
    });
    // A receiver with a findTask that knows every task saved, as a database would.
    const receiver = createCallbacks({
      url: harness.receiverUrl,
      secret: SECRET,
      clock: harness.clock,
      ...signed,
      sources: [harness.connection.tasks],
      findTask: (_provider, taskId) => saved.get(taskId),
      onSettled: () => undefined,
    });
    const mine = await harness.start("mine");
    const waited = await harness.start("waited for");
    saved.set(waited.taskId, waited);
    const wait = track(harness.callbacks.waitForTask(harness.connection.tasks, waited));
    const myUrl = harness.callbackUrls.get(mine.taskId) as string;
    const answers: string[] = [];
    for (const through of [harness.callbacks, receiver]) {
      for (const taskId of [waited.taskId, "a-task-id-nobody-has"]) {
        const answer = await through.handle(
          new Request(myUrl, {
            method: "POST",
            headers: await kieHeaders(taskId, harness.clock.now()),
            body: JSON.stringify(callbackBody(facts, taskId)),
          }),
        );
        answers.push(`${answer.status} ${await answer.text()}`);
      }
    }
    expect(answers).toEqual(Array(4).fill('401 {"error":"unauthorized"}'));
    // Your metrics still tell them apart.
    expect(events.map((event) => event.outcome)).toEqual(["unknown_task", "unknown_task"]);
    await harness.advance(250);
    expect(harness.statusReads).toBe(0);
    expect(wait.status).toBeUndefined();
  });

  it("read the task id from data.task_id as well as data.taskId (kie), and refuse a body with two that differ", async () => {
    harness = await startHarness(facts, { callbacks: { backstopMs: BACKSTOP_MS, ...signed } });
    const handle = await harness.start();
    const wait = track(harness.callbacks.waitForTask(harness.connection.tasks, handle));
    const url = harness.callbackUrls.get(handle.taskId) as string;
    const headers = await kieHeaders(handle.taskId, harness.clock.now());
    if (family === "kie") {
      const twoIds = await post(url, { code: 200, data: { taskId: handle.taskId, task_id: "another" } }, headers);
      expect(twoIds.status).toBe(400);
      await twoIds.arrayBuffer();
    }
    const body =
      family === "kie"
        ? { code: 200, msg: "success", data: { task_id: handle.taskId, state: "success" } }
        : callbackBody(facts, handle.taskId);
    await harness.advance(DONE_MS);
    const answer = await post(url, body, headers);
    expect([answer.status, await answer.json()]).toEqual([200, { received: "accepted" }]);
    await harness.advance(500);
    expect(wait.status).toBe("fulfilled");
  });

  it("recognise a replay re-spelled (whitespace added, the signature without padding, other unused bits, spaces in it)", async () => {
    harness = await startHarness(facts, { callbacks: { backstopMs: BACKSTOP_MS, ...signed } });
    const handle = await harness.start();
    const wait = track(harness.callbacks.waitForTask(harness.connection.tasks, handle));
    await harness.advance(QUEUED_MS + 250);
    const url = harness.callbackUrls.get(handle.taskId) as string;
    const headers = await kieHeaders(handle.taskId, harness.clock.now());
    const body = JSON.stringify(callbackBody(facts, handle.taskId));
    // The captured delivery: accepted, read once (the task still runs).
    const first = await post(url, body, headers);
    expect([first.status, await first.json()]).toEqual([200, { received: "accepted" }]);
    await harness.advance(250);
    expect(harness.statusReads).toBe(1);
    const signature = headers["x-webhook-signature"];
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    const last = signature.at(-2) as string;
    const otherBits = `${signature.slice(0, -2)}${alphabet[alphabet.indexOf(last) ^ 0b11]}=`;
    const replays: [string, Record<string, string>][] = [
      [` ${body}`, headers],
      [body.replace(":", ": "), headers],
      [`${body}\n`, { ...headers, "x-webhook-signature": signature.replace(/=+$/, "") }],
      [body, { ...headers, "x-webhook-signature": otherBits }],
      [body, { ...headers, "x-webhook-signature": `${signature.slice(0, 8)} ${signature.slice(8)}` }],
    ];
    for (const [replayBody, replayHeaders] of replays) {
      const answer = await post(url, replayBody, replayHeaders);
      expect([answer.status, await answer.json()]).toEqual([200, { received: "duplicate" }]);
    }
    await harness.advance(250);
    expect(harness.statusReads).toBe(1);
    expect(wait.status).toBeUndefined();
  });

  it("serverless: a callback finds the saved handle, reads the task once and reports its outcome once", async () => {
    harness = await startHarness(facts);
    const saved = new Map<string, CallbackHandle>();
    const settled: TaskOutcome<unknown>[] = [];
    // The function that receives callbacks is not the one that created: a receiver of its own.
    const receiver = createCallbacks({
      url: harness.receiverUrl,
      secret: SECRET,
      clock: harness.clock,
      ...signed,
      sources: [harness.connection.tasks],
      findTask: (_provider, taskId) => saved.get(taskId),
      onSettled: (outcome) => {
        settled.push(outcome);
      },
    });
    // The function that creates returns at once with the task id and saves the handle (as JSON).
    const handle = await harness.start("a quiet harbour", receiver);
    saved.set(handle.taskId, JSON.parse(JSON.stringify(handle)));
    await harness.clock.advance(DONE_MS);
    const headers = await kieHeaders(handle.taskId, harness.clock.now());
    const body = JSON.stringify(callbackBody(facts, handle.taskId));
    for (const expected of ["accepted", "duplicate"]) {
      const work: Promise<unknown>[] = [];
      const request = new Request(harness.callbackUrls.get(handle.taskId) as string, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body,
      });
      const answer = await receiver.handle(request, { waitUntil: (promise) => work.push(promise) });
      expect([answer.status, await answer.json()]).toEqual([200, { received: expected }]);
      await harness.settle(Promise.all(work));
    }
    expect(settled).toHaveLength(1);
    expect(settled[0]).toMatchObject({ id: handle.taskId, status: "fulfilled", value: { state: "succeeded" } });
    expect(harness.statusReads).toBe(1);

    // A saved handle without the callback id (a plain wait handle) proves nothing: 401, and no read.
    const plain = await harness.start("a plain handle", receiver);
    const { callbackId: _dropped, ...withoutId } = plain;
    saved.set(plain.taskId, withoutId as CallbackHandle);
    const answer = await receiver.handle(
      new Request(harness.callbackUrls.get(plain.taskId) as string, {
        method: "POST",
        headers: await kieHeaders(plain.taskId, harness.clock.now()),
        body: JSON.stringify(callbackBody(facts, plain.taskId)),
      }),
    );
    expect(answer.status).toBe(401);
    expect(harness.statusReads).toBe(1);
  });

  it("serverless: a task that failed is reported as failed; an early callback reports nothing", async () => {
    harness = await startHarness(facts);
    const saved = new Map<string, CallbackHandle>();
    const settled: TaskOutcome<unknown>[] = [];
    const receiver = createCallbacks({
      url: harness.receiverUrl,
      secret: SECRET,
      clock: harness.clock,
      sources: [harness.connection.tasks],
      findTask: (_provider, taskId) => saved.get(taskId),
      onSettled: (outcome) => {
        settled.push(outcome);
      },
    });
    const handle = await harness.start("please [fail] this one", receiver);
    saved.set(handle.taskId, handle);
    const send = async () => {
      const work: Promise<unknown>[] = [];
      // A different body each time (two deliveries of a provider differ), so neither is a duplicate.
      const request = new Request(harness?.callbackUrls.get(handle.taskId) as string, {
        method: "POST",
        body: JSON.stringify({ ...callbackBody(facts, handle.taskId), at: harness?.clock.now() }),
      });
      const answer = await receiver.handle(request, { waitUntil: (promise) => work.push(promise) });
      await harness?.settle(Promise.all(work));
      return answer.status;
    };
    expect(await send()).toBe(200);
    expect(settled).toEqual([]);
    await harness.clock.advance(DONE_MS);
    expect(await send()).toBe(200);
    expect(settled).toHaveLength(1);
    expect((settled[0] as { reason: unknown }).reason).toBeInstanceOf(TaskFailedError);
  });
});

describe("createCallbacks", () => {
  it("refuses bad options with an InvalidInputError naming the option, never showing a secret", () => {
    const url = "https://app.example/api/callbacks";
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ url, secret: "too-short-secret" }, /secret/],
      [{ url: "/api/callbacks", secret: SECRET }, /url/],
      [{ url: "ftp://app.example/x", secret: SECRET }, /url/],
      [{ url, secret: SECRET, toleranceSeconds: Number.NaN }, /toleranceSeconds/],
      [{ url, secret: SECRET, toleranceSeconds: Number.POSITIVE_INFINITY }, /toleranceSeconds/],
      [{ url, secret: SECRET, toleranceSeconds: -1 }, /toleranceSeconds/],
      [{ url, secret: SECRET, backstopMs: 0 }, /backstopMs/],
      [{ url, secret: SECRET, kieWebhookSecret: "" }, /kieWebhookSecret/],
      [{ url, secret: SECRET, findTask: () => undefined }, /onSettled/],
    ];
    for (const [options, message] of cases) {
      let thrown: unknown;
      try {
        createCallbacks(options as never);
      } catch (error) {
        thrown = error;
      }
      expect(thrown, JSON.stringify(options)).toBeInstanceOf(InvalidInputError);
      expect((thrown as Error).message).toMatch(message);
      expect((thrown as Error).message).not.toContain(SECRET);
      expect((thrown as Error).message).not.toContain("too-short-secret");
    }
  });

  it("refuses a start for a source of no known provider, and a wait without the handle of start", async () => {
    const callbacks = createCallbacks({ url: "https://app.example/cb", secret: SECRET });
    const fake = { provider: "nobody", budgetKey: "k", maxBatchSize: 1, rateLimit: { requestsPerSecond: 1, burst: 1 } };
    await expect(callbacks.start(fake as never, () => "id")).rejects.toThrow(/No provider named nobody/);
    await expect(
      callbacks.waitForTask(fake as never, { provider: "nobody", taskId: "t", createdAt: 0 } as never),
    ).rejects.toBeInstanceOf(InvalidInputError);
  });

  it("mints URLs that keep the route's own query and differ for every task", async () => {
    const callbacks = createCallbacks({ url: "https://app.example/cb?tenant=7", secret: SECRET });
    const facts = providerOf("acedata");
    const source = { provider: facts.name } as never;
    const urls: string[] = [];
    for (let index = 0; index < 3; index++) {
      await callbacks.start(source, (callbackUrl) => {
        urls.push(callbackUrl);
        return `task-${index}`;
      });
    }
    expect(new Set(urls).size).toBe(3);
    for (const url of urls) {
      const parsed = new URL(url);
      expect(parsed.searchParams.get("tenant")).toBe("7");
      expect(parsed.searchParams.get("gentask")).toMatch(new RegExp(`^${facts.name}\\.`));
      expect(url).not.toContain(SECRET);
    }
  });
});

function flip(url: string): string {
  const parsed = new URL(url);
  const token = parsed.searchParams.get("gentask") as string;
  const last = token.at(-1) === "A" ? "B" : "A";
  parsed.searchParams.set("gentask", `${token.slice(0, -1)}${last}`);
  return parsed.href;
}
