import { createHash } from "node:crypto";
import {
  type ProviderFacts,
  type ProviderFamily,
  type RecordTime,
  recordItemsPath,
  valueAtPointer,
} from "@gentask/core";

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
  if (typeof document === "string") {
    if (!document.includes(from)) return document;
    // Inside a JSON string (kie's resultJson), replace in the decoded value: `to` may hold quotes.
    if (/^\s*[[{]/.test(document)) {
      try {
        return JSON.stringify(replaceText(JSON.parse(document), from, to));
      } catch {
        // Not JSON after all: plain text.
      }
    }
    return document.split(from).join(to);
  }
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
  /** When it was created, started (after its queue time) and finished (after its run time), in ms. */
  moments: { created: number; started: number; finished: number };
  /** The time of the answer, in ms. */
  now: number;
  /** Progress in percent, while the task runs. */
  progress: number;
  /** Where its media lives on the mock. */
  mediaUrl: (exampleUrl: string) => string;
}

/** The fields whose ids are the task's own (its record's `_id`, a trace, a result item): fresh ones per task. */
const OWN_ID_FIELDS = new Set(["_id", "id", "trace_id", "traceId"]);

/**
 * An id shaped like `example` (a UUID for a UUID, else the same prefix and length in hex), derived from
 * `seed`: the same task answers with the same ids every time, another task with other ones.
 */
export function idLike(example: string, seed: string): string {
  const hex = createHash("sha256").update(seed).digest("hex").repeat(2);
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(example)) {
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
  const prefix = example.match(/^[^0-9]*/)?.[0] ?? "";
  return prefix + hex.slice(0, Math.max(1, example.length - prefix.length));
}

/** Gives the task its own ids wherever the example had other ids of its own (`_id`, `trace_id`, item ids). */
function freshIds(document: Json, taskId: string): Json {
  const own = new Set<string>();
  const collect = (value: Json): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (isObject(value)) {
      for (const [key, item] of Object.entries(value)) {
        if (OWN_ID_FIELDS.has(key) && typeof item === "string" && item.length >= 8 && item !== taskId) own.add(item);
        else collect(item);
      }
    }
  };
  collect(document);
  let filled = document;
  for (const id of own) filled = replaceText(filled, id, idLike(id, `${taskId}/${id}`));
  return filled;
}

/** Writes the task's prompt where the example echoed its own (in the result, a callback, a record). */
function ownPrompt(
  document: Json,
  facts: ProviderFacts,
  requestPath: string | undefined,
  task: TaskView,
  itemsPath: string,
): Json {
  const pointer = facts.common.promptPointer;
  const prompt = valueAtPointer(task.request, pointer);
  if (typeof prompt !== "string") return document;
  const examplePrompt = requestPath === undefined ? undefined : firstAt(document, join(requestPath, pointer.slice(1)));
  let filled = typeof examplePrompt === "string" ? replaceText(document, examplePrompt, prompt) : document;
  filled = updateAt(filled, join(itemsPath, "prompt"), (value) => (typeof value === "string" ? prompt : value));
  return filled;
}

function timeValue(ms: number, unit: RecordTime["unit"], example: Json): Json {
  if (unit === "datetime") {
    const iso = new Date(ms).toISOString();
    // Keep the example's own format: `YYYY-MM-DD HH:MM:SS` or ISO 8601.
    return typeof example === "string" && !example.includes("T") ? iso.slice(0, 19).replace("T", " ") : iso;
  }
  return unit === "seconds" ? Math.round(ms / 10) / 100 : Math.round(ms);
}

function timeMs(value: Json, unit: RecordTime["unit"]): number {
  if (unit === "seconds") return Number(value) * 1000;
  if (unit === "milliseconds") return Number(value);
  const text = String(value);
  return Date.parse(text.includes("T") ? text : `${text.replace(" ", "T")}Z`);
}

/**
 * Writes the task's own times at the record's time fields that the example fills: a field with a `moment`
 * gets that moment of the task; one without keeps its distance to the creation time.
 */
function ownTimes(document: Json, times: readonly RecordTime[], recordPath: string, task: TaskView): Json {
  const anchor = times.find((time) => time.moment === "created") ?? times[0];
  const exampleCreated = anchor === undefined ? undefined : firstAt(document, join(recordPath, anchor.path));
  const exampleCreatedMs =
    exampleCreated === undefined ? Number.NaN : timeMs(exampleCreated, (anchor as RecordTime).unit);
  const { created, started, finished } = task.moments;
  const momentMs = {
    created,
    started,
    finished,
    updated: Math.min(task.now, finished),
  };
  let filled = document;
  for (const time of times) {
    filled = updateAt(filled, join(recordPath, time.path), (value) => {
      if (time.moment !== undefined) return timeValue(momentMs[time.moment], time.unit, value);
      const ms = timeMs(value, time.unit);
      if (!Number.isFinite(ms) || !Number.isFinite(exampleCreatedMs)) return value;
      return timeValue(created + (ms - exampleCreatedMs), time.unit, value);
    });
  }
  return filled;
}

/**
 * Turns a status answer example (a record, or kie's envelope around one) into the answer about `task`:
 * its id everywhere the example's id stood, ids of its own, its request and prompt, its media URLs, its
 * progress and its times.
 */
export function fillStatusAnswer(example: Json, facts: ProviderFacts, task: TaskView): Json {
  const layout = FAMILY_LAYOUT[facts.family];
  const exampleId = firstAt(example, join(layout.record, layout.id));
  let answer = typeof exampleId === "string" ? replaceText(example, exampleId, task.id) : example;
  answer = freshIds(answer, task.id);
  const requestPath = join(layout.record, layout.request);
  answer = ownPrompt(answer, facts, requestPath, task, itemsPath(facts, join(layout.record, layout.result)));
  answer = updateAt(answer, requestPath, () => task.request);
  answer = ownTimes(answer, facts.record.times ?? [], layout.record, task);
  return fillResult(answer, facts, join(layout.record, layout.result), task);
}

/** Turns a callback example into the callback about `task`. */
export function fillCallback(example: Json, facts: ProviderFacts, task: TaskView): Json {
  const layout = FAMILY_LAYOUT[facts.family];
  const exampleId = firstAt(example, layout.callbackId);
  let callback = typeof exampleId === "string" ? replaceText(example, exampleId, task.id) : example;
  callback = freshIds(callback, task.id);
  // Ace Data callbacks carry no request; kie's carry it as in the record.
  const requestPath = facts.family === "kie" ? join(layout.callbackResult, layout.request) : undefined;
  callback = ownPrompt(callback, facts, requestPath, task, itemsPath(facts, layout.callbackResult));
  if (requestPath !== undefined) callback = updateAt(callback, requestPath, () => task.request);
  return fillResult(callback, facts, layout.callbackResult, task);
}

/** Where the result items sit: Ace Data results keep them at `record.items` (core's default when the spec says none); a kie record is the item. */
function itemsPath(facts: ProviderFacts, resultPath: string): string {
  return join(resultPath, facts.family === "kie" ? "" : recordItemsPath(facts.record));
}

function fillResult(answer: Json, facts: ProviderFacts, resultPath: string, task: TaskView): Json {
  const items = itemsPath(facts, resultPath);
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
