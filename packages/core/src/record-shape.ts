import { isObject, nonEmptyString } from "./client.js";
import type { RecordShape } from "./provider-facts.js";
import type { TaskStatus } from "./task-source.js";

/** A `$json` step met a string that is not JSON. */
export class UnreadableJsonError extends Error {}

/**
 * The values at a `/`-separated path: arrays on the way are read element by element (so an object and
 * a one-element array read alike), and a `$json` step parses a JSON string (throwing
 * {@link UnreadableJsonError} when it is not JSON). A missing step yields nothing.
 */
export function valuesAt(value: unknown, path: string): unknown[] {
  let current: unknown[] = [value];
  const steps = path === "" ? [] : path.split("/");
  for (const [index, step] of steps.entries()) {
    const next: unknown[] = [];
    for (const item of current.flat()) {
      if (step === "$json") {
        if (item === "" || item === null || item === undefined) continue;
        if (typeof item !== "string") next.push(item);
        else {
          try {
            next.push(JSON.parse(item));
          } catch {
            // Named by the field that holds it (kie's `resultJson`), so the failure says where to look.
            const field = steps.slice(0, index).join("/") || "the record";
            throw new UnreadableJsonError(`${field} is not valid JSON: ${item.slice(0, 80)}`);
          }
        }
      } else if (isObject(item) && item[step] !== undefined && item[step] !== null) {
        next.push(item[step]);
      }
    }
    current = next;
  }
  return current.flat();
}

function strings(item: unknown, paths: readonly string[] | undefined): string[] {
  return (paths ?? []).flatMap((path) => valuesAt(item, path)).filter(nonEmptyString);
}

/**
 * Classifies the result items of a task record by its provider's record shape: a failed status word or
 * every item erring means failed; every status word succeeded (or none) with media means succeeded
 * (kie: media is optional, a text result has none); anything else is still pending.
 */
export function classifyItems<TaskRecord>(
  items: readonly unknown[],
  shape: RecordShape,
  id: string,
  record: TaskRecord,
  mediaRequired: boolean,
): TaskStatus<TaskRecord> {
  const succeededWords = shape.succeededWords ?? [];
  const failedWords = shape.failedWords ?? [];
  const words: string[] = [];
  const urls: string[] = [];
  const errors: { code: string | undefined; message: string }[] = [];
  let progress: number | undefined;
  let inline = false;
  let unreadable: string | undefined;
  for (const item of items) {
    for (const word of strings(item, shape.statusWord)) words.push(word.toLowerCase());
    for (const value of (shape.progress ?? []).flatMap((path) => valuesAt(item, path))) {
      if (typeof value === "number") progress = value;
    }
    const message = strings(item, shape.errorMessage)[0];
    if (message !== undefined) errors.push({ code: strings(item, shape.errorCode)[0], message });
    try {
      urls.push(...strings(item, shape.mediaUrls));
      inline ||= strings(item, shape.inlineMedia).length > 0;
    } catch (error) {
      unreadable = (error as Error).message;
    }
  }
  const statusWord = words.find((word) => !succeededWords.includes(word)) ?? words[0];
  const failedWord = words.find((word) => failedWords.includes(word));
  // Without status words, an error on every item is the only sign of failure (a group where all failed).
  const allItemsFailed = words.length === 0 && items.length > 0 && errors.length === items.length;
  if (failedWord !== undefined || allItemsFailed) {
    const error = errors[0];
    return {
      id,
      state: "failed",
      urls: [],
      error: { code: error?.code ?? failedWord, message: error?.message ?? `the task ended as ${failedWord}` },
      statusWord,
      progress,
      record,
    };
  }
  const allSucceeded = words.every((word) => succeededWords.includes(word));
  const finished = allSucceeded && (words.length > 0 || urls.length > 0 || inline);
  if (finished && unreadable !== undefined) {
    // The provider says done but its result cannot be read: waiting longer would not change it.
    return {
      id,
      state: "failed",
      urls: [],
      error: { code: "invalid_result", message: unreadable },
      statusWord,
      record,
    };
  }
  if (finished && (!mediaRequired || urls.length > 0 || inline)) {
    return { id, state: "succeeded", urls, statusWord, progress: 100, record };
  }
  return { id, state: "pending", urls: [], statusWord, progress, record };
}
