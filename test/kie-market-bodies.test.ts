// kie's createTask body in specs/kie.yaml: one schema per typed Market model and an open branch for any
// other model. The generator's check that the known ids agree, and the schema as the mock validates it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { openDiscriminatedUnions } from "../scripts/lib/open-unions.mjs";
import { loadSpec, repositoryRoot, schemaValidator } from "./support/specs.js";

const readSpec = () => parse(readFileSync(join(repositoryRoot, "specs", "kie.yaml"), "utf8"));

describe("the generator's check of an open discriminated union", () => {
  it("finds createTask's body, discriminated on model, with the known ids of KnownMarketModel", () => {
    const spec = readSpec();
    const union = openDiscriminatedUnions("kie", spec).get("CreateTaskRequest");
    expect(union?.key).toBe("model");
    expect(union?.known.length).toBeGreaterThanOrEqual(15);
    expect([...(union?.known ?? [])].sort()).toEqual([...spec.components.schemas.KnownMarketModel.enum].sort());
  });

  it("links every typed model's schema to the kie docs page it was typed from", () => {
    const spec = readSpec();
    for (const branch of spec.components.schemas.KnownModelTaskRequest.oneOf) {
      const schema = spec.components.schemas[branch.$ref.split("/").pop()];
      expect(schema.externalDocs?.url, branch.$ref).toMatch(/^https:\/\/docs\.kie\.ai\/market\//);
    }
  });

  it("fails, naming the schema, when the open branch does not exclude exactly the known ids", () => {
    const spec = readSpec();
    spec.components.schemas.KnownMarketModel.enum.pop();
    expect(() => openDiscriminatedUnions("kie", spec)).toThrow(
      /specs\/kie\.yaml components\.schemas\.CreateTaskRequest: the open branch's `model` must be `not` an enum of exactly the known values/,
    );
  });

  it("fails when the discriminator's mapping names other ids than the branches", () => {
    const spec = readSpec();
    const { mapping } = spec.components.schemas.KnownModelTaskRequest.discriminator;
    delete mapping[Object.keys(mapping)[0] as string];
    expect(() => openDiscriminatedUnions("kie", spec)).toThrow(
      /discriminator\.mapping must name exactly the known values/,
    );
  });

  it("fails when a typed branch has no const model", () => {
    const spec = readSpec();
    delete spec.components.schemas.SeedreamV4TextToImageTaskRequest.properties.model.const;
    expect(() => openDiscriminatedUnions("kie", spec)).toThrow(
      /every branch of the discriminated union needs a `const` `model`/,
    );
  });
});

describe("createTask bodies, validated as the mock validates them", () => {
  const spec = loadSpec("kie");
  const schema = spec.paths["/api/v1/jobs/createTask"].post.requestBody.content["application/json"].schema;
  const validate = schemaValidator()(schema);

  it.each([
    [
      "a typed model with what kie requires",
      { model: "bytedance/seedream-v4-edit", input: { prompt: "blue", image_urls: ["https://example.com/a.png"] } },
      true,
    ],
    [
      "a typed model missing a required input field",
      { model: "bytedance/seedream-v4-edit", input: { prompt: "blue" } },
      false,
    ],
    [
      "a typed model with a misspelled input field",
      { model: "bytedance/seedream-v4-text-to-image", input: { prompt: "x", imageSize: "square" } },
      false,
    ],
    [
      "callbackUrl instead of callBackUrl",
      { model: "some/new-model", callbackUrl: "https://example.com/cb", input: {} },
      false,
    ],
    [
      "an unknown model with any input",
      { model: "some/new-model", callBackUrl: "https://example.com/cb", input: { anything: [1, "two"] } },
      true,
    ],
    ["an empty model id", { model: "", input: {} }, false],
  ] as const)("%s: valid is %s", (_label, body, valid) => {
    expect(validate(body), JSON.stringify(validate.errors)).toBe(valid);
  });
});
