import { describe, expect, it } from "vitest";
import { classifyAceDataRecord } from "./acedata.js";
import { DEFAULT_RECORD_ITEMS, type RecordShape, recordItemsPath } from "./provider-facts.js";

// A record shape that reads every layout the mechanism must support: status words under two names,
// media at the item or under `content`, inline base64 media, per-item errors.
const shape: RecordShape = {
  items: "data",
  statusWord: ["status", "state"],
  progress: ["progress"],
  mediaUrls: ["video_url", "image_url", "content/video_url"],
  inlineMedia: ["b64_json"],
  errorCode: ["error/code"],
  errorMessage: ["error/message", "error"],
  succeededWords: ["succeeded"],
  failedWords: ["failed", "cancelled", "expired"],
};

const record = (response?: unknown) => ({
  id: "task-1",
  created_at: 1,
  ...(response === undefined ? {} : { response }),
});
const classify = (value: unknown) => classifyAceDataRecord(value, "task-1", shape);

describe("classifyAceDataRecord", () => {
  it("reads {} and a missing record as not found", () => {
    expect(classify({})).toMatchObject({ id: "task-1", state: "not_found", record: undefined });
    expect(classify(undefined)).toMatchObject({ state: "not_found" });
  });

  it("reads a record without response as pending", () => {
    expect(classify(record())).toMatchObject({ state: "pending", urls: [] });
  });

  it("reads a progress snapshot (success without media) as pending", () => {
    expect(classify(record({ success: true, task_id: "task-1" }))).toMatchObject({ state: "pending" });
  });

  it("reads success: false as failed with the provider's code and message", () => {
    const status = classify(record({ success: false, error: { code: "content_policy", message: "refused" } }));
    expect(status).toMatchObject({ state: "failed", error: { code: "content_policy", message: "refused" } });
  });

  it("reads a bare generation result (no record around it) like a record's response", () => {
    const bare = { success: true, task_id: "task-1", data: [{ state: "succeeded", video_url: "https://cdn/v.mp4" }] };
    expect(classify(bare)).toMatchObject({ state: "succeeded", urls: ["https://cdn/v.mp4"] });
    expect(classify({ success: false, error: { code: "x", message: "no" } })).toMatchObject({ state: "failed" });
  });

  it("needs media where there is no status word", () => {
    const withImage = record({ success: true, data: [{ prompt: "cat", image_url: "https://cdn/x.png" }] });
    expect(classify(withImage)).toMatchObject({ state: "succeeded", urls: ["https://cdn/x.png"] });
    const base64 = record({ success: true, data: [{ prompt: "cat", b64_json: "aGVsbG8=" }] });
    expect(classify(base64)).toMatchObject({ state: "succeeded", urls: [] });
  });

  it("keeps the images of a group where one item failed, and fails when all did", () => {
    const mixed = record({
      success: true,
      data: [{ image_url: "https://cdn/1.png" }, { error: { code: "sensitive", message: "blocked" } }],
    });
    expect(classify(mixed)).toMatchObject({ state: "succeeded", urls: ["https://cdn/1.png"] });
    const allFailed = record({ success: true, data: [{ error: { message: "blocked" } }, { error: "timeout" }] });
    expect(classify(allFailed)).toMatchObject({ state: "failed", error: { message: "blocked" } });
  });

  it("reads data as an object, an array, or with the URL under content", () => {
    const asObject = record({ success: true, data: { status: "succeeded", video_url: "https://cdn/a.mp4" } });
    const asArray = record({ success: true, data: [{ status: "succeeded", video_url: "https://cdn/b.mp4" }] });
    const underContent = record({
      success: true,
      data: { status: "succeeded", content: { video_url: "https://cdn/c.mp4" } },
    });
    expect(classify(asObject)).toMatchObject({
      state: "succeeded",
      urls: ["https://cdn/a.mp4"],
      statusWord: "succeeded",
    });
    expect(classify(asArray)).toMatchObject({ state: "succeeded", urls: ["https://cdn/b.mp4"] });
    expect(classify(underContent)).toMatchObject({ state: "succeeded", urls: ["https://cdn/c.mp4"] });
  });

  it.each(["queued", "running", "processing", "pending", "aborted-by-a-new-api-word"])(
    "reads the status word %s as pending",
    (word) => {
      const status = classify(record({ success: true, data: { status: word } }));
      expect(status).toMatchObject({ state: "pending", statusWord: word });
    },
  );

  it.each(["failed", "cancelled", "expired"])("reads the status word %s as failed", (word) => {
    expect(classify(record({ success: true, data: { status: word } }))).toMatchObject({
      state: "failed",
      error: { code: word },
    });
  });

  it("does not call a succeeded word without media a success", () => {
    expect(classify(record({ success: true, data: { status: "succeeded", video_url: null } }))).toMatchObject({
      state: "pending",
    });
  });

  it("reads per-item states: pending until every item succeeded", () => {
    const partly = record({
      success: true,
      data: [
        { state: "succeeded", video_url: "https://cdn/1.mp4" },
        { state: "processing", video_url: "" },
      ],
    });
    expect(classify(partly)).toMatchObject({ state: "pending", statusWord: "processing" });
    const failedItem = record({ success: true, data: [{ state: "failed" }] });
    expect(classify(failedItem)).toMatchObject({ state: "failed" });
  });

  it("passes the progress a provider reports", () => {
    expect(classify(record({ success: true, data: { status: "running", progress: 40 } }))).toMatchObject({
      state: "pending",
      progress: 40,
    });
  });
});

describe("record.items", () => {
  const { items: _items, ...withoutItems } = shape;
  const flat = record({ success: true, task_id: "task-1", state: "succeeded", video_url: "https://cdn.example/v.mp4" });

  it("defaults to data, the one default of the classifier, the mock and the generator", () => {
    expect(recordItemsPath(withoutItems)).toBe(DEFAULT_RECORD_ITEMS);
    expect(DEFAULT_RECORD_ITEMS).toBe("data");
    const nested = record({ success: true, data: [{ state: "succeeded", video_url: "https://cdn.example/v.mp4" }] });
    expect(classifyAceDataRecord(nested, "task-1", withoutItems)).toMatchObject({ state: "succeeded" });
  });

  it('reads a flat response as the one item with items: ""', () => {
    expect(classifyAceDataRecord(flat, "task-1", { ...shape, items: "" })).toMatchObject({
      state: "succeeded",
      urls: ["https://cdn.example/v.mp4"],
      statusWord: "succeeded",
    });
    // With the default, the same record has no items: it never finishes, which generate's self-check catches.
    expect(classifyAceDataRecord(flat, "task-1", withoutItems)).toMatchObject({ state: "pending" });
  });

  it('reads a flat failed response with items: ""', () => {
    const failed = record({ success: true, state: "failed", error: { code: "nsfw", message: "refused" } });
    expect(classifyAceDataRecord(failed, "task-1", { ...shape, items: "" })).toMatchObject({
      state: "failed",
      error: { code: "nsfw", message: "refused" },
    });
  });
});
