// Generated from specs/seedream.yaml by scripts/generate.mjs: do not edit, run `pnpm generate`.
// Type tests of the request bodies: each case was first judged by the spec's JSON Schema, so what the
// schema refuses the generated type refuses, and what it accepts the type accepts.
import { describe, expectTypeOf, it } from "vitest";
import type { SeedreamCreateTaskRequest } from "../../src/index.js";

/** The known values of an open set: its string literals, without the `string & {}` that keeps it open. */
type KnownValues<T> = T extends string ? (string extends T ? never : T) : never;
/** A field's type over every variant of a union that has it. */
type FieldOf<T, K extends PropertyKey> = T extends { [P in K]?: infer V } ? V : never;

describe("createTask: POST /seedream/images", () => {
  it("accepts the example textToImage", () => {
    expectTypeOf({"model":"doubao-seedream-4-5-251128","prompt":"a white siamese cat","size":"2K"} satisfies SeedreamCreateTaskRequest).toExtend<SeedreamCreateTaskRequest>();
  });
  it("accepts the example imageToImage", () => {
    expectTypeOf({"model":"doubao-seedream-4-0-250828","prompt":"put the cat from the first picture on the sofa from the second one","image":["https://platform.cdn.acedata.cloud/seedream/a04b9a50-619b-4078-88a9-fc9f316bb659.jpg","https://platform.cdn.acedata.cloud/seedream/b6480b8d-cd97-4dab-99ca-47ee52c88ee0.jpg"],"size":"2048x2048","watermark":false} satisfies SeedreamCreateTaskRequest).toExtend<SeedreamCreateTaskRequest>();
  });
  it("accepts the example groupGeneration", () => {
    expectTypeOf({"model":"doubao-seedream-4-5-251128","prompt":"four panels of the same lighthouse, one for each season","size":"2K","sequential_image_generation":"auto","sequential_image_generation_options":{"max_images":4}} satisfies SeedreamCreateTaskRequest).toExtend<SeedreamCreateTaskRequest>();
  });
  it("accepts the example withCallback", () => {
    expectTypeOf({"model":"doubao-seedream-5-0-260128","prompt":"a lighthouse on a cliff at dawn, watercolor","size":"3K","output_format":"png","callback_url":"https://example.com/webhooks/seedream"} satisfies SeedreamCreateTaskRequest).toExtend<SeedreamCreateTaskRequest>();
  });
  it("accepts the example webSearch", () => {
    expectTypeOf({"model":"doubao-seedream-5-0-260128","prompt":"a poster of this week's full moon over the Alps, with its date","size":"2K","tools":[{"type":"web_search"}],"optimize_prompt_options":{"mode":"standard"},"async":true} satisfies SeedreamCreateTaskRequest).toExtend<SeedreamCreateTaskRequest>();
  });
  it("accepts the example transparentBackground", () => {
    expectTypeOf({"model":"doubao-seedream-5-0-pro-260628","prompt":"keep only the teapot, remove everything around it","image":["https://platform.cdn.acedata.cloud/seedream/7d3e1b92-5a4c-4f08-9e61-c2b8a0f4d715.png"],"background":"transparent","output_format":"png","size":"1K"} satisfies SeedreamCreateTaskRequest).toExtend<SeedreamCreateTaskRequest>();
  });
  it("accepts the example layerDecomposition", () => {
    expectTypeOf({"model":"doubao-seedream-5-0-pro-260628","image":"https://platform.cdn.acedata.cloud/seedream/2b9f6c41-0e7d-4a83-b5c2-9f1d8e3a6c07.png","layer_decomposition":true,"size":"auto","watermark":false} satisfies SeedreamCreateTaskRequest).toExtend<SeedreamCreateTaskRequest>();
  });
  it("accepts the example streamed", () => {
    expectTypeOf({"model":"doubao-seedream-4-0-250828","prompt":"three postcards of the same harbor town, morning, noon and night","size":"2K","sequential_image_generation":"auto","sequential_image_generation_options":{"max_images":3},"stream":true} satisfies SeedreamCreateTaskRequest).toExtend<SeedreamCreateTaskRequest>();
  });
  it("refuses textToImage without model", () => {
    // @ts-expect-error: model is required
    expectTypeOf({"prompt":"a white siamese cat","size":"2K"} satisfies SeedreamCreateTaskRequest).toExtend<SeedreamCreateTaskRequest>();
  });
  it("refuses textToImage without prompt", () => {
    // @ts-expect-error: prompt is required
    expectTypeOf({"model":"doubao-seedream-4-5-251128","size":"2K"} satisfies SeedreamCreateTaskRequest).toExtend<SeedreamCreateTaskRequest>();
  });
  it("refuses textToImage with prompt misspelled promtp", () => {
    // @ts-expect-error: promtp is not a field
    expectTypeOf({"model":"doubao-seedream-4-5-251128","promtp":"a white siamese cat","size":"2K"} satisfies SeedreamCreateTaskRequest).toExtend<SeedreamCreateTaskRequest>();
  });
  it("refuses layerDecomposition without model", () => {
    // @ts-expect-error: model is required
    expectTypeOf({"image":"https://platform.cdn.acedata.cloud/seedream/2b9f6c41-0e7d-4a83-b5c2-9f1d8e3a6c07.png","layer_decomposition":true,"size":"auto","watermark":false} satisfies SeedreamCreateTaskRequest).toExtend<SeedreamCreateTaskRequest>();
  });
  it("refuses layerDecomposition without image", () => {
    // @ts-expect-error: image is required
    expectTypeOf({"model":"doubao-seedream-5-0-pro-260628","layer_decomposition":true,"size":"auto","watermark":false} satisfies SeedreamCreateTaskRequest).toExtend<SeedreamCreateTaskRequest>();
  });
  it("refuses layerDecomposition without layer_decomposition", () => {
    // @ts-expect-error: layer_decomposition is required
    expectTypeOf({"model":"doubao-seedream-5-0-pro-260628","image":"https://platform.cdn.acedata.cloud/seedream/2b9f6c41-0e7d-4a83-b5c2-9f1d8e3a6c07.png","size":"auto","watermark":false} satisfies SeedreamCreateTaskRequest).toExtend<SeedreamCreateTaskRequest>();
  });
  it("refuses layerDecomposition with image misspelled imaeg", () => {
    // @ts-expect-error: imaeg is not a field
    expectTypeOf({"model":"doubao-seedream-5-0-pro-260628","imaeg":"https://platform.cdn.acedata.cloud/seedream/2b9f6c41-0e7d-4a83-b5c2-9f1d8e3a6c07.png","layer_decomposition":true,"size":"auto","watermark":false} satisfies SeedreamCreateTaskRequest).toExtend<SeedreamCreateTaskRequest>();
  });
  it("offers the 8 known values of model", () => {
    expectTypeOf<KnownValues<FieldOf<SeedreamCreateTaskRequest, "model">>>().toEqualTypeOf<"doubao-seedream-5-0-pro-260628" | "doubao-seedream-5-0-260128" | "doubao-seedream-5-0-lite-260128" | "doubao-seedream-5.0-lite" | "doubao-seedream-4-5-251128" | "doubao-seedream-4-0-250828" | "doubao-seedream-3-0-t2i-250415" | "doubao-seededit-3-0-i2i-250628">();
  });
  it("accepts a model no spec lists yet", () => {
    expectTypeOf({"model":"doubao-seedream-5-0-pro-260628-released-tomorrow","prompt":"a white siamese cat","size":"2K"} satisfies SeedreamCreateTaskRequest).toExtend<SeedreamCreateTaskRequest>();
  });
});
