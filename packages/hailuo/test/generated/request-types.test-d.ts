// Generated from specs/hailuo.yaml by scripts/generate.mjs: do not edit, run `pnpm generate`.
// Type tests of the request bodies: each case was first judged by the spec's JSON Schema, so what the
// schema refuses the generated type refuses, and what it accepts the type accepts.
import { describe, expectTypeOf, it } from "vitest";
import type { HailuoCreateTaskRequest } from "../../src/index.js";

/** The known values of an open set: its string literals, without the `string & {}` that keeps it open. */
type KnownValues<T> = T extends string ? (string extends T ? never : T) : never;
/** A field's type over every variant of a union that has it. */
type FieldOf<T, K extends PropertyKey> = T extends { [P in K]?: infer V } ? V : never;

describe("createTask: POST /hailuo/videos", () => {
  it("accepts the example textToVideo", () => {
    expectTypeOf({"action":"generate","model":"minimax-t2v","prompt":"A kite rises over a windy beach while gulls circle below."} satisfies HailuoCreateTaskRequest).toExtend<HailuoCreateTaskRequest>();
  });
  it("accepts the example imageToVideo", () => {
    expectTypeOf({"action":"generate","model":"minimax-i2v","prompt":"The sailboat leaves the harbour as the sun goes down.","first_image_url":"https://platform.cdn.acedata.cloud/hailuo/4d2c8e1a-7b3f-4a90-b6e5-2f1d9c8a7b36.png"} satisfies HailuoCreateTaskRequest).toExtend<HailuoCreateTaskRequest>();
  });
  it("accepts the example directorMode", () => {
    expectTypeOf({"action":"generate","model":"minimax-i2v-director","prompt":"[Pan left] The old tram turns the corner, then [Zoom in] on its driver.","first_image_url":"https://platform.cdn.acedata.cloud/hailuo/9e3b7c2d-1a6f-4e85-a4d0-6c2b8f1e3a79.png"} satisfies HailuoCreateTaskRequest).toExtend<HailuoCreateTaskRequest>();
  });
  it("accepts the example withCallback", () => {
    expectTypeOf({"action":"generate","model":"minimax-t2v","prompt":"Rain falls on a neon-lit street at night, reflections in the puddles.","callback_url":"https://example.com/webhooks/hailuo"} satisfies HailuoCreateTaskRequest).toExtend<HailuoCreateTaskRequest>();
  });
  it("refuses textToVideo without action", () => {
    // @ts-expect-error: action is required
    expectTypeOf({"model":"minimax-t2v","prompt":"A kite rises over a windy beach while gulls circle below."} satisfies HailuoCreateTaskRequest).toExtend<HailuoCreateTaskRequest>();
  });
  it("refuses textToVideo without prompt", () => {
    // @ts-expect-error: prompt is required
    expectTypeOf({"action":"generate","model":"minimax-t2v"} satisfies HailuoCreateTaskRequest).toExtend<HailuoCreateTaskRequest>();
  });
  it("refuses textToVideo with prompt misspelled promtp", () => {
    // @ts-expect-error: promtp is not a field
    expectTypeOf({"action":"generate","model":"minimax-t2v","promtp":"A kite rises over a windy beach while gulls circle below."} satisfies HailuoCreateTaskRequest).toExtend<HailuoCreateTaskRequest>();
  });
  it("offers the 3 known values of model", () => {
    expectTypeOf<KnownValues<FieldOf<HailuoCreateTaskRequest, "model">>>().toEqualTypeOf<"minimax-t2v" | "minimax-i2v" | "minimax-i2v-director">();
  });
  it("accepts a model no spec lists yet", () => {
    expectTypeOf({"action":"generate","model":"minimax-t2v-released-tomorrow","prompt":"A kite rises over a windy beach while gulls circle below."} satisfies HailuoCreateTaskRequest).toExtend<HailuoCreateTaskRequest>();
  });
});
