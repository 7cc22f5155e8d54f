// Filling works on any record shape the spec's `x-gentask.record` describes, a flat result included.
import { classifyAceDataRecord, type ProviderFacts, providerRegistry } from "@gentask/core";
import { describe, expect, it } from "vitest";
import { fillStatusAnswer, type TaskView } from "./fill.js";

const facts = (Object.values(providerRegistry) as ProviderFacts[]).find((candidate) => candidate.family === "acedata");

describe.runIf(facts !== undefined)("fillStatusAnswer", () => {
  // A provider whose result is the item: the status word and the video URL sit directly in `response`.
  const flat = {
    ...(facts as ProviderFacts),
    record: { items: "", statusWord: ["status"], mediaUrls: ["video_url"], succeededWords: ["completed"] },
  } as ProviderFacts;
  const example = {
    id: "example-id-0001",
    _id: "6949a3b1550a4144a5c1d3e7",
    created_at: 1766433713.206,
    request: { prompt: "the example's prompt" },
    response: {
      success: true,
      task_id: "example-id-0001",
      status: "completed",
      prompt: "the example's prompt",
      video_url: "https://cdn.example/example-id-0001.mp4",
    },
  };
  const view: TaskView = {
    id: "task-42",
    request: { prompt: "my own prompt" },
    moments: { created: 1_000_000, started: 2_000_000, finished: 3_000_000 },
    now: 3_500_000,
    progress: 100,
    mediaUrl: () => "http://127.0.0.1:1/media/task-42.mp4",
  };

  it('fills the media, id and prompt of a flat result (items: "") so the classifier sees it finish', () => {
    const filled = fillStatusAnswer(example, flat, view) as typeof example;
    expect(filled.response.video_url).toBe("http://127.0.0.1:1/media/task-42.mp4");
    expect(filled.response.task_id).toBe("task-42");
    expect(filled.response.prompt).toBe("my own prompt");
    expect(filled._id).not.toBe(example._id);
    expect(filled._id).toMatch(/^[0-9a-f]{24}$/);
    expect(classifyAceDataRecord(filled, "task-42", flat.record)).toMatchObject({
      state: "succeeded",
      urls: ["http://127.0.0.1:1/media/task-42.mp4"],
    });
  });

  it("reads the items at core's default (data) when the spec says none, as the classifier does", () => {
    const { items: _items, ...shape } = flat.record;
    const nested = { ...flat, record: shape } as ProviderFacts;
    const { status, video_url, prompt: _prompt, ...response } = example.response;
    const filled = fillStatusAnswer(
      { ...example, response: { ...response, data: [{ status, video_url }] } },
      nested,
      view,
    );
    expect(classifyAceDataRecord(filled, "task-42", nested.record)).toMatchObject({
      state: "succeeded",
      urls: ["http://127.0.0.1:1/media/task-42.mp4"],
    });
  });
});
