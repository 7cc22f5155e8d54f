// Every documented record shape, as the specs' named examples hold them (the seeds' included), classified
// the way the poller will see it, for every provider of the registry.
import { aceDataTaskSource, classifyTaskRecord, type ProviderFacts, type TaskState } from "@gentask/core";
import { describe, expect, it } from "vitest";
import { family, loadSpec, namedExamples, providers } from "./support/specs.js";

function expectedState(facts: ProviderFacts, name: string): TaskState | undefined {
  const { queued, running, succeeded, failed, unknownTask } = facts.answers;
  if ([queued, running].flat().includes(name)) return "pending";
  if (name === unknownTask) return "not_found";
  if (name.startsWith(succeeded)) return "succeeded";
  if (name.startsWith(failed)) return "failed";
  if (name === "nullFields") return "pending";
  return undefined;
}

/** The record inside a status answer: kie wraps it in an envelope. */
const recordOf = (facts: ProviderFacts, value: unknown) =>
  facts.family === "kie" ? (value as { data?: unknown }).data : value;

describe.each(providers.map((facts) => [facts.name, facts] as const))("%s task examples", (name, facts) => {
  const examples = namedExamples(loadSpec(name)).filter(
    (example) => example.path === facts.statusPath && example.status === "200" && example.name !== "batch",
  );

  it.each(examples.map((example) => [example.name, example] as const))("classifies %s", (exampleName, example) => {
    const status = classifyTaskRecord(facts, recordOf(facts, example.value), "the-id");
    const expected = expectedState(facts, exampleName);
    if (expected) expect(status.state).toBe(expected);
    else expect(status.state).not.toBe("not_found");
    if (status.state === "succeeded" && exampleName === facts.answers.succeeded) {
      expect(status.urls.length).toBeGreaterThan(0);
    }
    for (const url of status.urls) expect(url).toMatch(/^https?:\/\//);
    if (status.state !== "succeeded") expect(status.urls).toEqual([]);
    if (status.state === "failed") expect(status.error?.message).toMatch(/\S/);
  });
});

describe.each(family("acedata").map((facts) => [facts.name, facts] as const))("%s batch example", (name, facts) => {
  it("maps a batch answer back to the ids asked for, unknown ids as not found", async () => {
    const batch = namedExamples(loadSpec(name)).find(
      (example) => example.path === facts.statusPath && example.name === "batch",
    )?.value as { items: { id: string }[] };
    const ids = [...new Set(batch.items.map((item) => item.id)), "an-unknown-id"];
    const source = aceDataTaskSource(
      {
        provider: name,
        budgetKey: name,
        facts,
        redact: (text) => text,
        retrieveTask: async () => undefined,
        retrieveTasks: async () => batch.items,
      },
      facts,
    );
    const statuses = await source.read(ids);
    expect(statuses.map((status) => status.id)).toEqual(ids);
    expect(statuses.at(-1)?.state).toBe("not_found");
    for (const status of statuses.slice(0, -1)) expect(status.state).not.toBe("not_found");
  });
});
