import { Ajv2020 } from "ajv/dist/2020.js";
import formats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { loadSpec, namedExamples, seedJson } from "./support/specs.js";

const providers = ["seedream", "seedance", "flux", "veo", "kie"] as const;

function validatorFor(spec: Record<string, unknown>) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  // ajv-formats is CommonJS: its plugin is the module's default export.
  (formats as unknown as { default: (ajv: Ajv2020) => void }).default(ajv);
  ajv.addSchema({ ...spec, $id: "spec" });
  return (pointer: string) => {
    const validate = ajv.getSchema(`spec#${pointer}`);
    if (!validate) throw new Error(`no schema at ${pointer}`);
    return validate;
  };
}

describe.each(providers)("specs/%s.yaml", (provider) => {
  const spec = loadSpec(provider);
  const examples = namedExamples(spec);
  const schemaAt = validatorFor(spec);

  it("is OpenAPI 3.1 with both operations", () => {
    expect(spec.openapi).toMatch(/^3\.1\./);
    const operationIds = examples.map((example) => example.operationId);
    expect(operationIds).toContain("createTask");
    expect(operationIds).toContain(provider === "kie" ? "getTaskRecord" : "retrieveTasks");
  });

  it.each(examples.map((example) => [example.label, example] as const))("example %s validates", (_label, example) => {
    const validate = schemaAt(example.schemaPointer);
    const valid = validate(example.value);
    expect(validate.errors ?? [], JSON.stringify(example.value).slice(0, 200)).toEqual([]);
    expect(valid).toBe(true);
  });

  it("names an example for every state the poller meets", () => {
    const statusExamples = examples.filter(
      (example) =>
        example.operationId === (provider === "kie" ? "getTaskRecord" : "retrieveTasks") && example.status === "200",
    );
    const names = statusExamples.map((example) => example.name);
    const expected =
      provider === "kie"
        ? ["waiting", "queuing", "generating", "succeeded", "failed"]
        : ["pending", "progress", "succeeded", "failed", "notFound", "batch"];
    expect(names).toEqual(expect.arrayContaining(expected));
  });

  it("has an error example for every documented error status", () => {
    const errorStatuses = new Set(
      examples.filter((example) => Number(example.status) >= 400).map((example) => example.status),
    );
    const documented =
      provider === "kie"
        ? ["401", "402", "404", "422", "429", "455", "500", "501", "505"]
        : ["400", "401", "403", "404", "413", "429", "500"];
    expect([...errorStatuses]).toEqual(expect.arrayContaining(documented));
  });

  it("holds every JSON example of the seed document", () => {
    const { answers, curlBodies } = seedJson(provider);
    const values = examples.map((example) => example.value);
    for (const seedExample of [...answers, ...curlBodies]) expect(values).toContainEqual(seedExample);
  });
});
