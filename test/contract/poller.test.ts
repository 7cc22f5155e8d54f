// The poller, the clients and the Prism mocks together: each spec example a poller meets, end to end.
import { ApiError } from "@gentask/core";
import { createFluxClient, fluxTasks } from "@gentask/flux";
import { createKieClient, kieTasks } from "@gentask/kie";
import {
  createPoller,
  fixedSchedule,
  TaskFailedError,
  TaskNotFoundError,
  type TaskSource,
  TaskTimeoutError,
} from "@gentask/poller";
import { createSeedanceClient, seedanceTasks } from "@gentask/seedance";
import { createSeedreamClient, seedreamTasks } from "@gentask/seedream";
import { createVeoClient, veoTasks } from "@gentask/veo";
import { describe, expect, inject, it } from "vitest";
import { loadSpec, namedExamples } from "../support/specs.js";

type SourceFactory = (baseUrl: string, prefer: string) => TaskSource<unknown>;
const sources: Record<string, SourceFactory> = {
  seedream: (baseUrl, prefer) => seedreamTasks(createSeedreamClient({ apiKey: "k", baseUrl, headers: { prefer } })),
  seedance: (baseUrl, prefer) => seedanceTasks(createSeedanceClient({ apiKey: "k", baseUrl, headers: { prefer } })),
  flux: (baseUrl, prefer) => fluxTasks(createFluxClient({ apiKey: "k", baseUrl, headers: { prefer } })),
  veo: (baseUrl, prefer) => veoTasks(createVeoClient({ apiKey: "k", baseUrl, headers: { prefer } })),
  kie: (baseUrl, prefer) => kieTasks(createKieClient({ apiKey: "k", baseUrl, headers: { prefer } })),
};

// Prism answers at once, so a quick schedule keeps these tests short; the deadline still bounds each wait.
const quick = { schedule: fixedSchedule(100, 0), timeoutMs: 5_000 };
const poller = () => createPoller({ notFoundGraceMs: 300, retry: { baseMs: 50, maxMs: 200 } });

describe.each(Object.keys(sources))("waiting on %s through Prism", (provider) => {
  const baseUrl = inject("mockUrls")[provider] as string;
  const source = (prefer: string) => (sources[provider] as SourceFactory)(baseUrl, prefer);

  it("resolves a succeeded task with its media URLs", async () => {
    const task = await poller().waitForTask(source("example=succeeded"), "task-1", quick);
    expect(task).toMatchObject({ id: "task-1", state: "succeeded" });
    expect(task.urls.length).toBeGreaterThan(0);
  });

  it("rejects a failed task with TaskFailedError carrying the id", async () => {
    const error = await poller()
      .waitForTask(source("example=failed"), "task-1", quick)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TaskFailedError);
    expect(error).toMatchObject({ taskId: "task-1" });
  });

  it("times out on a task that stays pending, with its last status", async () => {
    const pendingName = provider === "kie" ? "generating" : "pending";
    const error = await poller()
      .waitForTask(source(`example=${pendingName}`), "task-1", { ...quick, timeoutMs: 600 })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TaskTimeoutError);
    expect(error).toMatchObject({ taskId: "task-1", lastStatus: { state: "pending" } });
  });

  it("rejects an unknown task with TaskNotFoundError after the grace period", async () => {
    const prefer = provider === "kie" ? "code=404" : "example=notFound";
    const error = await poller()
      .waitForTask(source(prefer), "task-1", quick)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TaskNotFoundError);
  });

  it("fails at once on a 401 with the typed ApiError", async () => {
    const error = await poller()
      .waitForTask(source("code=401"), "task-1", quick)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401 });
  });
});

const distinctBatchIds = (provider: string) => {
  const batch = namedExamples(loadSpec(provider)).find(
    (example) => example.operationId === "retrieveTasks" && example.name === "batch",
  )?.value as { items: { id: string }[] };
  return [...new Set(batch.items.map((item) => item.id))];
};

// Veo's seed batch repeats one id: waiting for it is a single `retrieve`, so it cannot exercise the batch.
describe.each(["seedream", "seedance", "flux"])("batched waits on %s through Prism", (provider) => {
  it("resolves every id of the seed's batch answer from retrieve_batch", async () => {
    const baseUrl = inject("mockUrls")[provider] as string;
    const ids = distinctBatchIds(provider);
    expect(ids.length).toBeGreaterThan(1);
    const outcomes = await poller().waitForTasks(
      (sources[provider] as SourceFactory)(baseUrl, "example=batch"),
      ids,
      quick,
    );
    expect(outcomes.map((outcome) => [outcome.id, outcome.status])).toEqual(ids.map((id) => [id, "fulfilled"]));
  });
});
