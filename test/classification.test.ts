// Every documented record shape, as the specs' named examples hold them (the seeds' included),
// classified the way the poller will see it.
import { aceDataTaskSource, classifyAceDataRecord, type TaskState } from "@gentask/core";
import { classifyKieRecord } from "@gentask/kie";
import { describe, expect, it } from "vitest";
import { loadSpec, namedExamples } from "./support/specs.js";

function expectedState(name: string): TaskState | undefined {
  if (name.startsWith("succeeded")) return "succeeded";
  if (name.startsWith("failed")) return "failed";
  if (name === "notFound") return "not_found";
  if (["pending", "progress", "waiting", "queuing", "generating", "nullFields"].includes(name)) return "pending";
  return undefined;
}

describe.each(["seedream", "seedance", "flux", "veo"])("%s task examples", (provider) => {
  const examples = namedExamples(loadSpec(provider)).filter(
    (example) => example.operationId === "retrieveTasks" && example.status === "200",
  );

  it.each(examples.filter((example) => expectedState(example.name)).map((example) => [example.name, example] as const))(
    "classifies %s",
    (name, example) => {
      const status = classifyAceDataRecord(example.value, "the-id");
      expect(status.state).toBe(expectedState(name));
      if (status.state === "succeeded") {
        expect(status.urls.length).toBeGreaterThan(0);
        for (const url of status.urls) expect(url).toMatch(/^https?:\/\//);
      } else {
        expect(status.urls).toEqual([]);
      }
      if (status.state === "failed") expect(status.error?.message).toMatch(/\S/);
    },
  );

  it("maps a batch answer back to the ids asked for, unknown ids as not found", async () => {
    const batch = examples.find((example) => example.name === "batch")?.value as { items: { id: string }[] };
    const ids = [...new Set(batch.items.map((item) => item.id)), "an-unknown-id"];
    const source = aceDataTaskSource({
      provider,
      budgetKey: provider,
      retrieveTask: async () => undefined,
      retrieveTasks: async () => batch.items,
    });
    const statuses = await source.read(ids);
    expect(statuses.map((status) => status.id)).toEqual(ids);
    expect(statuses.at(-1)?.state).toBe("not_found");
    for (const status of statuses.slice(0, -1)) expect(status.state).not.toBe("not_found");
  });
});

describe("kie record examples", () => {
  const examples = namedExamples(loadSpec("kie")).filter(
    (example) => example.operationId === "getTaskRecord" && example.status === "200",
  );

  it.each(examples.map((example) => [example.name, example] as const))("classifies %s", (name, example) => {
    const record = (example.value as { data: unknown }).data;
    const status = classifyKieRecord(record, "the-id");
    const expected = expectedState(name);
    if (expected) expect(status.state).toBe(expected);
    else expect(status.state).not.toBe("not_found");
    if (name === "succeeded" || name === "succeededVideo") expect(status.urls.length).toBeGreaterThan(0);
    if (status.state === "failed") expect(status.error?.message).toMatch(/\S/);
  });
});
