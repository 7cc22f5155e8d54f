// Generated from specs/flux.yaml by scripts/generate.mjs: do not edit, run `pnpm generate`.
// Type tests of the request bodies: each case was first judged by the spec's JSON Schema, so what the
// schema refuses the generated type refuses, and what it accepts the type accepts.
import { describe, expectTypeOf, it } from "vitest";
import type { FluxCreateTaskRequest, FluxCreateVideoRequest } from "../../src/index.js";

/** The known values of an open set: its string literals, without the `string & {}` that keeps it open. */
type KnownValues<T> = T extends string ? (string extends T ? never : T) : never;
/** A field's type over every variant of a union that has it. */
type FieldOf<T, K extends PropertyKey> = T extends { [P in K]?: infer V } ? V : never;

describe("createTask: POST /flux/images", () => {
  it("accepts the example textToImage", () => {
    expectTypeOf({"action":"generate","model":"flux-dev","prompt":"a white siamese cat","size":"1024x1024","count":1} satisfies FluxCreateTaskRequest).toExtend<FluxCreateTaskRequest>();
  });
  it("accepts the example editImage", () => {
    expectTypeOf({"action":"edit","model":"flux-kontext-pro","prompt":"give the cat a red knitted scarf","image_url":"https://sf-maas-uat-prod.oss-cn-shanghai.aliyuncs.com/outputs/57d9ff7c-5a00-409e-9dcc-90f35b38d16e_0.png","size":"1:1"} satisfies FluxCreateTaskRequest).toExtend<FluxCreateTaskRequest>();
  });
  it("accepts the example withCallback", () => {
    expectTypeOf({"action":"generate","model":"flux-2-pro","prompt":"a lighthouse on a cliff at dawn, watercolor","size":"16:9","callback_url":"https://example.com/webhooks/flux"} satisfies FluxCreateTaskRequest).toExtend<FluxCreateTaskRequest>();
  });
  it("refuses textToImage without action", () => {
    // @ts-expect-error: action is required
    expectTypeOf({"model":"flux-dev","prompt":"a white siamese cat","size":"1024x1024","count":1} satisfies FluxCreateTaskRequest).toExtend<FluxCreateTaskRequest>();
  });
  it("refuses textToImage without prompt", () => {
    // @ts-expect-error: prompt is required
    expectTypeOf({"action":"generate","model":"flux-dev","size":"1024x1024","count":1} satisfies FluxCreateTaskRequest).toExtend<FluxCreateTaskRequest>();
  });
  it("refuses textToImage with prompt misspelled promtp", () => {
    // @ts-expect-error: promtp is not a field
    expectTypeOf({"action":"generate","model":"flux-dev","promtp":"a white siamese cat","size":"1024x1024","count":1} satisfies FluxCreateTaskRequest).toExtend<FluxCreateTaskRequest>();
  });
  it("refuses editImage without action", () => {
    // @ts-expect-error: action is required
    expectTypeOf({"model":"flux-kontext-pro","prompt":"give the cat a red knitted scarf","image_url":"https://sf-maas-uat-prod.oss-cn-shanghai.aliyuncs.com/outputs/57d9ff7c-5a00-409e-9dcc-90f35b38d16e_0.png","size":"1:1"} satisfies FluxCreateTaskRequest).toExtend<FluxCreateTaskRequest>();
  });
  it("refuses editImage without prompt", () => {
    // @ts-expect-error: prompt is required
    expectTypeOf({"action":"edit","model":"flux-kontext-pro","image_url":"https://sf-maas-uat-prod.oss-cn-shanghai.aliyuncs.com/outputs/57d9ff7c-5a00-409e-9dcc-90f35b38d16e_0.png","size":"1:1"} satisfies FluxCreateTaskRequest).toExtend<FluxCreateTaskRequest>();
  });
  it("refuses editImage without image_url", () => {
    // @ts-expect-error: image_url is required
    expectTypeOf({"action":"edit","model":"flux-kontext-pro","prompt":"give the cat a red knitted scarf","size":"1:1"} satisfies FluxCreateTaskRequest).toExtend<FluxCreateTaskRequest>();
  });
  it("refuses editImage with prompt misspelled promtp", () => {
    // @ts-expect-error: promtp is not a field
    expectTypeOf({"action":"edit","model":"flux-kontext-pro","promtp":"give the cat a red knitted scarf","image_url":"https://sf-maas-uat-prod.oss-cn-shanghai.aliyuncs.com/outputs/57d9ff7c-5a00-409e-9dcc-90f35b38d16e_0.png","size":"1:1"} satisfies FluxCreateTaskRequest).toExtend<FluxCreateTaskRequest>();
  });
  it("offers the 8 known values of model", () => {
    expectTypeOf<KnownValues<FieldOf<FluxCreateTaskRequest, "model">>>().toEqualTypeOf<"flux-dev" | "flux-pro" | "flux-kontext-pro" | "flux-kontext-max" | "flux-2-flex" | "flux-2-pro" | "flux-2-max" | "flux-2-klein">();
  });
  it("accepts a model no spec lists yet", () => {
    expectTypeOf({"action":"generate","model":"flux-dev-released-tomorrow","prompt":"a white siamese cat","size":"1024x1024","count":1} satisfies FluxCreateTaskRequest).toExtend<FluxCreateTaskRequest>();
  });
});

describe("createVideo: POST /flux/videos", () => {
  it("accepts the example textToVideo", () => {
    expectTypeOf({"action":"generate","model":"flux-3","mode":"t2v","prompt":"A hot-air balloon rising over a misty valley at sunrise, slow upward tilt.","duration":5,"resolution":"hd","aspect_ratio":"16:9","draft":true,"async":true} satisfies FluxCreateVideoRequest).toExtend<FluxCreateVideoRequest>();
  });
  it("accepts the example imageToVideo", () => {
    expectTypeOf({"action":"generate","model":"flux-3","mode":"i2v","prompt":"The paper crane unfolds its wings and lifts off the desk.","keyframes":["https://platform.cdn.acedata.cloud/flux/53a25752-4a26-4fd7-97cf-f2c5a19881ab.png"],"duration":6,"resolution":"fhd","generate_audio":false,"async":true} satisfies FluxCreateVideoRequest).toExtend<FluxCreateVideoRequest>();
  });
  it("accepts the example timedKeyframes", () => {
    expectTypeOf({"action":"generate","model":"flux-3","mode":"i2v","prompt":"The street fills with evening light as the shop signs switch on.","keyframes":[[0,"https://platform.cdn.acedata.cloud/flux/5668e8d1-256e-40df-96be-6420235b7dc5.png"],[6,"https://platform.cdn.acedata.cloud/flux/a70a58d1-38f9-44ba-8c2c-1166e8f9ff64.png"]],"duration":6,"async":true} satisfies FluxCreateVideoRequest).toExtend<FluxCreateVideoRequest>();
  });
  it("accepts the example continueVideo", () => {
    expectTypeOf({"action":"generate","model":"flux-3","mode":"v2v","prompt":"The balloon keeps drifting east over the hills, same steady shot.","start_video":"https://platform.cdn.acedata.cloud/flux/bb0d5e98-69c4-441a-bbf3-470b8a2a80d8.mp4","duration":5,"resolution":"hd","async":true} satisfies FluxCreateVideoRequest).toExtend<FluxCreateVideoRequest>();
  });
  it("accepts the example enhanceDraft", () => {
    expectTypeOf({"action":"generate","model":"flux-3","mode":"draft_enhance","draft_task_id":"c6513548-4b69-46af-bd88-92f3d407513a","resolution":"fhd","async":true} satisfies FluxCreateVideoRequest).toExtend<FluxCreateVideoRequest>();
  });
  it("accepts the example withCallback", () => {
    expectTypeOf({"mode":"t2v","prompt":"Waves rolling onto a black sand beach at dusk, low angle.","duration":"auto","aspect_ratio":"auto","safety_tolerance":2,"callback_url":"https://example.com/webhooks/flux-video"} satisfies FluxCreateVideoRequest).toExtend<FluxCreateVideoRequest>();
  });
  it("accepts the example editVideo", () => {
    expectTypeOf({"action":"edit","video":"https://platform.cdn.acedata.cloud/flux/319b3202-9c37-44b8-8d64-5a277b8374b1.mp4","prompt":"Turn the daylight scene into a snowy winter evening.","async":true} satisfies FluxCreateVideoRequest).toExtend<FluxCreateVideoRequest>();
  });
  it("accepts the example upscaleVideo", () => {
    expectTypeOf({"action":"upscale","input_video":"https://platform.cdn.acedata.cloud/flux/0ea446f8-7fab-4f4d-9132-014278f1b2b3.mp4","upscale_factor":2,"creativity":0,"async":true} satisfies FluxCreateVideoRequest).toExtend<FluxCreateVideoRequest>();
  });
  it("refuses textToVideo without mode", () => {
    // @ts-expect-error: mode is required
    expectTypeOf({"action":"generate","model":"flux-3","prompt":"A hot-air balloon rising over a misty valley at sunrise, slow upward tilt.","duration":5,"resolution":"hd","aspect_ratio":"16:9","draft":true,"async":true} satisfies FluxCreateVideoRequest).toExtend<FluxCreateVideoRequest>();
  });
  it("refuses textToVideo without prompt", () => {
    // @ts-expect-error: prompt is required
    expectTypeOf({"action":"generate","model":"flux-3","mode":"t2v","duration":5,"resolution":"hd","aspect_ratio":"16:9","draft":true,"async":true} satisfies FluxCreateVideoRequest).toExtend<FluxCreateVideoRequest>();
  });
  it("refuses textToVideo with prompt misspelled promtp", () => {
    // @ts-expect-error: promtp is not a field
    expectTypeOf({"action":"generate","model":"flux-3","mode":"t2v","promtp":"A hot-air balloon rising over a misty valley at sunrise, slow upward tilt.","duration":5,"resolution":"hd","aspect_ratio":"16:9","draft":true,"async":true} satisfies FluxCreateVideoRequest).toExtend<FluxCreateVideoRequest>();
  });
  it("refuses imageToVideo without mode", () => {
    // @ts-expect-error: mode is required
    expectTypeOf({"action":"generate","model":"flux-3","prompt":"The paper crane unfolds its wings and lifts off the desk.","keyframes":["https://platform.cdn.acedata.cloud/flux/53a25752-4a26-4fd7-97cf-f2c5a19881ab.png"],"duration":6,"resolution":"fhd","generate_audio":false,"async":true} satisfies FluxCreateVideoRequest).toExtend<FluxCreateVideoRequest>();
  });
  it("refuses imageToVideo without prompt", () => {
    // @ts-expect-error: prompt is required
    expectTypeOf({"action":"generate","model":"flux-3","mode":"i2v","keyframes":["https://platform.cdn.acedata.cloud/flux/53a25752-4a26-4fd7-97cf-f2c5a19881ab.png"],"duration":6,"resolution":"fhd","generate_audio":false,"async":true} satisfies FluxCreateVideoRequest).toExtend<FluxCreateVideoRequest>();
  });
  it("refuses imageToVideo without keyframes", () => {
    // @ts-expect-error: keyframes is required
    expectTypeOf({"action":"generate","model":"flux-3","mode":"i2v","prompt":"The paper crane unfolds its wings and lifts off the desk.","duration":6,"resolution":"fhd","generate_audio":false,"async":true} satisfies FluxCreateVideoRequest).toExtend<FluxCreateVideoRequest>();
  });
  it("refuses imageToVideo with prompt misspelled promtp", () => {
    // @ts-expect-error: promtp is not a field
    expectTypeOf({"action":"generate","model":"flux-3","mode":"i2v","promtp":"The paper crane unfolds its wings and lifts off the desk.","keyframes":["https://platform.cdn.acedata.cloud/flux/53a25752-4a26-4fd7-97cf-f2c5a19881ab.png"],"duration":6,"resolution":"fhd","generate_audio":false,"async":true} satisfies FluxCreateVideoRequest).toExtend<FluxCreateVideoRequest>();
  });
  it("refuses continueVideo without mode", () => {
    // @ts-expect-error: mode is required
    expectTypeOf({"action":"generate","model":"flux-3","prompt":"The balloon keeps drifting east over the hills, same steady shot.","start_video":"https://platform.cdn.acedata.cloud/flux/bb0d5e98-69c4-441a-bbf3-470b8a2a80d8.mp4","duration":5,"resolution":"hd","async":true} satisfies FluxCreateVideoRequest).toExtend<FluxCreateVideoRequest>();
  });
  it("refuses continueVideo without prompt", () => {
    // @ts-expect-error: prompt is required
    expectTypeOf({"action":"generate","model":"flux-3","mode":"v2v","start_video":"https://platform.cdn.acedata.cloud/flux/bb0d5e98-69c4-441a-bbf3-470b8a2a80d8.mp4","duration":5,"resolution":"hd","async":true} satisfies FluxCreateVideoRequest).toExtend<FluxCreateVideoRequest>();
  });
  it("refuses continueVideo without start_video", () => {
    // @ts-expect-error: start_video is required
    expectTypeOf({"action":"generate","model":"flux-3","mode":"v2v","prompt":"The balloon keeps drifting east over the hills, same steady shot.","duration":5,"resolution":"hd","async":true} satisfies FluxCreateVideoRequest).toExtend<FluxCreateVideoRequest>();
  });
  it("refuses continueVideo with prompt misspelled promtp", () => {
    // @ts-expect-error: promtp is not a field
    expectTypeOf({"action":"generate","model":"flux-3","mode":"v2v","promtp":"The balloon keeps drifting east over the hills, same steady shot.","start_video":"https://platform.cdn.acedata.cloud/flux/bb0d5e98-69c4-441a-bbf3-470b8a2a80d8.mp4","duration":5,"resolution":"hd","async":true} satisfies FluxCreateVideoRequest).toExtend<FluxCreateVideoRequest>();
  });
  it("refuses enhanceDraft without mode", () => {
    // @ts-expect-error: mode is required
    expectTypeOf({"action":"generate","model":"flux-3","draft_task_id":"c6513548-4b69-46af-bd88-92f3d407513a","resolution":"fhd","async":true} satisfies FluxCreateVideoRequest).toExtend<FluxCreateVideoRequest>();
  });
  it("refuses enhanceDraft without draft_task_id", () => {
    // @ts-expect-error: draft_task_id is required
    expectTypeOf({"action":"generate","model":"flux-3","mode":"draft_enhance","resolution":"fhd","async":true} satisfies FluxCreateVideoRequest).toExtend<FluxCreateVideoRequest>();
  });
  it("refuses enhanceDraft with draft_task_id misspelled draft_task_di", () => {
    // @ts-expect-error: draft_task_di is not a field
    expectTypeOf({"action":"generate","model":"flux-3","mode":"draft_enhance","draft_task_di":"c6513548-4b69-46af-bd88-92f3d407513a","resolution":"fhd","async":true} satisfies FluxCreateVideoRequest).toExtend<FluxCreateVideoRequest>();
  });
  it("refuses editVideo without action", () => {
    // @ts-expect-error: action is required
    expectTypeOf({"video":"https://platform.cdn.acedata.cloud/flux/319b3202-9c37-44b8-8d64-5a277b8374b1.mp4","prompt":"Turn the daylight scene into a snowy winter evening.","async":true} satisfies FluxCreateVideoRequest).toExtend<FluxCreateVideoRequest>();
  });
  it("refuses editVideo without video", () => {
    // @ts-expect-error: video is required
    expectTypeOf({"action":"edit","prompt":"Turn the daylight scene into a snowy winter evening.","async":true} satisfies FluxCreateVideoRequest).toExtend<FluxCreateVideoRequest>();
  });
  it("refuses editVideo without prompt", () => {
    // @ts-expect-error: prompt is required
    expectTypeOf({"action":"edit","video":"https://platform.cdn.acedata.cloud/flux/319b3202-9c37-44b8-8d64-5a277b8374b1.mp4","async":true} satisfies FluxCreateVideoRequest).toExtend<FluxCreateVideoRequest>();
  });
  it("refuses editVideo with video misspelled vidoe", () => {
    // @ts-expect-error: vidoe is not a field
    expectTypeOf({"action":"edit","vidoe":"https://platform.cdn.acedata.cloud/flux/319b3202-9c37-44b8-8d64-5a277b8374b1.mp4","prompt":"Turn the daylight scene into a snowy winter evening.","async":true} satisfies FluxCreateVideoRequest).toExtend<FluxCreateVideoRequest>();
  });
  it("refuses upscaleVideo without action", () => {
    // @ts-expect-error: action is required
    expectTypeOf({"input_video":"https://platform.cdn.acedata.cloud/flux/0ea446f8-7fab-4f4d-9132-014278f1b2b3.mp4","upscale_factor":2,"creativity":0,"async":true} satisfies FluxCreateVideoRequest).toExtend<FluxCreateVideoRequest>();
  });
  it("refuses upscaleVideo without input_video", () => {
    // @ts-expect-error: input_video is required
    expectTypeOf({"action":"upscale","upscale_factor":2,"creativity":0,"async":true} satisfies FluxCreateVideoRequest).toExtend<FluxCreateVideoRequest>();
  });
  it("refuses upscaleVideo with input_video misspelled input_vidoe", () => {
    // @ts-expect-error: input_vidoe is not a field
    expectTypeOf({"action":"upscale","input_vidoe":"https://platform.cdn.acedata.cloud/flux/0ea446f8-7fab-4f4d-9132-014278f1b2b3.mp4","upscale_factor":2,"creativity":0,"async":true} satisfies FluxCreateVideoRequest).toExtend<FluxCreateVideoRequest>();
  });
  it("offers the 1 known value of model", () => {
    expectTypeOf<KnownValues<FieldOf<FluxCreateVideoRequest, "model">>>().toEqualTypeOf<"flux-3">();
  });
  it("accepts a model no spec lists yet", () => {
    expectTypeOf({"action":"generate","model":"flux-3-released-tomorrow","mode":"t2v","prompt":"A hot-air balloon rising over a misty valley at sunrise, slow upward tilt.","duration":5,"resolution":"hd","aspect_ratio":"16:9","draft":true,"async":true} satisfies FluxCreateVideoRequest).toExtend<FluxCreateVideoRequest>();
  });
});
