import { describe, expectTypeOf, test } from "vitest";
import { createKieClient, type KieCreateTaskBody, type KieCreateTaskModel } from "./index.js";

const kie = createKieClient({ apiKey: "test-key" });

describe("createTask bodies", () => {
  test("a typed model's body with what kie requires compiles", () => {
    expectTypeOf(
      kie.createTask({
        model: "kling-2.6/text-to-video",
        callBackUrl: "https://callbacks.your-server.example/kie",
        input: { prompt: "a fox in the snow", sound: false, aspect_ratio: "16:9", duration: "5" },
      }),
    ).resolves.toBeString();
  });

  test("a typed model's body missing a required input field fails", () => {
    kie.createTask({
      model: "bytedance/seedream-v4-edit",
      // @ts-expect-error Seedream 4.0 Edit requires image_urls
      input: { prompt: "make it blue" },
    });
    kie.createTask({
      model: "kling-2.6/text-to-video",
      // @ts-expect-error Kling 2.6 requires sound, aspect_ratio and duration
      input: { prompt: "a fox in the snow" },
    });
  });

  test("a misspelled input field on a typed model fails", () => {
    kie.createTask({
      model: "bytedance/seedream-v4-text-to-image",
      // @ts-expect-error the field is image_size
      input: { prompt: "an island", imageSize: "square_hd" },
    });
  });

  test("a value outside a typed field's documented set fails", () => {
    kie.createTask({
      model: "kling-2.6/text-to-video",
      // @ts-expect-error Kling 2.6 takes "5" or "10" seconds, as strings
      input: { prompt: "a fox", sound: false, aspect_ratio: "16:9", duration: 5 },
    });
  });

  test("callbackUrl (kie spells it callBackUrl) fails, for typed and other models", () => {
    kie.createTask({
      model: "bytedance/seedream-v4-text-to-image",
      // @ts-expect-error kie reads callBackUrl
      callbackUrl: "https://callbacks.your-server.example/kie",
      input: { prompt: "an island" },
    });
    kie.createTask({
      model: "some-vendor/model-released-tomorrow",
      // @ts-expect-error kie reads callBackUrl
      callbackUrl: "https://callbacks.your-server.example/kie",
      input: { prompt: "an island" },
    });
  });

  test("a model the spec does not type compiles with any input", () => {
    expectTypeOf(
      kie.createTask({
        model: "some-vendor/model-released-tomorrow",
        callBackUrl: "https://callbacks.your-server.example/kie",
        input: { prompt: "an island", anything: ["goes", 1, true] },
      }),
    ).resolves.toBeString();
    expectTypeOf<KieCreateTaskBody<"ideogram/v3-text-to-image">["input"]>().toEqualTypeOf<{
      [key: string]: unknown;
    }>();
  });

  test("the known model ids are in the type, and a typed id picks its own body", () => {
    expectTypeOf<"bytedance/seedream-v4-text-to-image">().toExtend<KieCreateTaskModel>();
    expectTypeOf<"grok-imagine/text-to-video">().toExtend<KieCreateTaskModel>();
    expectTypeOf<"kling-2.6/text-to-video">().toExtend<KieCreateTaskModel>();
    expectTypeOf<"hailuo/02-text-to-video-pro">().toExtend<KieCreateTaskModel>();
    expectTypeOf<"wan/2-6-text-to-video">().toExtend<KieCreateTaskModel>();
    expectTypeOf<"flux-2/pro-text-to-image">().toExtend<KieCreateTaskModel>();
    expectTypeOf<"some-vendor/model-released-tomorrow">().not.toExtend<KieCreateTaskModel>();
    expectTypeOf<KieCreateTaskBody<"bytedance/seedream-v4-edit">["input"]["image_urls"]>().toEqualTypeOf<string[]>();
  });
});
