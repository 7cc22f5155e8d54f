import createClient, { type Client } from "openapi-fetch";
import { ApiError, InvalidInputError } from "./errors.js";

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

/** What a provider package declares about its API. */
export interface ProviderDefinition {
  /** Short provider name, also the package name: `veo`, `kie`, ... */
  provider: string;
  /** The production host. */
  defaultBaseUrl: string;
  /** The environment variable read when no `apiKey` option is given. */
  apiKeyVariable: string;
}

/** What every gentask client carries besides the openapi-fetch methods. */
export interface ProviderIdentity {
  /** Short provider name, `veo`, `kie`, ... */
  readonly provider: string;
  /** Identifies provider, host and API key (by a fingerprint, never the key itself): the unit of rate limiting. */
  readonly budgetKey: string;
}

/** An openapi-fetch client for a provider's generated `paths`, with its identity. */
export type ProviderClient<Paths extends {}> = Client<Paths> & ProviderIdentity;

function readEnvironment(name: string): string | undefined {
  // No Node import: `process` exists on Node, Bun and Deno, and is absent in browsers.
  return (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[name];
}

/** A short, non-reversible fingerprint (FNV-1a) that tells API keys apart without revealing them. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  }
  return (hash >>> 0).toString(16);
}

/** Creates the authenticated openapi-fetch client every provider package builds on. */
export function createProviderClient<Paths extends {}>(
  definition: ProviderDefinition,
  options: ClientOptions = {},
): ProviderClient<Paths> {
  const { provider, apiKeyVariable } = definition;
  const apiKey = options.apiKey ?? readEnvironment(apiKeyVariable);
  if (!apiKey) {
    throw new InvalidInputError(
      "missing_api_key",
      `No API key for ${provider}: pass { apiKey } in the client options or set the ${apiKeyVariable} environment variable.`,
    );
  }
  const baseUrl = (options.baseUrl ?? definition.defaultBaseUrl).replace(/\/+$/, "");
  const client = createClient<Paths>({
    baseUrl,
    fetch: options.fetch,
    headers: { ...options.headers, authorization: `Bearer ${apiKey}` },
  });
  return Object.assign(client, { provider, budgetKey: `${provider} ${baseUrl} ${fingerprint(apiKey)}` });
}

type JsonObject = Record<string, unknown>;

/** True for a plain JSON object (not an array, not null). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** True for a string with at least one character. */
export function nonEmptyString(value: unknown): value is string {
  return typeof value === "string" && value !== "";
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : typeof value === "number" ? String(value) : undefined;
}

/**
 * Builds the typed error for a provider's error body. Understands Ace Data
 * Cloud's `{error: {code, message}, trace_id}` and kie's `{code, msg | message}`.
 */
export function apiErrorFromBody(
  provider: string,
  status: number | undefined,
  body: unknown,
  context: { taskId?: string | undefined; retryAfter?: string | null | undefined } = {},
): ApiError {
  const envelope = isObject(body) ? body : {};
  const detail = isObject(envelope.error) ? envelope.error : envelope;
  return new ApiError({
    provider,
    status,
    code: text(detail.code) ?? `http_${status}`,
    providerMessage:
      text(detail.message) ??
      text(envelope.msg) ??
      text(envelope.message) ??
      (typeof body === "string" ? body.slice(0, 200) : undefined),
    traceId: text(envelope.trace_id),
    taskId: context.taskId,
    retryAfter: context.retryAfter ?? undefined,
  });
}

/** The shape of an openapi-fetch call made with `parseAs: "text"`. */
type TextCall = Promise<{ data?: unknown; error?: unknown; response: Response }>;

/**
 * Awaits an openapi-fetch call made with `parseAs: "text"` and returns the
 * parsed JSON body. Non-2xx answers, unreadable bodies and network failures
 * become an {@link ApiError}; an abort rejects with the signal's reason.
 */
export async function readJson(
  provider: string,
  call: TextCall,
  context: { taskId?: string | undefined; signal?: AbortSignal | undefined } = {},
): Promise<{ body: unknown; response: Response }> {
  let result: Awaited<TextCall>;
  try {
    result = await call;
  } catch (cause) {
    if (context.signal?.aborted) throw context.signal.reason;
    throw new ApiError({
      provider,
      code: "network_error",
      providerMessage: cause instanceof Error ? cause.message : String(cause),
      taskId: context.taskId,
      cause,
    });
  }
  const { response } = result;
  if (!response.ok) {
    throw apiErrorFromBody(provider, response.status, result.error, {
      taskId: context.taskId,
      retryAfter: response.headers.get("retry-after"),
    });
  }
  try {
    return { body: JSON.parse(result.data as string), response };
  } catch (cause) {
    throw new ApiError({
      provider,
      status: response.status,
      code: "invalid_response",
      providerMessage: "the answer is not valid JSON",
      taskId: context.taskId,
      cause,
    });
  }
}

/** Rejects an empty or non-string task id with an error that names it. */
export function assertTaskId(id: unknown, name = "task id"): asserts id is string {
  if (typeof id !== "string" || id.trim() === "") {
    throw new InvalidInputError(
      "invalid_argument",
      `The ${name} must be a non-empty string, got ${JSON.stringify(id)}.`,
    );
  }
}
