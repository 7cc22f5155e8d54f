// The poller, the clients and the Prism mocks together: each spec example a poller meets, end to end.
import { ApiError, type ProviderFacts } from "@gentask/core";
import {
  createPoller,
  fixedSchedule,
  TaskFailedError,
  TaskNotFoundError,
  type TaskSource,
  TaskTimeoutError,
} from "@gentask/poller";
import { describe, expect, inject, it } from "vitest";
import { providerPackage } from "../support/clients.js";
import { family, loadSpec, namedExamples, providers } from "../support/specs.js";

/** The `Prefer` header that makes Prism answer the status operation's example `name`, with its status code. */
function preferExample(facts: ProviderFacts, name: string): string {
  const example = namedExamples(loadSpec(facts.name)).find(
    (candidate) => candidate.path === facts.statusPath && candidate.name === name && candidate.status !== "request",
  );
  return `code=${example?.status ?? 200}, example=${name}`;
}

async function sourceFor(facts: ProviderFacts, prefer: string): Promise<TaskSource<unknown>> {
  const pkg = await providerPackage(facts);
  return pkg.tasks(pkg.createClient({ apiKey: "k", baseUrl: inject("mockUrls")[facts.name], headers: { prefer } }));
}

// Prism answers at once, so a quick schedule keeps these tests short; the deadline still bounds each wait.
const quick = { schedule: fixedSchedule(100, 0), timeoutMs: 5_000 };
const poller = () => createPoller({ notFoundGraceMs: 300, retry: { baseMs: 50, maxMs: 200 } });

describe.each(providers.map((facts) => [facts.name, facts] as const))("waiting on %s through Prism", (_name, facts) => {
  const { answers } = facts;

  it("resolves a succeeded task with its media URLs", async () => {
    const task = await poller().waitForTask(
      await sourceFor(facts, preferExample(facts, answers.succeeded)),
      "task-1",
      quick,
    );
    expect(task).toMatchObject({ id: "task-1", state: "succeeded" });
    expect(task.urls.length).toBeGreaterThan(0);
  });

  it("rejects a failed task with TaskFailedError carrying the id", async () => {
    const error = await poller()
      .waitForTask(await sourceFor(facts, preferExample(facts, answers.failed)), "task-1", quick)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TaskFailedError);
    expect(error).toMatchObject({ taskId: "task-1" });
  });

  it("times out on a task that stays pending, with its last status", async () => {
    const pendingName = [answers.running].flat()[0];
    const error = await poller()
      .waitForTask(await sourceFor(facts, preferExample(facts, pendingName as string)), "task-1", {
        ...quick,
        timeoutMs: 600,
      })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TaskTimeoutError);
    expect(error).toMatchObject({ taskId: "task-1", lastStatus: { state: "pending" } });
  });

  it("rejects an unknown task with TaskNotFoundError after the grace period", async () => {
    const error = await poller()
      .waitForTask(await sourceFor(facts, preferExample(facts, answers.unknownTask)), "task-1", quick)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TaskNotFoundError);
  });

  it("fails at once on a 401 with the typed ApiError", async () => {
    const error = await poller()
      .waitForTask(await sourceFor(facts, "code=401"), "task-1", quick)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401 });
  });
});

const distinctBatchIds = (facts: ProviderFacts) => {
  const batch = namedExamples(loadSpec(facts.name)).find(
    (example) => example.path === facts.statusPath && example.name === "batch",
  )?.value as { items: { id: string }[] };
  return [...new Set(batch.items.map((item) => item.id))];
};

// A batch example that repeats one id is a single `retrieve` to the poller: it cannot exercise the batch.
const batchable = family("acedata").filter((facts) => distinctBatchIds(facts).length > 1);
describe.each(batchable.map((facts) => [facts.name, facts] as const))(
  "batched waits on %s through Prism",
  (_name, facts) => {
    it("resolves every id of the batch example from retrieve_batch", async () => {
      const ids = distinctBatchIds(facts);
      const outcomes = await poller().waitForTasks(await sourceFor(facts, "example=batch"), ids, quick);
      expect(outcomes.map((outcome) => [outcome.id, outcome.status])).toEqual(ids.map((id) => [id, "fulfilled"]));
    });
  },
);
