// The conventions of docs/spec-conventions.md that the types rely on, checked on every Ace Data spec: request
// bodies are closed (one closed schema per action), a record's `request` stays tolerant of every body, and
// the common operation's model is an open set with known values.
import { describe, expect, it } from "vitest";
import { knownValuesOf } from "../scripts/lib/provider-registry.mjs";
import { family, loadSpec, namedExamples, type SpecDocument, schemaValidator } from "./support/specs.js";

const compile = schemaValidator();

/** The alternatives of a body schema: the members of its `oneOf`/`anyOf`, or the schema itself. */
const variantsOf = (schema: SpecDocument): SpecDocument[] => schema.oneOf ?? schema.anyOf ?? [schema];

describe.each(family("acedata").map((facts) => [facts.name, facts] as const))("specs/%s.yaml", (name, facts) => {
  const spec = loadSpec(name);
  const bodyOf = (path: string) => spec.paths[path].post.requestBody.content["application/json"].schema;
  const requestPaths = [...Object.values(facts.starters), facts.statusPath];
  const requestExamples = namedExamples(spec).filter(
    (example) => example.status === "request" && Object.values(facts.starters).includes(example.path),
  );
  const recordRequest = spec.components.schemas.TaskRecord.properties.request;

  it.each(requestPaths)("refuses fields POST %s does not list, in every variant of its body", (path) => {
    for (const variant of variantsOf(bodyOf(path))) {
      expect(variant.type, `${path}: ${variant.description}`).toBe("object");
      expect(variant.additionalProperties, `${path}: ${variant.description}`).toBe(false);
    }
  });

  it("keeps every body of every start operation in a record's request, with fields it does not know", () => {
    expect(requestExamples.length).toBeGreaterThan(0);
    for (const { label, value, path } of requestExamples) {
      const withUnknownField = { ...(value as object), field_added_later: true };
      expect(compile(recordRequest)(withUnknownField), label).toBe(true);
      expect(compile(bodyOf(path))(withUnknownField), label).toBe(false);
    }
  });

  it("offers known models at the common operation's model field, and takes any other", () => {
    const body = bodyOf(facts.starters[facts.common.operationId] as string);
    const pointer = facts.common.modelPointer;
    if (pointer === undefined) {
      // A provider whose requests name no model: its bodies have no model field to offer values for.
      for (const variant of variantsOf(body)) expect(variant.properties?.model).toBeUndefined();
      return;
    }
    const field = pointer.slice(1);
    const models = variantsOf(body).map((variant) => knownValuesOf(variant.properties?.[field]));
    for (const known of models) expect(known?.length ?? 0).toBeGreaterThan(0);
    const tomorrow = { ...facts.common.body, [field]: "a-model-released-tomorrow" };
    expect(compile(body)(tomorrow)).toBe(true);
  });
});
