// The records the lifecycle mock fills in are each task's own: ids, prompt and times.
import {
  connectProvider,
  type ProviderFacts,
  providerRegistry,
  statusAnswerRecord,
  withValueAtPointer,
} from "@gentask/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadSpec, namedExamples } from "../spec-documents.js";
import { firstAt } from "./fill.js";
import { type LifecycleServer, startLifecycleServer } from "./server.js";

const QUEUED_MS = 1_500;
const RUNNING_MS = 4_000;
const providers = Object.values(providerRegistry) as ProviderFacts[];

let time = 1_766_000_000_000;
let server: LifecycleServer;

beforeEach(async () => {
  time = 1_766_000_000_000;
  server = await startLifecycleServer({ queuedMs: QUEUED_MS, runningMs: RUNNING_MS, now: () => time });
});
afterEach(async () => {
  await server.close();
});

/** Reads a task's record as the status operation answers it (kie: inside its envelope). */
async function readRecord(facts: ProviderFacts, taskId: string): Promise<Record<string, unknown>> {
  const headers = { authorization: "Bearer test-key", "content-type": "application/json" };
  const response =
    facts.family === "kie"
      ? await fetch(`${server.url}${facts.statusPath}?taskId=${taskId}`, { headers })
      : await fetch(`${server.url}${facts.statusPath}`, {
          method: "POST",
          headers,
          body: JSON.stringify({ action: "retrieve", id: taskId }),
        });
  return statusAnswerRecord(facts.family, await response.json()) as Record<string, unknown>;
}

const timeMs = (value: unknown, unit: string) =>
  unit === "seconds"
    ? Number(value) * 1000
    : unit === "milliseconds"
      ? Number(value)
      : Date.parse(String(value).includes("T") ? String(value) : `${String(value).replace(" ", "T")}Z`);

describe.each(providers.map((facts) => [facts.name, facts] as const))("%s records", (name, facts) => {
  const connection = () => connectProvider(facts, { apiKey: "test-key", baseUrl: server.url });
  const start = (prompt: string) =>
    connection().start(
      facts.common.operationId,
      withValueAtPointer(facts.common.body, facts.common.promptPointer, prompt),
    );

  it("gives each task ids of its own, and the same ones on every read", async () => {
    const first = await start("a red kite");
    const second = await start("a blue kite");
    time += QUEUED_MS + RUNNING_MS;
    const [one, two, again] = [
      await readRecord(facts, first),
      await readRecord(facts, second),
      await readRecord(facts, first),
    ];
    expect(again).toEqual(one);
    const own = (record: unknown) =>
      ["_id", "trace_id", "response/trace_id", "response/data/id", "resultJson"].map((path) => firstAt(record, path));
    const [ownOfOne, ownOfTwo] = [own(one), own(two)];
    const compared = ownOfOne.flatMap((value, index) =>
      typeof value === "string" && typeof ownOfTwo[index] === "string" ? [[value, ownOfTwo[index]]] : [],
    );
    expect(compared.length).toBeGreaterThan(0);
    for (const [mine, theirs] of compared) expect(theirs).not.toBe(mine);
    expect(JSON.stringify(one)).toContain(first);
    expect(JSON.stringify(one)).not.toContain(second);
  });

  it("echoes the request's own prompt, never the example's", async () => {
    const prompt = 'a kite with "quotes" over the dunes';
    const taskId = await start(prompt);
    time += QUEUED_MS + RUNNING_MS;
    const record = await readRecord(facts, taskId);
    const text = JSON.stringify(record);
    const examplePrompts = namedExamples(loadSpec(name))
      .filter((example) => example.path === facts.statusPath && example.name === facts.answers.succeeded)
      .map((example) => JSON.stringify(example.value).match(/"prompt":"((?:[^"\\]|\\.)*)"/)?.[1])
      .filter((found): found is string => found !== undefined && found !== "");
    for (const examplePrompt of examplePrompts) expect(text).not.toContain(examplePrompt);
    if (examplePrompts.length > 0) expect(text).toContain(JSON.stringify(prompt).slice(1, -1));
    // A result that is JSON text stays JSON with the quotes in the prompt.
    expect(connection().tasks.classify(record, taskId)).toMatchObject({ state: "succeeded" });
  });

  it("reports the task's own created, started and finished times", async () => {
    const taskId = await start("a paper kite");
    const created = time;
    time += QUEUED_MS + RUNNING_MS + 7_000; // read well after it finished
    const record = await readRecord(facts, taskId);
    const expected = {
      created,
      started: created + QUEUED_MS,
      finished: created + QUEUED_MS + RUNNING_MS,
      updated: created + QUEUED_MS + RUNNING_MS,
    };
    const checked = (facts.record.times ?? []).filter((entry) => entry.moment !== undefined);
    expect(checked.length).toBeGreaterThan(0);
    for (const entry of checked) {
      const value = firstAt(record, entry.path);
      if (value === undefined) continue; // the example of this phase has no such time
      const tolerance = entry.unit === "datetime" ? 1_000 : 10;
      expect(
        Math.abs(timeMs(value, entry.unit) - expected[entry.moment as keyof typeof expected]),
        entry.path,
      ).toBeLessThanOrEqual(tolerance);
    }
    const createdTime = checked.find((entry) => entry.moment === "created");
    const finishedTime = checked.find((entry) => entry.moment === "finished");
    const [createdValue, finishedValue] = [createdTime, finishedTime].map(
      (entry) => entry && firstAt(record, entry.path),
    );
    if (createdTime && finishedTime && createdValue !== undefined && finishedValue !== undefined) {
      const run = timeMs(finishedValue, finishedTime.unit) - timeMs(createdValue, createdTime.unit);
      expect(Math.abs(run - (QUEUED_MS + RUNNING_MS))).toBeLessThanOrEqual(1_000);
    }
  });
});
