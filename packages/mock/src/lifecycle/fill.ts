import { type ProviderFacts, type ProviderFamily, recordItemsPath } from "@gentask/core";

type Json = unknown;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Replaces the values at a `/`-separated path (the record shapes' notation: arrays on the way are
 * walked element by element, a `$json` step decodes a JSON string and encodes the result back).
 * `update` gets each value found and returns its replacement; missing fields stay missing.
 */
export function updateAt(document: Json, path: string, update: (value: Json) => Json): Json {
  const steps = path === "" ? [] : path.split("/");
  const walk = (value: Json, index: number): Json => {
    if (Array.isArray(value)) return value.map((item) => walk(item, index));
    if (index === steps.length) return update(value);
    const step = steps[index] as string;
    if (step === "$json") {
      if (typeof value !== "string" || value === "") return value;
      return JSON.stringify(walk(JSON.parse(value), index + 1));
    }
    if (!isObject(value) || value[step] === undefined || value[step] === null) return value;
    return { ...value, [step]: walk(value[step], index + 1) };
  };
  return walk(document, 0);
}

/** Replaces every occurrence of `from` in every string of a document (ids sit in URLs and JSON strings too). */
export function replaceText(document: Json, from: string, to: string): Json {
  if (from === "") return document;
  if (typeof document === "string") return document.split(from).join(to);
  if (Array.isArray(document)) return document.map((item) => replaceText(item, from, to));
  if (isObject(document)) {
    return Object.fromEntries(Object.entries(document).map(([key, value]) => [key, replaceText(value, from, to)]));
  }
  return document;
}

/** The first value at a path, or `undefined`. */
export function firstAt(document: Json, path: string): Json {
  let found: Json;
  updateAt(document, path, (value) => {
    found ??= value;
    return value;
  });
  return found;
}

/**
 * Where each family keeps what the mock fills in: the record inside a status answer, the task id, the
 * stored request (kie keeps it as JSON text) and the generation result, in records and in callbacks.
 */
export const FAMILY_LAYOUT: Record<
  ProviderFamily,
  {
    record: string;
    id: string;
    request: string;
    result: string;
    acceptedId: string;
    callbackResult: string;
    callbackId: string;
  }
> = {
  acedata: {
    record: "",
    id: "id",
    request: "request",
    result: "response",
    acceptedId: "task_id",
    callbackResult: "",
    callbackId: "task_id",
  },
  kie: {
    record: "data",
    id: "taskId",
    request: "param/$json",
    result: "",
    acceptedId: "data/taskId",
    callbackResult: "data",
    callbackId: "data/taskId",
  },
};

const join = (...parts: string[]) => parts.filter((part) => part !== "").join("/");

/** What a task contributes to the answers about it. */
export interface TaskView {
  id: string;
  request: Record<string, unknown>;
  createdAt: number;
  /** Progress in percent, while the task runs. */
  progress: number;
  /** Where its media lives on the mock. */
  mediaUrl: (exampleUrl: string) => string;
}

function shiftTime(value: Json, unit: "seconds" | "milliseconds" | "datetime", deltaMs: number): Json {
  if (unit === "datetime" && typeof value === "string") {
    const time = Date.parse(value.includes("T") ? value : `${value.replace(" ", "T")}Z`);
    if (Number.isNaN(time)) return value;
    const shifted = new Date(time + deltaMs).toISOString();
    // Keep the example's own format: `YYYY-MM-DD HH:MM:SS` or ISO 8601.
    return value.includes("T") ? shifted : shifted.slice(0, 19).replace("T", " ");
  }
  if (typeof value !== "number") return value;
  return unit === "seconds" ? Math.round((value * 1000 + deltaMs) / 10) / 100 : Math.round(value + deltaMs);
}

/**
 * Turns a status answer example (a record, or kie's envelope around one) into the answer about `task`:
 * its id everywhere the example's id stood, its request, its media URLs, its progress and its times.
 */
export function fillStatusAnswer(example: Json, facts: ProviderFacts, task: TaskView): Json {
  const layout = FAMILY_LAYOUT[facts.family];
  const exampleId = firstAt(example, join(layout.record, layout.id));
  let answer = typeof exampleId === "string" ? replaceText(example, exampleId, task.id) : example;
  answer = updateAt(answer, join(layout.record, layout.request), () => task.request);
  const record = firstAt(answer, layout.record);
  const exampleCreated = firstAt(record, facts.record.times?.[0]?.path ?? "\u0000");
  const firstTime = facts.record.times?.[0];
  if (firstTime && exampleCreated !== undefined) {
    const exampleMs =
      firstTime.unit === "seconds"
        ? Number(exampleCreated) * 1000
        : firstTime.unit === "milliseconds"
          ? Number(exampleCreated)
          : Date.parse(String(exampleCreated));
    const deltaMs = Number.isFinite(exampleMs) ? task.createdAt - exampleMs : 0;
    for (const time of facts.record.times ?? []) {
      answer = updateAt(answer, join(layout.record, time.path), (value) => shiftTime(value, time.unit, deltaMs));
    }
  }
  return fillResult(answer, facts, join(layout.record, layout.result), task);
}

/** Turns a callback example into the callback about `task`. */
export function fillCallback(example: Json, facts: ProviderFacts, task: TaskView): Json {
  const layout = FAMILY_LAYOUT[facts.family];
  const exampleId = firstAt(example, layout.callbackId);
  const callback = typeof exampleId === "string" ? replaceText(example, exampleId, task.id) : example;
  if (facts.family === "kie") {
    return fillResult(
      updateAt(callback, join(layout.callbackResult, layout.request), () => task.request),
      facts,
      layout.callbackResult,
      task,
    );
  }
  return fillResult(callback, facts, layout.callbackResult, task);
}

function fillResult(answer: Json, facts: ProviderFacts, resultPath: string, task: TaskView): Json {
  // Ace Data results keep their items at `record.items` (core's default when the spec says none); a kie record is the item.
  const items = join(resultPath, facts.family === "kie" ? "" : recordItemsPath(facts.record));
  let filled = answer;
  for (const path of facts.record.mediaUrls) {
    filled = updateAt(filled, join(items, path), (value) => {
      if (Array.isArray(value)) return value.map((url) => (typeof url === "string" ? task.mediaUrl(url) : url));
      return typeof value === "string" && value !== "" ? task.mediaUrl(value) : value;
    });
  }
  for (const path of facts.record.progress ?? []) {
    filled = updateAt(filled, join(items, path), (value) => (typeof value === "number" ? task.progress : value));
  }
  return filled;
}
