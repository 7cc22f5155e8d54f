// Every spec checks itself: its named status examples, read by @gentask/core's own classifier with the
// spec's `x-gentask`, must say what their names say. A wrong `record` mapping fails `pnpm generate` with
// the field to fix, instead of a demo that waits for a task it never sees finish.
import { classifyTaskRecord, recordItemsPath, statusAnswerRecord, valuesAt } from "./core-source.mjs";

const isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
const quote = (value) => JSON.stringify(value);
const keysOf = (value) => (isObject(value) ? Object.keys(value).join(", ") || "none" : JSON.stringify(value));

/** The named example of an operation's responses, or `undefined`. */
function responseExample(operation, name) {
  for (const response of Object.values(operation.responses ?? {})) {
    const example = response?.content?.["application/json"]?.examples?.[name];
    if (example !== undefined) return example.value;
  }
  return undefined;
}

/** Where the record's result items are, and what they are, for the messages. */
function itemsOf(facts, record) {
  if (facts.family === "kie") return { where: "the record", items: isObject(record) ? [record] : [] };
  const result = isObject(record?.response) ? record.response : record;
  const items = isObject(result) ? valuesAt(result, recordItemsPath(facts.record)).filter(isObject) : [];
  return { where: "its response", result, items };
}

const paths = (facts, field) => `x-gentask.record.${field} (${quote(facts.record[field] ?? [])})`;
const found = (items, list) => (list ?? []).flatMap((path) => items.flatMap((item) => valuesAt(item, path)));

/** Why an example whose status word or media were expected was not read so: the `record` field to fix. */
function diagnoseShape(facts, record, expected) {
  const { where, result, items } = itemsOf(facts, record);
  if (items.length === 0) {
    return `x-gentask.record.items (${quote(recordItemsPath(facts.record))}) finds no result item in ${where} (its fields: ${keysOf(result)}); \`items: ""\` reads a flat response as the one item`;
  }
  const words = found(items, facts.record.statusWord).filter((word) => typeof word === "string");
  const succeeded = facts.record.succeededWords ?? [];
  const failed = facts.record.failedWords ?? [];
  if (expected === "succeeded") {
    const other = words.find((word) => !succeeded.includes(word.toLowerCase()));
    if (other !== undefined) {
      return `its status word ${quote(other)} (at ${paths(facts, "statusWord")}) is not in x-gentask.record.succeededWords (${quote(succeeded)})`;
    }
    return `${paths(facts, "mediaUrls")} finds no media URL in the result items (their fields: ${keysOf(items[0])})`;
  }
  if (expected === "failed") {
    if (words.length === 0) {
      return `${paths(facts, "statusWord")} finds no status word and ${paths(facts, "errorMessage")} no error in the result items (their fields: ${keysOf(items[0])})`;
    }
    return `none of its status words ${quote(words)} (at ${paths(facts, "statusWord")}) is in x-gentask.record.failedWords (${quote(failed)})`;
  }
  return `its status words ${quote(words)} (at ${paths(facts, "statusWord")}) end the task: check x-gentask.record.succeededWords (${quote(succeeded)}), failedWords (${quote(failed)}) and mediaUrls`;
}

/**
 * Classifies each status example the `x-gentask.answers` name (queued, running, succeeded, failed,
 * unknownTask) with core's classifier; returns one message per example that does not read as its name
 * says, naming the `x-gentask` field to look at.
 */
export function selfCheckProblems(facts, spec, file = `specs/${facts.name}.yaml`) {
  const status = Object.values(spec.paths ?? {})
    .flatMap((item) => Object.values(item ?? {}))
    .find((operation) => isObject(operation) && operation["x-gentask-role"] === "status");
  if (status === undefined) return [];
  const { answers } = facts;
  const cases = [
    ...[answers.queued].flat().map((name) => ({ phase: "queued", name, expected: "pending" })),
    ...[answers.running].flat().map((name) => ({ phase: "running", name, expected: "pending" })),
    { phase: "succeeded", name: answers.succeeded, expected: "succeeded" },
    { phase: "failed", name: answers.failed, expected: "failed" },
    { phase: "unknownTask", name: answers.unknownTask, expected: "not_found" },
  ];
  const problems = [];
  for (const { phase, name, expected } of cases) {
    const answer = responseExample(status, name);
    if (answer === undefined) continue; // the registry already says a named example is missing
    const record = statusAnswerRecord(facts.family, answer);
    const classified = classifyTaskRecord(facts, record, "self-check");
    const label = `${file}: the status example \`${name}\` (x-gentask.answers.${phase})`;
    if (classified.state !== expected) {
      const why =
        expected === "not_found"
          ? `an unknown task must answer as the family's protocol says (Ace Data \`{}\`, kie \`data: null\`)`
          : diagnoseShape(facts, record, expected);
      problems.push(`${label} reads as ${classified.state}, not ${expected}: ${why}.`);
      continue;
    }
    if (expected === "succeeded" && classified.urls.length === 0 && facts.media.some((kind) => kind !== "text")) {
      problems.push(`${label} reads as succeeded without a media URL: ${diagnoseShape(facts, record, "succeeded")}.`);
    }
    if (expected === "failed") {
      const text = JSON.stringify(answer);
      const { code, message } = classified.error ?? {};
      if (typeof message !== "string" || !text.includes(JSON.stringify(message).slice(1, -1))) {
        problems.push(
          `${label} reads as failed without its own message (got ${quote(message)}): ${paths(facts, "errorMessage")} finds none in it.`,
        );
      }
      if (typeof code !== "string" || !text.includes(code)) {
        problems.push(
          `${label} reads as failed without its own code (got ${quote(code)}): ${paths(facts, "errorCode")} finds none in it.`,
        );
      }
    }
  }
  return problems;
}
