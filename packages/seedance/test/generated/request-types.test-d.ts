// Generated from specs/seedance.yaml by scripts/generate.mjs: do not edit, run `pnpm generate`.
// Type tests of the request bodies: each case was first judged by the spec's JSON Schema, so what the
// schema refuses the generated type refuses, and what it accepts the type accepts.
import { describe, expectTypeOf, it } from "vitest";
import type { SeedanceCreateTaskRequest } from "../../src/index.js";

/** The known values of an open set: its string literals, without the `string & {}` that keeps it open. */
type KnownValues<T> = T extends string ? (string extends T ? never : T) : never;
/** A field's type over every variant of a union that has it. */
type FieldOf<T, K extends PropertyKey> = T extends { [P in K]?: infer V } ? V : never;

describe("createTask: POST /seedance/videos", () => {
  it("accepts the example textToVideo", () => {
    expectTypeOf({"model":"doubao-seedance-1-0-pro-250528","content":[{"type":"text","text":"A paper boat drifts down a rain-soaked street at dusk, the camera following it at water level."}],"resolution":"1080p","ratio":"16:9","duration":5} satisfies SeedanceCreateTaskRequest).toExtend<SeedanceCreateTaskRequest>();
  });
  it("accepts the example firstAndLastFrame", () => {
    expectTypeOf({"model":"doubao-seedance-1-5-pro-251215","content":[{"type":"text","text":"The flower bud slowly opens into full bloom."},{"type":"image_url","image_url":{"url":"https://platform.cdn.acedata.cloud/seedance/3f0b8d2a-6c41-4e7f-9a15-2d8c7e4b1f60.png"},"role":"first_frame"},{"type":"image_url","image_url":{"url":"https://platform.cdn.acedata.cloud/seedance/a7c9e1f4-0b2d-4c83-8e56-91f3d7a2b4c8.png"},"role":"last_frame"}],"resolution":"720p","duration":5,"generate_audio":true,"return_last_frame":true} satisfies SeedanceCreateTaskRequest).toExtend<SeedanceCreateTaskRequest>();
  });
  it("accepts the example referenceImages", () => {
    expectTypeOf({"model":"doubao-seedance-2-0-mini-260615","content":[{"type":"text","text":"The girl from the first picture walks her dog through the park from the second one."},{"type":"image_url","image_url":{"url":"https://platform.cdn.acedata.cloud/seedance/5e2a7c90-1d4b-4f68-b3e7-0c9d8a6f2e15.png"},"role":"reference_image"},{"type":"image_url","image_url":{"url":"https://platform.cdn.acedata.cloud/seedance/c1d4f7a2-8e3b-4a59-96c0-7b2e5f8d1a34.png"},"role":"reference_image"}],"ratio":"adaptive","camerafixed":false,"watermark":false} satisfies SeedanceCreateTaskRequest).toExtend<SeedanceCreateTaskRequest>();
  });
  it("accepts the example multimodalReference", () => {
    expectTypeOf({"model":"doubao-seedance-2-0-260128","content":[{"type":"text","text":"A dancer repeats the moves of the reference video on a rooftop, in time with the music."},{"type":"video_url","video_url":{"url":"https://platform.cdn.acedata.cloud/seedance/8b6e2d41-7f3c-4a90-b5d2-e1c4a9f7036b.mp4"},"role":"reference_video"},{"type":"audio_url","audio_url":{"url":"https://platform.cdn.acedata.cloud/seedance/d2f9a3c5-4e7b-41d8-a6c0-3b8e5f1d7a92.mp3"},"role":"reference_audio"}],"ratio":"9:16","duration":10} satisfies SeedanceCreateTaskRequest).toExtend<SeedanceCreateTaskRequest>();
  });
  it("accepts the example withCallback", () => {
    expectTypeOf({"model":"doubao-seedance-1-0-pro-fast-251015","content":[{"type":"text","text":"A lighthouse on a cliff at dawn, waves breaking below, slow aerial push-in."}],"resolution":"720p","ratio":"16:9","seed":42,"callback_url":"https://example.com/webhooks/seedance"} satisfies SeedanceCreateTaskRequest).toExtend<SeedanceCreateTaskRequest>();
  });
  it("accepts the example frameCount", () => {
    expectTypeOf({"model":"doubao-seedance-1-0-pro-250528","content":[{"type":"text","text":"Autumn leaves swirl around an empty park bench, gentle breeze, golden hour."}],"frames":121,"resolution":"1080p","execution_expires_after":7200,"async":true} satisfies SeedanceCreateTaskRequest).toExtend<SeedanceCreateTaskRequest>();
  });
  it("accepts the example editVideo", () => {
    expectTypeOf({"model":"doubao-seedance-2-5-260628","content":[{"type":"text","text":"Turn the daytime street into a snowy winter evening, keep the cyclist and the camera path."},{"type":"video_url","video_url":{"url":"https://platform.cdn.acedata.cloud/seedance/6a2f9d14-c8e3-4b57-90a1-d3e7b5c2f846.mp4"},"role":"reference_video"}],"omni_reference_task_type":"edit","ratio":"adaptive","duration":-1,"resolution":"1080p","output_format":"mov","async":true} satisfies SeedanceCreateTaskRequest).toExtend<SeedanceCreateTaskRequest>();
  });
  it("accepts the example extendWithSearch", () => {
    expectTypeOf({"model":"doubao-seedance-2-5-260628","content":[{"type":"text","text":"Continue the drone flight over the city into tonight's fireworks show."},{"type":"video_url","video_url":{"url":"https://platform.cdn.acedata.cloud/seedance/0e8c4b7a-2d19-4f63-a5b0-7c1e9f3d2a58.mp4"},"role":"reference_video"}],"omni_reference_task_type":"extend","ratio":"adaptive","duration":30,"tools":[{"type":"web_search","limit":5,"sources":["search_engine"]}],"priority":3,"safety_identifier":"user-7f3a9c21","callback_url":"https://example.com/webhooks/seedance"} satisfies SeedanceCreateTaskRequest).toExtend<SeedanceCreateTaskRequest>();
  });
  it("refuses textToVideo without model", () => {
    // @ts-expect-error: model is required
    expectTypeOf({"content":[{"type":"text","text":"A paper boat drifts down a rain-soaked street at dusk, the camera following it at water level."}],"resolution":"1080p","ratio":"16:9","duration":5} satisfies SeedanceCreateTaskRequest).toExtend<SeedanceCreateTaskRequest>();
  });
  it("refuses textToVideo without content", () => {
    // @ts-expect-error: content is required
    expectTypeOf({"model":"doubao-seedance-1-0-pro-250528","resolution":"1080p","ratio":"16:9","duration":5} satisfies SeedanceCreateTaskRequest).toExtend<SeedanceCreateTaskRequest>();
  });
  it("refuses textToVideo with content misspelled contetn", () => {
    // @ts-expect-error: contetn is not a field
    expectTypeOf({"model":"doubao-seedance-1-0-pro-250528","contetn":[{"type":"text","text":"A paper boat drifts down a rain-soaked street at dusk, the camera following it at water level."}],"resolution":"1080p","ratio":"16:9","duration":5} satisfies SeedanceCreateTaskRequest).toExtend<SeedanceCreateTaskRequest>();
  });
  it("offers the 9 known values of model", () => {
    expectTypeOf<KnownValues<FieldOf<SeedanceCreateTaskRequest, "model">>>().toEqualTypeOf<"doubao-seedance-1-0-pro-250528" | "doubao-seedance-1-0-pro-fast-251015" | "doubao-seedance-1-5-pro-251215" | "doubao-seedance-1-0-lite-t2v-250428" | "doubao-seedance-1-0-lite-i2v-250428" | "doubao-seedance-2-0-260128" | "doubao-seedance-2-0-fast-260128" | "doubao-seedance-2-0-mini-260615" | "doubao-seedance-2-5-260628">();
  });
  it("accepts a model no spec lists yet", () => {
    expectTypeOf({"model":"doubao-seedance-1-0-pro-250528-released-tomorrow","content":[{"type":"text","text":"A paper boat drifts down a rain-soaked street at dusk, the camera following it at water level."}],"resolution":"1080p","ratio":"16:9","duration":5} satisfies SeedanceCreateTaskRequest).toExtend<SeedanceCreateTaskRequest>();
  });
});
