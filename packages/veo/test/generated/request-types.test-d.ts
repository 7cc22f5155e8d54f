// Generated from specs/veo.yaml by scripts/generate.mjs: do not edit, run `pnpm generate`.
// Type tests of the request bodies: each case was first judged by the spec's JSON Schema, so what the
// schema refuses the generated type refuses, and what it accepts the type accepts.
import { describe, expectTypeOf, it } from "vitest";
import type { VeoCreateTaskRequest, VeoUpsampleVideoRequest, VeoExtendVideoRequest, VeoReshootVideoRequest, VeoEditObjectsRequest } from "../../src/index.js";

/** The known values of an open set: its string literals, without the `string & {}` that keeps it open. */
type KnownValues<T> = T extends string ? (string extends T ? never : T) : never;
/** A field's type over every variant of a union that has it. */
type FieldOf<T, K extends PropertyKey> = T extends { [P in K]?: infer V } ? V : never;

describe("createTask: POST /veo/videos", () => {
  it("accepts the example textToVideo", () => {
    expectTypeOf({"action":"text2video","model":"veo3","prompt":"A paper boat drifts down a rain-soaked street at dusk, the camera following it at water level.","aspect_ratio":"16:9"} satisfies VeoCreateTaskRequest).toExtend<VeoCreateTaskRequest>();
  });
  it("accepts the example imageToVideo", () => {
    expectTypeOf({"action":"image2video","model":"veo31-fast","prompt":"The flower bud slowly opens into full bloom.","image_urls":["https://platform.cdn.acedata.cloud/veo/3f0b8d2a-6c41-4e7f-9a15-2d8c7e4b1f60.png"],"aspect_ratio":"9:16","resolution":"1080p"} satisfies VeoCreateTaskRequest).toExtend<VeoCreateTaskRequest>();
  });
  it("accepts the example ingredientsToVideo", () => {
    expectTypeOf({"action":"ingredients2video","model":"veo31-fast-ingredients","prompt":"The girl from the first picture walks the dog from the second one through a park in autumn.","image_urls":["https://platform.cdn.acedata.cloud/veo/5e2a7c90-1d4b-4f68-b3e7-0c9d8a6f2e15.png","https://platform.cdn.acedata.cloud/veo/c1d4f7a2-8e3b-4a59-96c0-7b2e5f8d1a34.png"]} satisfies VeoCreateTaskRequest).toExtend<VeoCreateTaskRequest>();
  });
  it("accepts the example fetch1080p", () => {
    expectTypeOf({"action":"get1080p","video_id":"2f43ceed37944b4d836e1a1899dad0a1"} satisfies VeoCreateTaskRequest).toExtend<VeoCreateTaskRequest>();
  });
  it("accepts the example withCallback", () => {
    expectTypeOf({"action":"text2video","model":"veo31","prompt":"A lighthouse on a cliff at dawn, waves breaking below, slow aerial push-in.","translation":true,"callback_url":"https://example.com/webhooks/veo"} satisfies VeoCreateTaskRequest).toExtend<VeoCreateTaskRequest>();
  });
  it("refuses textToVideo without action", () => {
    // @ts-expect-error: action is required
    expectTypeOf({"model":"veo3","prompt":"A paper boat drifts down a rain-soaked street at dusk, the camera following it at water level.","aspect_ratio":"16:9"} satisfies VeoCreateTaskRequest).toExtend<VeoCreateTaskRequest>();
  });
  it("refuses textToVideo without prompt", () => {
    // @ts-expect-error: prompt is required
    expectTypeOf({"action":"text2video","model":"veo3","aspect_ratio":"16:9"} satisfies VeoCreateTaskRequest).toExtend<VeoCreateTaskRequest>();
  });
  it("refuses textToVideo with prompt misspelled promtp", () => {
    // @ts-expect-error: promtp is not a field
    expectTypeOf({"action":"text2video","model":"veo3","promtp":"A paper boat drifts down a rain-soaked street at dusk, the camera following it at water level.","aspect_ratio":"16:9"} satisfies VeoCreateTaskRequest).toExtend<VeoCreateTaskRequest>();
  });
  it("refuses imageToVideo without action", () => {
    // @ts-expect-error: action is required
    expectTypeOf({"model":"veo31-fast","prompt":"The flower bud slowly opens into full bloom.","image_urls":["https://platform.cdn.acedata.cloud/veo/3f0b8d2a-6c41-4e7f-9a15-2d8c7e4b1f60.png"],"aspect_ratio":"9:16","resolution":"1080p"} satisfies VeoCreateTaskRequest).toExtend<VeoCreateTaskRequest>();
  });
  it("refuses imageToVideo without prompt", () => {
    // @ts-expect-error: prompt is required
    expectTypeOf({"action":"image2video","model":"veo31-fast","image_urls":["https://platform.cdn.acedata.cloud/veo/3f0b8d2a-6c41-4e7f-9a15-2d8c7e4b1f60.png"],"aspect_ratio":"9:16","resolution":"1080p"} satisfies VeoCreateTaskRequest).toExtend<VeoCreateTaskRequest>();
  });
  it("refuses imageToVideo without image_urls", () => {
    // @ts-expect-error: image_urls is required
    expectTypeOf({"action":"image2video","model":"veo31-fast","prompt":"The flower bud slowly opens into full bloom.","aspect_ratio":"9:16","resolution":"1080p"} satisfies VeoCreateTaskRequest).toExtend<VeoCreateTaskRequest>();
  });
  it("refuses imageToVideo with prompt misspelled promtp", () => {
    // @ts-expect-error: promtp is not a field
    expectTypeOf({"action":"image2video","model":"veo31-fast","promtp":"The flower bud slowly opens into full bloom.","image_urls":["https://platform.cdn.acedata.cloud/veo/3f0b8d2a-6c41-4e7f-9a15-2d8c7e4b1f60.png"],"aspect_ratio":"9:16","resolution":"1080p"} satisfies VeoCreateTaskRequest).toExtend<VeoCreateTaskRequest>();
  });
  it("refuses ingredientsToVideo without action", () => {
    // @ts-expect-error: action is required
    expectTypeOf({"model":"veo31-fast-ingredients","prompt":"The girl from the first picture walks the dog from the second one through a park in autumn.","image_urls":["https://platform.cdn.acedata.cloud/veo/5e2a7c90-1d4b-4f68-b3e7-0c9d8a6f2e15.png","https://platform.cdn.acedata.cloud/veo/c1d4f7a2-8e3b-4a59-96c0-7b2e5f8d1a34.png"]} satisfies VeoCreateTaskRequest).toExtend<VeoCreateTaskRequest>();
  });
  it("refuses ingredientsToVideo without image_urls", () => {
    // @ts-expect-error: image_urls is required
    expectTypeOf({"action":"ingredients2video","model":"veo31-fast-ingredients","prompt":"The girl from the first picture walks the dog from the second one through a park in autumn."} satisfies VeoCreateTaskRequest).toExtend<VeoCreateTaskRequest>();
  });
  it("refuses ingredientsToVideo with prompt misspelled promtp", () => {
    // @ts-expect-error: promtp is not a field
    expectTypeOf({"action":"ingredients2video","model":"veo31-fast-ingredients","promtp":"The girl from the first picture walks the dog from the second one through a park in autumn.","image_urls":["https://platform.cdn.acedata.cloud/veo/5e2a7c90-1d4b-4f68-b3e7-0c9d8a6f2e15.png","https://platform.cdn.acedata.cloud/veo/c1d4f7a2-8e3b-4a59-96c0-7b2e5f8d1a34.png"]} satisfies VeoCreateTaskRequest).toExtend<VeoCreateTaskRequest>();
  });
  it("refuses fetch1080p without action", () => {
    // @ts-expect-error: action is required
    expectTypeOf({"video_id":"2f43ceed37944b4d836e1a1899dad0a1"} satisfies VeoCreateTaskRequest).toExtend<VeoCreateTaskRequest>();
  });
  it("refuses fetch1080p without video_id", () => {
    // @ts-expect-error: video_id is required
    expectTypeOf({"action":"get1080p"} satisfies VeoCreateTaskRequest).toExtend<VeoCreateTaskRequest>();
  });
  it("refuses fetch1080p with video_id misspelled video_di", () => {
    // @ts-expect-error: video_di is not a field
    expectTypeOf({"action":"get1080p","video_di":"2f43ceed37944b4d836e1a1899dad0a1"} satisfies VeoCreateTaskRequest).toExtend<VeoCreateTaskRequest>();
  });
  it("offers the 5 known values of model", () => {
    expectTypeOf<KnownValues<FieldOf<VeoCreateTaskRequest, "model">>>().toEqualTypeOf<"veo3" | "veo3-fast" | "veo31" | "veo31-fast" | "veo31-fast-ingredients">();
  });
  it("accepts a model no spec lists yet", () => {
    expectTypeOf({"action":"text2video","model":"veo3-released-tomorrow","prompt":"A paper boat drifts down a rain-soaked street at dusk, the camera following it at water level.","aspect_ratio":"16:9"} satisfies VeoCreateTaskRequest).toExtend<VeoCreateTaskRequest>();
  });
});

describe("upsampleVideo: POST /veo/upsample", () => {
  it("accepts the example upsampleTo4k", () => {
    expectTypeOf({"video_id":"8efd110f-f831-4efd-b55f-3e0a07f07948","action":"4k"} satisfies VeoUpsampleVideoRequest).toExtend<VeoUpsampleVideoRequest>();
  });
  it("accepts the example animatedGif", () => {
    expectTypeOf({"video_id":"8c8510564991ecb3e85ef05a41ec184e","action":"gif","async":true} satisfies VeoUpsampleVideoRequest).toExtend<VeoUpsampleVideoRequest>();
  });
  it("accepts the example withCallback", () => {
    expectTypeOf({"video_id":"8efd110f-f831-4efd-b55f-3e0a07f07948","action":"1080p","callback_url":"https://example.com/webhooks/veo-upsample"} satisfies VeoUpsampleVideoRequest).toExtend<VeoUpsampleVideoRequest>();
  });
  it("refuses upsampleTo4k without video_id", () => {
    // @ts-expect-error: video_id is required
    expectTypeOf({"action":"4k"} satisfies VeoUpsampleVideoRequest).toExtend<VeoUpsampleVideoRequest>();
  });
  it("refuses upsampleTo4k without action", () => {
    // @ts-expect-error: action is required
    expectTypeOf({"video_id":"8efd110f-f831-4efd-b55f-3e0a07f07948"} satisfies VeoUpsampleVideoRequest).toExtend<VeoUpsampleVideoRequest>();
  });
  it("refuses upsampleTo4k with video_id misspelled video_di", () => {
    // @ts-expect-error: video_di is not a field
    expectTypeOf({"video_di":"8efd110f-f831-4efd-b55f-3e0a07f07948","action":"4k"} satisfies VeoUpsampleVideoRequest).toExtend<VeoUpsampleVideoRequest>();
  });
});

describe("extendVideo: POST /veo/extend", () => {
  it("accepts the example extendVideo", () => {
    expectTypeOf({"video_id":"8efd110f-f831-4efd-b55f-3e0a07f07948","model":"veo31-fast","prompt":"the camera pulls back to show the whole harbour at dusk"} satisfies VeoExtendVideoRequest).toExtend<VeoExtendVideoRequest>();
  });
  it("accepts the example extendWithOptions", () => {
    expectTypeOf({"video_id":"8c8510564991ecb3e85ef05a41ec184e","model":"veo31","prompt":"the dancer spins once more and bows","aspect_ratio":"9:16","resolution":"1080p","async":true} satisfies VeoExtendVideoRequest).toExtend<VeoExtendVideoRequest>();
  });
  it("accepts the example withCallback", () => {
    expectTypeOf({"video_id":"8efd110f-f831-4efd-b55f-3e0a07f07948","model":"veo31-fast","callback_url":"https://example.com/webhooks/veo-extend"} satisfies VeoExtendVideoRequest).toExtend<VeoExtendVideoRequest>();
  });
  it("refuses extendVideo without video_id", () => {
    // @ts-expect-error: video_id is required
    expectTypeOf({"model":"veo31-fast","prompt":"the camera pulls back to show the whole harbour at dusk"} satisfies VeoExtendVideoRequest).toExtend<VeoExtendVideoRequest>();
  });
  it("refuses extendVideo without model", () => {
    // @ts-expect-error: model is required
    expectTypeOf({"video_id":"8efd110f-f831-4efd-b55f-3e0a07f07948","prompt":"the camera pulls back to show the whole harbour at dusk"} satisfies VeoExtendVideoRequest).toExtend<VeoExtendVideoRequest>();
  });
  it("refuses extendVideo with video_id misspelled video_di", () => {
    // @ts-expect-error: video_di is not a field
    expectTypeOf({"video_di":"8efd110f-f831-4efd-b55f-3e0a07f07948","model":"veo31-fast","prompt":"the camera pulls back to show the whole harbour at dusk"} satisfies VeoExtendVideoRequest).toExtend<VeoExtendVideoRequest>();
  });
  it("offers the 2 known values of model", () => {
    expectTypeOf<KnownValues<FieldOf<VeoExtendVideoRequest, "model">>>().toEqualTypeOf<"veo31-fast" | "veo31">();
  });
  it("accepts a model no spec lists yet", () => {
    expectTypeOf({"video_id":"8efd110f-f831-4efd-b55f-3e0a07f07948","model":"veo31-fast-released-tomorrow","prompt":"the camera pulls back to show the whole harbour at dusk"} satisfies VeoExtendVideoRequest).toExtend<VeoExtendVideoRequest>();
  });
});

describe("reshootVideo: POST /veo/reshoot", () => {
  it("accepts the example reshootVideo", () => {
    expectTypeOf({"video_id":"8efd110f-f831-4efd-b55f-3e0a07f07948","motion_type":"DOLLY_IN_ZOOM_OUT"} satisfies VeoReshootVideoRequest).toExtend<VeoReshootVideoRequest>();
  });
  it("accepts the example withCallback", () => {
    expectTypeOf({"video_id":"8c8510564991ecb3e85ef05a41ec184e","motion_type":"STATIONARY_RIGHT","callback_url":"https://example.com/webhooks/veo-reshoot"} satisfies VeoReshootVideoRequest).toExtend<VeoReshootVideoRequest>();
  });
  it("refuses reshootVideo without video_id", () => {
    // @ts-expect-error: video_id is required
    expectTypeOf({"motion_type":"DOLLY_IN_ZOOM_OUT"} satisfies VeoReshootVideoRequest).toExtend<VeoReshootVideoRequest>();
  });
  it("refuses reshootVideo without motion_type", () => {
    // @ts-expect-error: motion_type is required
    expectTypeOf({"video_id":"8efd110f-f831-4efd-b55f-3e0a07f07948"} satisfies VeoReshootVideoRequest).toExtend<VeoReshootVideoRequest>();
  });
  it("refuses reshootVideo with video_id misspelled video_di", () => {
    // @ts-expect-error: video_di is not a field
    expectTypeOf({"video_di":"8efd110f-f831-4efd-b55f-3e0a07f07948","motion_type":"DOLLY_IN_ZOOM_OUT"} satisfies VeoReshootVideoRequest).toExtend<VeoReshootVideoRequest>();
  });
});

describe("editObjects: POST /veo/objects", () => {
  it("accepts the example insertObject", () => {
    expectTypeOf({"video_id":"8efd110f-f831-4efd-b55f-3e0a07f07948","action":"insert","prompt":"a red kite flying above the boats"} satisfies VeoEditObjectsRequest).toExtend<VeoEditObjectsRequest>();
  });
  it("accepts the example insertWithMask", () => {
    expectTypeOf({"video_id":"8efd110f-f831-4efd-b55f-3e0a07f07948","action":"insert","prompt":"a small wooden rowing boat","image_mask":"https://platform.cdn.acedata.cloud/veo/6ca453a1-1219-47f9-a382-21abca2d4ec8.jpg","async":true} satisfies VeoEditObjectsRequest).toExtend<VeoEditObjectsRequest>();
  });
  it("accepts the example removeObject", () => {
    expectTypeOf({"video_id":"8c8510564991ecb3e85ef05a41ec184e","action":"remove","image_mask":"https://platform.cdn.acedata.cloud/veo/7e6703af-afa9-494d-a13c-d2de90415167.jpg","prompt":"remove the lamp post","callback_url":"https://example.com/webhooks/veo-objects"} satisfies VeoEditObjectsRequest).toExtend<VeoEditObjectsRequest>();
  });
  it("refuses insertObject without video_id", () => {
    // @ts-expect-error: video_id is required
    expectTypeOf({"action":"insert","prompt":"a red kite flying above the boats"} satisfies VeoEditObjectsRequest).toExtend<VeoEditObjectsRequest>();
  });
  it("refuses insertObject without action", () => {
    // @ts-expect-error: action is required
    expectTypeOf({"video_id":"8efd110f-f831-4efd-b55f-3e0a07f07948","prompt":"a red kite flying above the boats"} satisfies VeoEditObjectsRequest).toExtend<VeoEditObjectsRequest>();
  });
  it("refuses insertObject without prompt", () => {
    // @ts-expect-error: prompt is required
    expectTypeOf({"video_id":"8efd110f-f831-4efd-b55f-3e0a07f07948","action":"insert"} satisfies VeoEditObjectsRequest).toExtend<VeoEditObjectsRequest>();
  });
  it("refuses insertObject with video_id misspelled video_di", () => {
    // @ts-expect-error: video_di is not a field
    expectTypeOf({"video_di":"8efd110f-f831-4efd-b55f-3e0a07f07948","action":"insert","prompt":"a red kite flying above the boats"} satisfies VeoEditObjectsRequest).toExtend<VeoEditObjectsRequest>();
  });
  it("refuses removeObject without video_id", () => {
    // @ts-expect-error: video_id is required
    expectTypeOf({"action":"remove","image_mask":"https://platform.cdn.acedata.cloud/veo/7e6703af-afa9-494d-a13c-d2de90415167.jpg","prompt":"remove the lamp post","callback_url":"https://example.com/webhooks/veo-objects"} satisfies VeoEditObjectsRequest).toExtend<VeoEditObjectsRequest>();
  });
  it("refuses removeObject without action", () => {
    // @ts-expect-error: action is required
    expectTypeOf({"video_id":"8c8510564991ecb3e85ef05a41ec184e","image_mask":"https://platform.cdn.acedata.cloud/veo/7e6703af-afa9-494d-a13c-d2de90415167.jpg","prompt":"remove the lamp post","callback_url":"https://example.com/webhooks/veo-objects"} satisfies VeoEditObjectsRequest).toExtend<VeoEditObjectsRequest>();
  });
  it("refuses removeObject without image_mask", () => {
    // @ts-expect-error: image_mask is required
    expectTypeOf({"video_id":"8c8510564991ecb3e85ef05a41ec184e","action":"remove","prompt":"remove the lamp post","callback_url":"https://example.com/webhooks/veo-objects"} satisfies VeoEditObjectsRequest).toExtend<VeoEditObjectsRequest>();
  });
  it("refuses removeObject with video_id misspelled video_di", () => {
    // @ts-expect-error: video_di is not a field
    expectTypeOf({"video_di":"8c8510564991ecb3e85ef05a41ec184e","action":"remove","image_mask":"https://platform.cdn.acedata.cloud/veo/7e6703af-afa9-494d-a13c-d2de90415167.jpg","prompt":"remove the lamp post","callback_url":"https://example.com/webhooks/veo-objects"} satisfies VeoEditObjectsRequest).toExtend<VeoEditObjectsRequest>();
  });
});
