import {
  assertTaskId,
  InvalidInputError,
  isObject,
  kieCallbackTaskId,
  kieToleranceSeconds,
  type ProviderFamily,
  providerRegistry,
  type TaskSource,
  valuesAt,
  verifyKieWebhook,
} from "@gentask/core";
import {
  type Clock,
  type CompletedTask,
  createPoller,
  fixedSchedule,
  type Poller,
  realClock,
  sharedBudget,
  TaskFailedError,
  TaskNotFoundError,
  type TaskOutcome,
  TaskTimeoutError,
  type WaitHandle,
  type WaitOptions,
  waitForTask,
} from "@gentask/poller";
import { SeenSet } from "./seen.js";
import { constantTimeEqual, tokenSigner } from "./token.js";

/** A task started with a callback: plain data to save (a database row, a KV entry) and resume from anywhere. */
export interface CallbackHandle extends WaitHandle {
  /** The id of the callback URL minted for this task: a callback for the task must carry it. */
  callbackId: string;
}

/** What became of one callback; the answer's status code says the same. */
export type CallbackOutcome =
  /** 200: authentic and new; the task is being read again. */
  | "accepted"
  /** 200: the same delivery again, or a callback for a task whose outcome is known: nothing done. */
  | "duplicate"
  /** 401: no valid token for this task, or (kie) no valid signature within the window. */
  | "unauthorized"
  /**
   * 401, with the same answer as `unauthorized`: a valid token, but no wait here is on its task and `findTask`
   * does not know it. The sender cannot tell the two apart (no oracle of which task ids exist); your metrics can.
   */
  | "unknown_task"
  /** 400: not a JSON object, or no task id where the provider puts it. */
  | "malformed"
  /** 413: larger than `maxBodyBytes`. */
  | "too_large"
  /** 405: not a POST. */
  | "method_not_allowed";

export interface CallbackEvent {
  outcome: CallbackOutcome;
  status: number;
  provider?: string | undefined;
  taskId?: string | undefined;
}

export interface CallbacksOptions {
  /** The public URL of your callback route, where providers will POST: `https://app.example/api/callbacks`. */
  url: string;
  /**
   * Mints the token of each callback URL and checks it when the callback arrives: at least 32 characters,
   * random, kept secret (`openssl rand -hex 32`). Never sent anywhere.
   */
  secret: string;
  /**
   * kie's webhook HMAC key (kie's dashboard). When set, kie callbacks must also carry kie's signature with a
   * timestamp within `toleranceSeconds`; when not, the token alone authenticates them.
   */
  kieWebhookSecret?: string | undefined;
  /** How far kie's timestamp may be from now, in seconds (default 300, from 0 to a day). */
  toleranceSeconds?: number | undefined;
  /** The backstop: how often a wait made here reads its task when no callback came (default 2 minutes). */
  backstopMs?: number | undefined;
  /**
   * Serverless: finds the handle you saved at `start` for a task no wait here is on (your database). The
   * receiver then reads the task and gives its outcome to `onSettled`.
   */
  findTask?:
    | ((provider: string, taskId: string) => CallbackHandle | undefined | Promise<CallbackHandle | undefined>)
    | undefined;
  /** Serverless: the outcome of a task found with `findTask`, once it finished (succeeded or failed). */
  onSettled?: ((outcome: TaskOutcome<unknown>, handle: CallbackHandle) => void | Promise<void>) | undefined;
  /** The task sources `findTask`'s tasks are read through, one per provider. */
  sources?: readonly TaskSource<unknown>[] | undefined;
  /** Called for every callback with its outcome (metrics, logs). It never gets the body or why a check failed. */
  onCallback?: ((event: CallbackEvent) => void) | undefined;
  /** Errors of `findTask`, `onSettled` and `onCallback` (default `console.error`): they never reach the provider. */
  onError?: ((error: unknown) => void) | undefined;
  /** The largest callback body read (default 1 MiB); a larger one is answered 413. */
  maxBodyBytes?: number | undefined;
  /**
   * How long deliveries and finished tasks are remembered, to answer duplicates without effect (default 1
   * hour). A signed kie delivery is remembered at least until its timestamp leaves the tolerance window,
   * whatever this says: a replay is recognised as long as it would verify.
   */
  rememberMs?: number | undefined;
  /** How many deliveries and finished tasks are remembered at most (default 10,000). */
  rememberLimit?: number | undefined;
  /** The poller of the waits made here (default: one with `sharedBudget`, the stand-alone waits' budget). */
  poller?: Poller | undefined;
  /** Time source (tests); it drives the default poller, kie's window and the memory of duplicates. */
  clock?: Clock | undefined;
  /** Random numbers for the default poller's jitter (tests). */
  random?: (() => number) | undefined;
}

/** Where the platform lets work go on after the answer: Workers' `ctx.waitUntil`, Next.js's `after`. */
export interface HandleContext {
  waitUntil?: ((promise: Promise<unknown>) => void) | undefined;
}

export interface Callbacks {
  /**
   * Starts a task with a callback: `create` gets the callback URL to put in the create request (the
   * provider's `callback_url` or `callBackUrl`) and returns the new task's id. Resolves with the handle.
   */
  start(
    source: TaskSource<unknown>,
    create: (callbackUrl: string) => Promise<string> | string,
  ): Promise<CallbackHandle>;
  /**
   * Waits for a task started with `start`: a verified callback has it read at once (one status request
   * through the rate budget; when a read of the task is already on its way and answers "running", one more
   * right after it), and a slow backstop poll covers a callback that never comes. Resolves and
   * rejects like `waitForTask` of `@gentask/poller`. For long-running servers: on a serverless platform,
   * return after `start` and let `findTask` and `onSettled` finish the job.
   */
  waitForTask<TaskRecord>(
    source: TaskSource<TaskRecord>,
    handle: CallbackHandle,
    options?: WaitOptions<TaskRecord>,
  ): Promise<CompletedTask<TaskRecord>>;
  /** The receiver, on the web-standard `Request` → `Response`: a route handler's `POST`, a Worker's `fetch`. */
  handle(request: Request, context?: HandleContext): Promise<Response>;
}

/** Reads the task id of each family's callback body. */
const CALLBACK_TASK_ID: Record<ProviderFamily, (body: unknown) => unknown> = {
  acedata: (body) => valuesAt(body, "task_id")[0],
  kie: kieCallbackTaskId,
};
const TOKEN_PARAMETER = "gentask";
const DEFAULT_BACKSTOP_MS = 2 * 60_000;
const DEFAULT_REMEMBER_MS = 60 * 60_000;
/** How long the read of a task found with `findTask` may take, retries included. */
const READ_TIMEOUT_MS = 10_000;
const STATUS: Record<CallbackOutcome, number> = {
  accepted: 200,
  duplicate: 200,
  unauthorized: 401,
  unknown_task: 401,
  malformed: 400,
  too_large: 413,
  method_not_allowed: 405,
};
/** Thrown by the one-read wait's `onProgress` when the task still runs: the callback was early or stale. */
const STILL_RUNNING = Symbol("still running");

function fail(message: string): never {
  throw new InvalidInputError("invalid_argument", message);
}

function checkPositive(value: unknown, name: string): void {
  if (value !== undefined && !(typeof value === "number" && Number.isFinite(value) && value > 0)) {
    fail(`${name} must be a finite number > 0, got ${String(value)}.`);
  }
}

function familyOf(provider: string): ProviderFamily | undefined {
  const facts = (providerRegistry as Readonly<Record<string, { family: ProviderFamily } | undefined>>)[provider];
  return Object.hasOwn(providerRegistry, provider) ? facts?.family : undefined;
}

/** The key of a finished task: only a callback with that task's token (its callback id) may hear "duplicate". */
const finishedKeyOf = (provider: string, taskId: string, callbackId: string) =>
  `finished\u0000${provider}\u0000${taskId}\u0000${callbackId}`;

async function digest(parts: readonly (string | null)[]): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(parts));
  const hash = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return Array.from(hash, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

class TooLargeError extends Error {}

/** Reads a body up to `limit` bytes, without trusting `content-length`. */
async function readText(request: Request, limit: number): Promise<string> {
  const declared = Number(request.headers.get("content-length"));
  if (declared > limit) throw new TooLargeError();
  if (request.body === null) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new TooLargeError();
    }
    chunks.push(value);
  }
  const whole = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(whole);
}

/**
 * Callbacks for every provider, written once: `start` mints a callback URL with a token only your secret
 * can make, `waitForTask` waits on a callback with a slow backstop poll, and `handle` receives the callbacks.
 * A callback is never trusted for the result: the task is read again through the rate budget.
 */
export function createCallbacks(options: CallbacksOptions): Callbacks {
  if (typeof options !== "object" || options === null) fail("createCallbacks needs an options object.");
  let base: URL;
  try {
    base = new URL(options.url);
  } catch {
    fail(`url must be the absolute http(s) URL of your callback route, got ${JSON.stringify(options.url)}.`);
  }
  if (base.protocol !== "https:" && base.protocol !== "http:") {
    fail(`url must be an http(s) URL, got ${JSON.stringify(options.url)}.`);
  }
  // The secret's value never appears in a message.
  if (typeof options.secret !== "string" || options.secret.length < 32) {
    fail("secret must be a random string of at least 32 characters (openssl rand -hex 32).");
  }
  if (
    options.kieWebhookSecret !== undefined &&
    (typeof options.kieWebhookSecret !== "string" || options.kieWebhookSecret === "")
  ) {
    fail("kieWebhookSecret must be kie's webhook HMAC key (a non-empty string), or left out.");
  }
  const toleranceSeconds = kieToleranceSeconds(options.toleranceSeconds);
  checkPositive(options.backstopMs, "backstopMs");
  checkPositive(options.maxBodyBytes, "maxBodyBytes");
  checkPositive(options.rememberMs, "rememberMs");
  checkPositive(options.rememberLimit, "rememberLimit");
  for (const name of ["findTask", "onSettled", "onCallback", "onError"] as const) {
    if (options[name] !== undefined && typeof options[name] !== "function") fail(`${name} must be a function.`);
  }
  const sources = new Map<string, TaskSource<unknown>>();
  for (const source of options.sources ?? []) {
    if (typeof source?.provider !== "string" || typeof source.read !== "function") {
      fail("sources must be task sources (veoTasks(client), kieTasks(client), ...).");
    }
    sources.set(source.provider, source);
  }
  if (options.findTask !== undefined && (options.onSettled === undefined || sources.size === 0)) {
    fail("findTask needs onSettled (where the outcome goes) and sources (how the tasks are read).");
  }

  const clock = options.clock ?? realClock;
  const backstop = fixedSchedule(options.backstopMs ?? DEFAULT_BACKSTOP_MS);
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  const rememberMs = options.rememberMs ?? DEFAULT_REMEMBER_MS;
  const seen = new SeenSet(options.rememberLimit ?? 10_000);
  const signer = tokenSigner(options.secret);
  const report = options.onError ?? ((error: unknown) => console.error("@gentask/callbacks:", error));
  /**
   * Tasks waited for here, by the callback id of their token (looked up by the token, not by the body's task
   * id): the handle, its source and how many waits are on it.
   */
  const waiting = new Map<string, { handle: CallbackHandle; source: TaskSource<unknown>; waits: number }>();
  let poller = options.poller;

  const notify = (event: CallbackEvent) => {
    try {
      options.onCallback?.(event);
    } catch (error) {
      report(error);
    }
  };
  const answer = (outcome: CallbackOutcome, provider?: string, taskId?: string): Response => {
    const status = STATUS[outcome];
    notify({ outcome, status, provider, taskId });
    // An unknown task answers exactly as a forged token does.
    const body =
      status === 200 ? { received: outcome } : { error: outcome === "unknown_task" ? "unauthorized" : outcome };
    const headers: Record<string, string> = { "content-type": "application/json", "cache-control": "no-store" };
    if (outcome === "method_not_allowed") headers.allow = "POST";
    return new Response(JSON.stringify(body), { status, headers });
  };

  /** Reads a task found with `findTask` once, and reports its outcome when it finished. */
  const settleFound = async (handle: CallbackHandle, source: TaskSource<unknown>): Promise<void> => {
    const key = finishedKeyOf(handle.provider, handle.taskId, handle.callbackId);
    let outcome: TaskOutcome<unknown>;
    try {
      const task = await waitForTask(source, handle, {
        clock: options.clock,
        // One read now; a wait that sees the task still running stops (the callback was early or stale).
        schedule: () => 0,
        createdAt: handle.createdAt,
        timeoutMs: READ_TIMEOUT_MS,
        onProgress: (status) => {
          if (status.state === "pending" || status.state === "not_found") throw STILL_RUNNING;
        },
      });
      outcome = { id: handle.taskId, status: "fulfilled", value: task };
    } catch (reason) {
      // Still running, or no answer in time: the backstop of whoever holds the handle finishes the job.
      if (reason === STILL_RUNNING || reason instanceof TaskTimeoutError) return;
      outcome = { id: handle.taskId, status: "rejected", reason };
    }
    if (seen.has(key, clock.now())) return;
    seen.add(key, clock.now(), rememberMs);
    try {
      await options.onSettled?.(outcome, handle);
    } catch (error) {
      // Not done after all: a later callback or invocation may try again.
      seen.delete(key);
      report(error);
    }
  };

  const receive = async (request: Request, context: HandleContext): Promise<Response> => {
    if (request.method !== "POST") return answer("method_not_allowed");
    const token = await signer.verify(new URL(request.url).searchParams.get(TOKEN_PARAMETER));
    const family = token && familyOf(token.provider);
    if (token === undefined || family === undefined) return answer("unauthorized");
    const { provider, callbackId } = token;
    let text: string;
    try {
      text = await readText(request, maxBodyBytes);
    } catch (error) {
      if (error instanceof TooLargeError) return answer("too_large", provider);
      throw error;
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return answer("malformed", provider);
    }
    const taskId = isObject(body) ? CALLBACK_TASK_ID[family](body) : undefined;
    if (typeof taskId !== "string" || taskId === "") return answer("malformed", provider);
    let delivery: string;
    let deliveryMs = rememberMs;
    if (family === "kie" && options.kieWebhookSecret !== undefined) {
      const timestamp = request.headers.get("x-webhook-timestamp");
      const valid = await verifyKieWebhook({
        taskId,
        timestamp,
        signature: request.headers.get("x-webhook-signature"),
        secret: options.kieWebhookSecret,
        toleranceSeconds,
        now: clock.now(),
      });
      if (!valid) return answer("unauthorized", provider, taskId);
      // The signature covers exactly the task id and the timestamp: however it is spelled (padding, unused
      // bits, whitespace) and whatever the unsigned body says, the same pair is the same delivery, a replay
      // for as long as the timestamp would verify.
      delivery = `delivery\u0000${provider}\u0000${taskId}\u0000${timestamp}`;
      deliveryMs = Math.max(rememberMs, (Number(timestamp) + toleranceSeconds) * 1000 - clock.now());
    } else {
      // Unsigned: the body itself, re-serialised, so that added whitespace does not make a new delivery.
      delivery = `delivery\u0000${await digest([provider, JSON.stringify(body)])}`;
    }
    // The token names the task (its callback id), so the task is looked up by the token first: a body naming
    // another task, known or not, gets the same 401 as a forged token.
    const finishedKey = finishedKeyOf(provider, taskId, callbackId);
    const local = waiting.get(callbackId);
    let found: CallbackHandle | undefined = local?.handle;
    if (found === undefined && options.findTask !== undefined && !seen.has(finishedKey, clock.now())) {
      try {
        found = await options.findTask(provider, taskId);
      } catch (error) {
        report(error);
        found = undefined;
      }
    }
    if (
      found === undefined ||
      found.provider !== provider ||
      found.taskId !== taskId ||
      typeof found.callbackId !== "string" ||
      !constantTimeEqual(found.callbackId, callbackId)
    ) {
      // A task whose outcome is known here, with its own token: the provider's repeat, or a late callback.
      if (seen.has(finishedKey, clock.now())) return answer("duplicate", provider, taskId);
      return answer(found === undefined ? "unknown_task" : "unauthorized", provider, taskId);
    }
    // From here on, synchronous: of two copies of one delivery arriving together, the second sees the first.
    const now = clock.now();
    if (seen.has(delivery, now) || seen.has(finishedKey, now)) return answer("duplicate", provider, taskId);
    seen.add(delivery, now, deliveryMs);
    if (local !== undefined) {
      (poller as Poller).checkNow(local.source, taskId);
    } else {
      const source = sources.get(provider);
      if (source === undefined) {
        seen.delete(delivery);
        report(new InvalidInputError("invalid_argument", `No task source for ${provider} in the sources option.`));
        return answer("unknown_task", provider, taskId);
      }
      const work = settleFound(found, source).catch(report);
      context.waitUntil?.(work);
    }
    return answer("accepted", provider, taskId);
  };

  return {
    async start(source, create) {
      const family = familyOf(source?.provider);
      if (family === undefined)
        fail(`No provider named ${String(source?.provider)}: pass its task source (veoTasks(client), ...).`);
      if (typeof create !== "function") fail("start needs a function that creates the task with the callback URL.");
      const { token, callbackId } = await signer.mint(source.provider);
      const url = new URL(base);
      url.searchParams.set(TOKEN_PARAMETER, token);
      const createdAt = clock.now();
      const taskId = await create(url.href);
      assertTaskId(taskId);
      return { provider: source.provider, taskId, createdAt, callbackId };
    },

    waitForTask(source, handle, waitOptions) {
      if (
        typeof handle !== "object" ||
        handle === null ||
        typeof handle.callbackId !== "string" ||
        handle.provider !== source?.provider
      ) {
        return Promise.reject(
          new InvalidInputError(
            "invalid_argument",
            "waitForTask needs the handle that start returned, and the task source of the same provider.",
          ),
        );
      }
      poller ??= createPoller({ clock: options.clock, random: options.random, rateBudget: sharedBudget });
      const key = handle.callbackId;
      const entry = waiting.get(key) ?? { handle, source: source as TaskSource<unknown>, waits: 0 };
      entry.waits += 1;
      waiting.set(key, entry);
      const wait = poller.waitForTask(source, handle, { schedule: backstop, ...waitOptions });
      const done = (finished: boolean) => {
        entry.waits -= 1;
        if (finished)
          seen.add(finishedKeyOf(handle.provider, handle.taskId, handle.callbackId), clock.now(), rememberMs);
        if (entry.waits === 0) waiting.delete(key);
      };
      // A task that succeeded, failed or is unknown is finished: later callbacks for it are duplicates.
      wait.then(
        () => done(true),
        (reason: unknown) => done(reason instanceof TaskFailedError || reason instanceof TaskNotFoundError),
      );
      return wait;
    },

    async handle(request, context = {}) {
      try {
        return await receive(request, context);
      } catch (error) {
        // A body cut off mid-way, say: never a stack trace to the sender.
        report(error);
        return answer("malformed");
      }
    },
  };
}
