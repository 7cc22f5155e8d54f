import { GentaskError } from "@gentask/core";
import { Redis, type RedisOptions } from "ioredis";

/** Where Redis is: a URL (`redis://host:6379/0`), ioredis options, or an ioredis client you made. */
export type RedisConnection = string | RedisOptions | Redis;

/**
 * Redis could not be reached (or did not answer) in time. `redis` names it by host and port, never with
 * its password.
 */
export class RedisUnavailableError extends GentaskError {
  override name = "RedisUnavailableError";
  /** `host:port` (or the socket path) of the Redis that did not answer. */
  readonly redis: string;

  constructor(redis: string, message: string) {
    super("redis_unavailable", message);
    this.redis = redis;
  }
}

/**
 * The fleet could not keep a promise for a reason of its own: `result_timeout` (no outcome in the time
 * allowed), `task_lost` (the task is gone from Redis: it restarted without persistence, or evicted it),
 * `closed` (the fleet was closed).
 */
export class FleetError extends GentaskError {
  override name = "FleetError";
}

/** `host:port` of a connection option, without user name or password. */
export function redisAddress(connection: RedisConnection): string {
  if (typeof connection === "string") {
    try {
      const url = new URL(connection);
      if (url.protocol === "unix:" || (url.hostname === "" && url.pathname !== "")) return url.pathname;
      return `${url.hostname || "localhost"}:${url.port || "6379"}`;
    } catch {
      return "Redis (an unreadable URL)";
    }
  }
  const options = connection instanceof Redis ? connection.options : connection;
  if (options.path) return options.path;
  if (options.sentinels) return `sentinels of ${options.name ?? "mymaster"}`;
  return `${options.host ?? "localhost"}:${options.port ?? 6379}`;
}

/** A few words for a Redis client's error, without the client's internals. */
export function describeRedisError(error: unknown): string {
  const code = (error as { code?: unknown } | undefined)?.code;
  switch (code) {
    case "ECONNREFUSED":
      return "connection refused";
    case "ECONNRESET":
    case "EPIPE":
      return "connection reset";
    case "ETIMEDOUT":
      return "connection timed out";
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return "host not found";
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return "host unreachable";
  }
  const message = error instanceof Error ? error.message : String(error);
  if (/NOAUTH|WRONGPASS|invalid password|invalid username/i.test(message)) return "authentication failed";
  if (/timed out|timeout/i.test(message)) return "no answer in time";
  if (/LOADING/.test(message)) return "still loading its data";
  return "connection lost";
}

/** Makes an ioredis client from a connection option; `owned` when this package must close it. */
export function redisClient(connection: RedisConnection, extra: RedisOptions = {}): { client: Redis; owned: boolean } {
  if (connection instanceof Redis) return { client: connection, owned: false };
  if (typeof connection === "string") return { client: new Redis(connection, extra), owned: true };
  return { client: new Redis({ ...connection, ...extra }), owned: true };
}

/**
 * Options of the clients this package makes to watch Redis: reconnect every half second at most (so
 * that every process sees Redis back within about that), and never hold a command while disconnected.
 */
export const WATCH_OPTIONS: RedisOptions = {
  lazyConnect: false,
  maxRetriesPerRequest: 1,
  retryStrategy: (times: number) => Math.min(times * 50, 500),
};

/**
 * Whether Redis can be reached, from the connection state of the clients it watches, with one line when
 * it goes away and one when it is back (never a line per client or per attempt, never a stack trace).
 * Redis is down from the first watched client that loses its connection until every watched client is
 * ready again.
 */
export class RedisHealth {
  readonly address: string;
  readonly #log: (message: string) => void;
  readonly #consequence: string;
  readonly #lost = new Set<Redis>();
  readonly #watched = new Map<Redis, { onError: (error: unknown) => void; onClose: () => void; onReady: () => void }>();
  readonly #onDown = new Set<(reason: string) => void>();
  readonly #onUp = new Set<() => void>();
  #down = false;
  #reason = "not connected yet";

  constructor(address: string, log: (message: string) => void, consequence: string) {
    this.address = address;
    this.#log = log;
    this.#consequence = consequence;
  }

  get down(): boolean {
    return this.#down;
  }

  /** Why Redis was last lost, in a few words. */
  get reason(): string {
    return this.#reason;
  }

  /** Follows a client's connection (its errors are handled here: none reaches the console). */
  watch(client: Redis): void {
    if (this.#watched.has(client)) return;
    const onError = (error: unknown) => this.#loss(client, describeRedisError(error));
    const onClose = () => this.#loss(client, "connection closed");
    const onReady = () => {
      this.#lost.delete(client);
      if (this.#down && this.#lost.size === 0) {
        this.#down = false;
        this.#log(`@gentask/fleet: Redis at ${this.address} is reachable again.`);
        for (const listener of [...this.#onUp]) listener();
      }
    };
    client.on("error", onError);
    client.on("close", onClose);
    client.on("ready", onReady);
    this.#watched.set(client, { onError, onClose, onReady });
  }

  /** Stops following a client (before closing it: its own close is no outage). */
  unwatch(client: Redis): void {
    const listeners = this.#watched.get(client);
    if (listeners === undefined) return;
    this.#watched.delete(client);
    this.#lost.delete(client);
    client.off("close", listeners.onClose);
    client.off("ready", listeners.onReady);
    // The error listener stays: a client being closed may still report its socket's end.
    client.off("error", listeners.onError);
    client.on("error", () => {});
  }

  /** A watched client that is not ready did not answer in time: an outage too, until it is ready. */
  noAnswer(client: Redis, reason: string): void {
    if (client.status !== "ready") this.#loss(client, reason);
  }

  /** Hears every outage (`reason` in a few words) and every return; returns the function that stops it. */
  listen(onDown: (reason: string) => void, onUp: () => void): () => void {
    this.#onDown.add(onDown);
    this.#onUp.add(onUp);
    return () => {
      this.#onDown.delete(onDown);
      this.#onUp.delete(onUp);
    };
  }

  #loss(client: Redis, reason: string): void {
    if (!this.#watched.has(client)) return;
    this.#lost.add(client);
    if (this.#down) return;
    this.#down = true;
    this.#reason = reason;
    this.#log(`@gentask/fleet: Redis at ${this.address} is unreachable (${reason}); ${this.#consequence}`);
    for (const listener of [...this.#onDown]) listener(reason);
  }
}

/** `promise`, or `onTimeout()`'s error after `timeoutMs`. */
export function withTimeout<T>(promise: Promise<T>, timeoutMs: number, onTimeout: () => Error): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
