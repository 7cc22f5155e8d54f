import { ApiError, InvalidInputError } from "./errors.js";
import type { ClientFacts } from "./provider-facts.js";

/** Options every `create<Provider>Client` accepts. */
export interface ClientOptions {
  /** API key, sent as `Authorization: Bearer <key>`. Defaults to the provider's environment variable. */
  apiKey?: string;
  /** Base URL of the API. Defaults to the production host; point it at a mock server for tests. */
  baseUrl?: string;
  /** The `fetch` implementation to use. Defaults to `globalThis.fetch`. */
  fetch?: (request: Request) => Promise<Response>;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
}

/** Options of a single helper call. */
export interface RequestOptions {
  /** Aborts the request; the call then rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** What every gentask client carries: who it talks to, as whom (never the key itself). */
export interface ProviderIdentity {
  /** The provider's short name, as in its spec's file name. */
  readonly provider: string;
  /** Identifies provider, host and API key (by a fingerprint, never the key itself): the unit of rate limiting. */
  readonly budgetKey: string;
  /** Removes the client's API key from text (a provider may echo it in an error message). */
  readonly redact: Redactor;
}

/** A short, non-reversible fingerprint (FNV-1a) that tells API keys apart without revealing them. */
function fingerprint(text: string): string {
  let hash = 0;
  for (const character of text) hash = Math.imul(hash ^ character.charCodeAt(0), 0x01000193);
  return (hash >>> 0).toString(36);
}

/** Replaces a key in text with `[redacted]`, for providers that echo the key in their error messages. */
export type Redactor = (text: string) => string;

/** Where and how a client sends its requests, checked once when the client is created. */
export interface ProviderSettings {
  readonly identity: ProviderIdentity;
  /** The base URL without a trailing slash. */
  readonly baseUrl: string;
  /** `Accept`, the caller's headers and the bearer key. */
  readonly headers: Record<string, string>;
  readonly fetch: ((request: Request) => Promise<Response>) | undefined;
}

/**
 * The key in the environment variable, if the runtime has an environment and lets us read it. Deno without
 * `--allow-env` throws its own `NotCapable` on the read: that becomes an {@link InvalidInputError} naming the
 * variable and the permission.
 */
function keyFromEnvironment(variable: string, refuse: (code: string, message: string) => never): string | undefined {
  try {
    // No Node import: `process` exists on Node, Bun and Deno, and is absent in browsers.
    return (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[variable];
  } catch {
    return refuse(
      "missing_api_key",
      `no API key: pass { apiKey }, or allow reading ${variable} (--allow-env=${variable}).`,
    );
  }
}

/**
 * Checks a client's options against its provider's facts. Fails at once, with an {@link InvalidInputError},
 * on what no request could ever send: a missing key, a key or header `fetch` refuses (a key read from a file
 * with a line break inside, say), a base URL that does not parse. Never prints the key.
 */
export function providerSettings(
  facts: Pick<ClientFacts, "name" | "baseUrl" | "apiKeyVariable">,
  options: ClientOptions = {},
): ProviderSettings {
  const { name: provider, apiKeyVariable } = facts;
  const refuse = (code: string, message: string): never => {
    throw new InvalidInputError(code, `${provider}: ${message}`);
  };
  const apiKey = options.apiKey ?? keyFromEnvironment(apiKeyVariable, refuse);
  if (!apiKey) refuse("missing_api_key", `no API key: set ${apiKeyVariable} or pass { apiKey }.`);
  const baseUrl = `${options.baseUrl ?? facts.baseUrl}`.replace(/\/+$/, "");
  if (!/^https?:\/\/[^\s/?#]+([/?#]\S*)?$/i.test(baseUrl)) {
    refuse("invalid_base_url", `the base URL must be absolute http(s), got ${JSON.stringify(baseUrl)}.`);
  }
  // The vendors' specs answer JSON for this Accept (some endpoints stream otherwise); fetch's default is */*.
  const headers = { accept: "application/json", ...options.headers, authorization: `Bearer ${apiKey}` };
  try {
    new Headers(headers);
  } catch {
    refuse("invalid_header", `${apiKeyVariable} (the API key) or a header has a character HTTP cannot send.`);
  }
  const key = apiKey as string;
  const identity: ProviderIdentity = {
    provider,
    budgetKey: `${provider} ${baseUrl} ${fingerprint(key)}`,
    // Keys shorter than 6 characters are test placeholders: redacting them would garble the text.
    redact: (text: string) => (key.length > 5 ? text.split(key).join("[redacted]") : text),
  };
  return { identity, baseUrl, headers, fetch: options.fetch };
}

/** One request of a family's client: JSON out (when there is a body), JSON back. */
export interface JsonRequest {
  /** The path after the base URL, with its query string if any. */
  readonly path: string;
  /** Sent as JSON with `POST`; without a body the request is a `GET`. */
  readonly body?: unknown;
  readonly signal?: AbortSignal | undefined;
  /** The task the request is about, named by its errors. */
  readonly taskId?: string | undefined;
}

/** Sends a {@link JsonRequest}: resolves with the parsed answer, rejects with an {@link ApiError}. */
export type SendJson = (request: JsonRequest) => Promise<{ body: unknown; response: Response }>;

/**
 * How the families' clients talk to their API, with `fetch` alone. Non-2xx answers, unreadable bodies and
 * network failures become an {@link ApiError}; an abort rejects with the signal's reason.
 */
export function jsonSender({ identity, baseUrl, headers, fetch }: ProviderSettings): SendJson {
  return async ({ path, body, signal, taskId }) => {
    const post = body !== undefined;
    let response: Response;
    let text: string;
    try {
      const request = new Request(baseUrl + path, {
        method: post ? "POST" : "GET",
        headers: post ? { ...headers, "content-type": "application/json" } : headers,
        body: post ? JSON.stringify(body) : undefined,
        signal,
      });
      response = await (fetch ?? globalThis.fetch)(request);
      text = await response.text();
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      // The network's own reason (ECONNREFUSED, ...) sits one level down in undici's error. The error
      // itself is not kept as a cause: it could hold the request, and with it the key.
      const inner = (error as { cause?: unknown })?.cause;
      const message = `${error}${inner instanceof Error ? `: ${inner.message}` : ""}`;
      throw new ApiError({
        provider: identity.provider,
        code: "network_error",
        providerMessage: shortCopy(identity.redact(message)),
        taskId,
      });
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      if (response.ok) {
        throw new ApiError({ provider: identity.provider, status: response.status, code: "invalid_response", taskId });
      }
      parsed = text;
    }
    if (!response.ok) {
      throw apiErrorFromBody(identity, response.status, parsed, {
        taskId,
        retryAfter: response.headers.get("retry-after"),
      });
    }
    return { body: parsed, response };
  };
}

/** A JSON object, as `JSON.parse` gives it. */
export type JsonObject = Record<string, unknown>;

/** True for a plain JSON object (not an array, not null). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** True for a string with at least one character. */
export function nonEmptyString(value: unknown): value is string {
  return typeof value === "string" && value !== "";
}

/** The most characters of provider text an error keeps. */
const MAX_ERROR_TEXT = 200;

/**
 * A short, independent copy of provider text: a slice of a large body would keep the whole body alive
 * for as long as the error is held.
 */
function shortCopy(value: string): string {
  return JSON.parse(JSON.stringify(value.slice(0, MAX_ERROR_TEXT))) as string;
}

/** Who answered: the provider's name, and how to keep the client's key out of error text. */
export interface Answerer {
  readonly provider: string;
  readonly redact: Redactor;
}

/**
 * Builds the typed error for a provider's error body. Understands Ace Data
 * Cloud's `{error: {code, message}, trace_id}` and kie's `{code, msg | message}`.
 * Keeps a short copy (200 characters) of any text, with the API key redacted.
 */
export function apiErrorFromBody(
  answerer: Answerer,
  status: number | undefined,
  body: unknown,
  context: { taskId?: string | undefined; retryAfter?: string | null | undefined } = {},
): ApiError {
  const text = (value: unknown) =>
    typeof value === "number" || (typeof value === "string" && value !== "")
      ? shortCopy(answerer.redact(String(value)))
      : undefined;
  const envelope = isObject(body) ? body : {};
  const detail = isObject(envelope.error) ? envelope.error : envelope;
  return new ApiError({
    provider: answerer.provider,
    status,
    code: text(detail.code) ?? `http_${status}`,
    providerMessage:
      text(detail.message) ?? text(envelope.msg) ?? text(envelope.message) ?? (isObject(body) ? undefined : text(body)),
    traceId: text(envelope.trace_id),
    taskId: context.taskId,
    retryAfter: context.retryAfter ?? undefined,
  });
}

/** Rejects an empty or non-string task id with an error that names it. */
export function assertTaskId(id: unknown): asserts id is string {
  if (typeof id !== "string" || id.trim() === "") {
    throw new InvalidInputError("invalid_argument", `A task id must be a non-empty string, got ${JSON.stringify(id)}.`);
  }
}
