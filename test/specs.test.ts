// Every spec, through the registry: valid examples everywhere, an example for every state the poller meets
// and every documented status, and every JSON example of the seed document the spec started from.
import { describe, expect, it } from "vitest";
import { loadSpec, namedExamples, providers, schemaValidator, seedJson } from "./support/specs.js";

const compile = schemaValidator();

describe.each(providers.map((facts) => [facts.name, facts] as const))("specs/%s.yaml", (_name, facts) => {
  const spec = loadSpec(facts.name);
  const examples = namedExamples(spec);
  const statusExamples = examples.filter((example) => example.path === facts.statusPath);

  it("is OpenAPI 3.1", () => {
    expect(spec.openapi).toMatch(/^3\.1\./);
  });

  it.each(examples.map((example) => [example.label, example] as const))("example %s validates", (_label, example) => {
    const validate = compile(example.schema);
    const valid = validate(example.value);
    expect(validate.errors ?? [], JSON.stringify(example.value).slice(0, 200)).toEqual([]);
    expect(valid).toBe(true);
  });

  it("names an example for every state the poller meets", () => {
    const { queued, running, succeeded, failed, unknownTask } = facts.answers;
    const names = statusExamples.map((example) => example.name);
    const expected = [queued, running, succeeded, failed, unknownTask].flat();
    // The Ace Data task API also answers batches.
    if (facts.family === "acedata") expected.push("batch");
    expect(names).toEqual(expect.arrayContaining(expected));
  });

  it("has an example for every status every operation documents", () => {
    for (const example of examples) expect(example.schema, example.label).toBeDefined();
    const documented = Object.entries<any>(spec.paths).flatMap(([path, item]) =>
      Object.entries<any>(item).flatMap(([method, operation]) =>
        Object.entries<any>(operation.responses ?? {})
          .filter(([, response]) => response.content?.["application/json"])
          .map(([status]) => `${method.toUpperCase()} ${path} ${status}`),
      ),
    );
    const exemplified = new Set(
      examples.map((example) => `${example.method.toUpperCase()} ${example.path} ${example.status}`),
    );
    expect(documented.filter((status) => !exemplified.has(status))).toEqual([]);
  });

  // Registered only where it applies: a provider without it has nothing to test, not a skipped test.
  if (facts.seedDocument !== undefined)
    it("holds every JSON example of its seed document", () => {
      const { answers, curlBodies } = seedJson(facts.seedDocument as string);
      const values = examples.map((example) => example.value);
      for (const seedExample of [...answers, ...curlBodies]) expect(values).toContainEqual(seedExample);
    });
});
