// What the lifecycle mock answers: the spec's named examples of each phase and case, filled in with the
// task's own id, request, media, progress and times (fill.ts).
import { FAMILY_LAYOUT, fillStatusAnswer, firstAt, type TaskView, updateAt } from "./fill.js";
import { type Example, providerExample, responseExample, type ServedProvider } from "./served-provider.js";
import type { Task, TaskStore } from "./task-store.js";

/** An error answer: a named example of the provider's spec, its message replaced when one is given. */
export function errorAnswer(
  provider: ServedProvider,
  name: string | undefined,
  fallbackStatus: number,
  message?: string,
): Example {
  const example = name === undefined ? undefined : providerExample(provider, name);
  if (example === undefined)
    return { status: fallbackStatus, value: { error: { code: `http_${fallbackStatus}`, message } } };
  if (message === undefined) return example;
  return { status: example.status, value: updateAt(example.value, provider.facts.answers.errorMessage, () => message) };
}

/** The accepted answer of a start operation, about the task with `taskId` (in place of the example's id). */
export function acceptedAnswer(provider: ServedProvider, starter: Task["starter"], taskId: string): Example {
  const accepted = responseExample(starter, provider.facts.answers.accepted) as Example;
  const exampleId = acceptedExampleId(provider, starter);
  const value =
    typeof exampleId === "string"
      ? JSON.parse(JSON.stringify(accepted.value).split(exampleId).join(taskId))
      : accepted.value;
  return { status: accepted.status, value };
}

/** The task id of a start operation's accepted example: new ids are made in its shape. */
export function acceptedExampleId(provider: ServedProvider, starter: Task["starter"]): unknown {
  const accepted = responseExample(starter, provider.facts.answers.accepted) as Example;
  return firstAt(accepted.value, FAMILY_LAYOUT[provider.facts.family].acceptedId);
}

/** Answers status reads from the task store. */
export function createStatusAnswers(store: TaskStore, view: (task: Task) => TaskView, queuedMs: number) {
  /** The example the provider answers with for a task in its current phase. */
  const phaseExample = (task: Task): Example => {
    const { answers } = task.provider.facts;
    const phase = store.phaseOf(task);
    const named = [answers[phase.name]].flat();
    // Phases with several words (kie's waiting, queuing) split the phase's time between them.
    const share =
      phase.name === "queued" ? phase.elapsed / queuedMs : phase.name === "running" ? phase.progress / 100 : 0;
    const name = named[Math.min(named.length - 1, Math.floor(share * named.length))] as string;
    return responseExample(task.provider.status, name) as Example;
  };

  const statusAnswer = (task: Task): Example => {
    const example = phaseExample(task);
    return { status: example.status, value: fillStatusAnswer(example.value, task.provider.facts, view(task)) };
  };

  /** The tasks a status request asks about: Ace Data reads `id` or `ids` from the body, kie `taskId` from the query. */
  const statusIds = (
    provider: ServedProvider,
    body: Record<string, unknown> | undefined,
    query: URLSearchParams,
  ): { ids: string[]; batch: boolean } | undefined => {
    if (provider.facts.family === "kie") {
      const id = query.get("taskId");
      return id ? { ids: [id], batch: false } : undefined;
    }
    if (body === undefined) return undefined;
    if (typeof body.id === "string") return { ids: [body.id], batch: false };
    if (Array.isArray(body.ids)) return { ids: body.ids.map(String), batch: true };
    return { ids: [], batch: true };
  };

  /** The answer to a status read: one record, or a batch (without ids, the newest tasks a page at a time). */
  return (provider: ServedProvider, body: Record<string, unknown> | undefined, query: URLSearchParams): Example => {
    const asked = statusIds(provider, body, query);
    if (asked === undefined) {
      return errorAnswer(provider, provider.facts.answers.invalidRequest, 400, "no task id in the request");
    }
    if (!asked.batch) {
      const task = store.get(provider, asked.ids[0] as string);
      if (task === undefined) return responseExample(provider.status, provider.facts.answers.unknownTask) as Example;
      return statusAnswer(task);
    }
    const offset = typeof body?.offset === "number" ? body.offset : 0;
    const limit = typeof body?.limit === "number" ? body.limit : 12;
    const found =
      asked.ids.length > 0
        ? asked.ids.flatMap((id) => {
            const task = store.get(provider, id);
            return task ? [task] : [];
          })
        : store.newest(provider, offset, limit);
    const items = found.map((task) => statusAnswer(task).value);
    return { status: 200, value: { items, count: items.length } };
  };
}
