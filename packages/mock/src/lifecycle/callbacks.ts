// The callbacks the lifecycle mock POSTs when a task finishes (the spec's callback examples, filled in; kie's
// signed), and their faults as production has them: dropped, repeated, late, forged.
import { createHmac } from "node:crypto";
import { seededRandom } from "@gentask/core";
import { fillCallback, type TaskView } from "./fill.js";
import { callbackExample } from "./served-provider.js";
import type { Task, TaskStore } from "./task-store.js";

/**
 * Faults of callback delivery, each a fraction of the tasks with a callback URL, decided per task by a seeded
 * random (so a run repeats): at most one fault a task, and the fractions add up to 1 at most.
 */
export interface CallbackFaults {
  /** The callback is never sent. */
  dropRate?: number | undefined;
  /** The callback is sent twice, the second time one second later with the same body and headers. */
  duplicateRate?: number | undefined;
  /** The callback is sent `lateMs` after the task finished. */
  lateRate?: number | undefined;
  /** How late a late callback is, in ms. Default 30,000. */
  lateMs?: number | undefined;
  /**
   * Before the real callback, halfway through the run, a forged one claims success: posted to the callback URL
   * without its query (someone who knows the route, not the URL), kie's signed with a wrong key.
   */
  forgeRate?: number | undefined;
  /** Seed of the random that picks the tasks. Default 1. */
  seed?: number | undefined;
}

/** What happens to a task's callback. */
export type CallbackFault = "none" | "dropped" | "duplicated" | "late" | "forged";

/** One callback POST the server sent. */
export interface CallbackDelivery {
  taskId: string;
  kind: "callback" | "repeat" | "forged";
  /** The receiver's status code; `undefined` when no answer came. */
  status: number | undefined;
}

/** A callback POST to send at `at`. */
interface DueCallback {
  at: number;
  task: Task;
  kind: CallbackDelivery["kind"];
}

/** Refuses fractions out of range or adding up to more than 1, and a bad `lateMs`. */
export function checkFaults(faults: CallbackFaults): void {
  const rates = [faults.dropRate, faults.duplicateRate, faults.lateRate, faults.forgeRate].map((rate) => rate ?? 0);
  if (rates.some((rate) => !(rate >= 0 && rate <= 1)) || rates.reduce((sum, rate) => sum + rate, 0) > 1 + 1e-9) {
    throw new TypeError("callbackFaults: each rate must be from 0 to 1, and together at most 1.");
  }
  if (faults.lateMs !== undefined && !(Number.isFinite(faults.lateMs) && faults.lateMs >= 0)) {
    throw new TypeError("callbackFaults.lateMs must be a finite number of ms >= 0.");
  }
}

export interface CallbackSender {
  /** The fault of a new task's callback: one roll against the fractions, in a fixed order. */
  pickFault(): CallbackFault;
  /** Plans the POSTs of a new task with a callback URL, its fault included. */
  schedule(task: Task): void;
  /** Sends the callbacks due by now (also on a fake clock, where no timer fires for them). */
  deliverDue(): Promise<void>[];
  readonly log: readonly CallbackDelivery[];
  /** Stops the timers and waits for the deliveries under way. */
  close(): Promise<void>;
}

export function createCallbackSender(settings: {
  now: () => number;
  store: TaskStore;
  view: (task: Task) => TaskView;
  secret: string;
  timeoutMs: number;
  faults: CallbackFaults;
}): CallbackSender {
  const { now, store, view, secret, timeoutMs, faults } = settings;
  checkFaults(faults);
  const random = seededRandom(faults.seed ?? 1);
  const lateMs = faults.lateMs ?? 30_000;
  /** Callback POSTs still to send, in time order. */
  const due: DueCallback[] = [];
  const log: CallbackDelivery[] = [];
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const deliveries = new Set<Promise<void>>();

  /** The callback about a task in a phase, as the provider sends it (kie's signed with `key`). */
  const callbackRequest = (task: Task, phase: "succeeded" | "failed", key: string) => {
    const { facts } = task.provider;
    const example = callbackExample(task.starter, facts.answers[phase]);
    if (example === undefined) return undefined;
    const body = JSON.stringify(fillCallback(example, facts, view(task)));
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (facts.family === "kie") {
      const timestamp = String(Math.floor(now() / 1000));
      headers["x-webhook-timestamp"] = timestamp;
      headers["x-webhook-signature"] = createHmac("sha256", key).update(`${task.id}.${timestamp}`).digest("base64");
    }
    return { body, headers };
  };

  /** POSTs one callback; failures are ignored (the providers deliver best effort too). */
  const deliver = ({ task, kind }: DueCallback): Promise<void> => {
    if (!task.callbackUrl) return Promise.resolve();
    let target = task.callbackUrl;
    let request: Task["callbackRequest"];
    if (kind === "forged") {
      // Claims success before the task finished, from someone who knows the route but not its query.
      const url = new URL(task.callbackUrl);
      url.search = "";
      target = url.href;
      request = callbackRequest(task, "succeeded", `${secret}-forged`);
    } else {
      const phase = store.phaseOf(task).name;
      if (phase !== "succeeded" && phase !== "failed") return Promise.resolve();
      task.callbackRequest ??= callbackRequest(task, phase, secret);
      request = task.callbackRequest;
    }
    if (request === undefined) return Promise.resolve();
    const entry: CallbackDelivery = { taskId: task.id, kind, status: undefined };
    log.push(entry);
    const delivery = fetch(target, {
      method: "POST",
      headers: request.headers,
      body: request.body,
      signal: AbortSignal.timeout(timeoutMs),
    })
      .then((response) => {
        entry.status = response.status;
        return response.arrayBuffer();
      })
      .then(
        () => undefined,
        () => undefined,
      )
      .finally(() => deliveries.delete(delivery));
    deliveries.add(delivery);
    return delivery;
  };

  const deliverDue = (): Promise<void>[] => {
    const sent: Promise<void>[] = [];
    while (due.length > 0 && (due[0] as DueCallback).at <= now()) sent.push(deliver(due.shift() as DueCallback));
    return sent;
  };

  const enqueue = (callback: DueCallback) => {
    // Mostly appended in time order: look for the place from the end.
    let index = due.length;
    while (index > 0 && (due[index - 1] as DueCallback).at > callback.at) index--;
    due.splice(index, 0, callback);
    arm(callback.at);
  };

  /**
   * A timer for what is due at `at`. Node measures a timer from the event loop's cached time, which lags the
   * clock after a long synchronous stretch (the first request compiles the spec's schemas): such a timer fires
   * before `now()` reaches `at`, and then arms again for the rest instead of leaving the callback unsent.
   */
  const arm = (at: number) => {
    const timer = setTimeout(
      () => {
        timers.delete(timer);
        if (now() < at) arm(at);
        else deliverDue();
      },
      Math.max(0, Math.ceil(at - now())),
    );
    timers.add(timer);
  };

  return {
    pickFault() {
      const roll = random();
      let bound = 0;
      for (const [fault, rate] of [
        ["dropped", faults.dropRate],
        ["duplicated", faults.duplicateRate],
        ["late", faults.lateRate],
        ["forged", faults.forgeRate],
      ] as const) {
        bound += rate ?? 0;
        if (roll < bound) return fault;
      }
      return "none";
    },
    schedule(task) {
      if (!task.callbackUrl) return;
      const { started, finished } = store.momentsOf(task);
      const fault = task.callbackFault;
      if (fault === "dropped") return;
      if (fault === "forged") enqueue({ at: (started + finished) / 2, task, kind: "forged" });
      enqueue({ at: fault === "late" ? finished + lateMs : finished, task, kind: "callback" });
      if (fault === "duplicated") enqueue({ at: finished + 1_000, task, kind: "repeat" });
    },
    deliverDue,
    log,
    async close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await Promise.all(deliveries);
    },
  };
}
