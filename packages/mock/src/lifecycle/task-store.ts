// The tasks the lifecycle mock holds, in creation order, and where each stands on the mock's clock: queued
// for `queuedMs`, running for `runningMs`, then finished (succeeded, or failed when it was asked to fail).
import { randomBytes, randomUUID } from "node:crypto";
import type { SpecOperation } from "../spec-documents.js";
import type { CallbackFault } from "./callbacks.js";
import type { ServedProvider } from "./served-provider.js";

export interface Task {
  provider: ServedProvider;
  id: string;
  createdAt: number;
  request: Record<string, unknown>;
  /** The start operation that created it (its callback examples are the task's). */
  starter: SpecOperation;
  fails: boolean;
  callbackUrl: string | undefined;
  callbackFault: CallbackFault;
  /** The callback as first sent (a repeat sends the same again). */
  callbackRequest: { body: string; headers: Record<string, string> } | undefined;
}

/** Where a task stands now: its phase, the time since its creation and its progress in percent. */
export interface TaskPhase {
  name: "queued" | "running" | "succeeded" | "failed";
  elapsed: number;
  progress: number;
}

/** The moments of a task's life on the mock's clock, in ms since the epoch. */
export interface TaskMoments {
  created: number;
  started: number;
  finished: number;
}

export interface TaskStore {
  readonly size: number;
  add(task: Task): void;
  /** A task of `provider` by id (another provider's task is unknown to it). */
  get(provider: ServedProvider, id: string): Task | undefined;
  /** Any provider's task by id. */
  find(id: string): Task | undefined;
  /** The newest tasks of a provider first, a page at a time. */
  newest(provider: ServedProvider, offset: number, limit: number): Task[];
  /** Forgets the tasks older than the retention. */
  evictOld(): void;
  phaseOf(task: Task): TaskPhase;
  momentsOf(task: Task): TaskMoments;
}

export function createTaskStore(settings: {
  now: () => number;
  queuedMs: number;
  runningMs: number;
  retentionMs: number;
}): TaskStore {
  const { now, queuedMs, runningMs, retentionMs } = settings;
  /** Tasks in creation order: the oldest are evicted from the front, and a read is one lookup. */
  const tasks = new Map<string, Task>();
  return {
    get size() {
      return tasks.size;
    },
    add(task) {
      tasks.set(task.id, task);
    },
    get(provider, id) {
      const task = tasks.get(id);
      return task?.provider === provider ? task : undefined;
    },
    find: (id) => tasks.get(id),
    newest(provider, offset, limit) {
      return [...tasks.values()]
        .filter((task) => task.provider === provider)
        .reverse()
        .slice(offset, offset + limit);
    },
    evictOld() {
      const oldest = now() - retentionMs;
      for (const task of tasks.values()) {
        if (task.createdAt >= oldest) break;
        tasks.delete(task.id);
      }
    },
    phaseOf(task) {
      const elapsed = now() - task.createdAt;
      if (elapsed < queuedMs) return { name: "queued", elapsed, progress: 0 };
      if (elapsed < queuedMs + runningMs) {
        return { name: "running", elapsed, progress: Math.floor(((elapsed - queuedMs) / runningMs) * 100) };
      }
      return { name: task.fails ? "failed" : "succeeded", elapsed, progress: 100 };
    },
    momentsOf(task) {
      const started = task.createdAt + queuedMs;
      return { created: task.createdAt, started, finished: started + runningMs };
    },
  };
}

/** Whether any string in a JSON value contains `text`. */
export function mentions(value: unknown, text: string): boolean {
  if (typeof value === "string") return value.includes(text);
  if (Array.isArray(value)) return value.some((item) => mentions(item, text));
  if (typeof value === "object" && value !== null) return Object.values(value).some((item) => mentions(item, text));
  return false;
}

/** A new task id shaped like the example's: a UUID for a UUID, else the same prefix and length in random hex. */
export function newTaskId(example: unknown): string {
  if (typeof example !== "string" || /^[0-9a-f]{8}-[0-9a-f]{4}-/.test(example)) return randomUUID();
  const prefix = example.match(/^[^0-9]*/)?.[0] ?? "";
  const length = Math.max(16, example.length - prefix.length);
  return (
    prefix +
    randomBytes(Math.ceil(length / 2))
      .toString("hex")
      .slice(0, length)
  );
}
