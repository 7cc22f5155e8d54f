import { describe, expect, it } from "vitest";
import { modelRefusal, providerFacts, providerNames } from "./providers.js";

describe("--model", () => {
  const facts = providerFacts(providerNames[0] as string);
  // The same provider as a spec without a model would make it: no modelPointer, no model.
  const { modelPointer: _pointer, model: _model, ...common } = facts.common;
  const withoutModel = { ...facts, common };

  it("applies to a provider whose spec says where the model goes", () => {
    expect(facts.common.modelPointer).toMatch(/^\//);
    expect(modelRefusal(facts, "another-model")).toBeUndefined();
  });

  it("is refused, naming the provider, for a provider without a model", () => {
    expect(modelRefusal(withoutModel, "ray-2")).toBe(
      `${facts.name} has no model to choose: its requests name none, so --model does not apply.`,
    );
    expect(modelRefusal(withoutModel, undefined)).toBeUndefined();
  });
});
