/**
 * Base class of every error gentask throws on purpose. Each subclass writes its `name` out: a minifier
 * renames classes, and `error.name` must stay what the documentation says.
 */
export class GentaskError extends Error {
  /** A stable, machine-readable reason, for example `missing_api_key` or `invalid_token`. */
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** The caller passed something unusable: a missing API key, an empty task id, a bad option. */
export class InvalidInputError extends GentaskError {
  override name = "InvalidInputError";
}

export interface ApiErrorDetails {
  /** Which provider answered, for example `veo` or `kie`. */
  provider: string;
  /** The HTTP status, or `undefined` when no answer arrived (network failure). */
  status?: number | undefined;
  /** The provider's error code (`invalid_token`, `too_many_requests`, `422`, ...). */
  code: string;
  /** The provider's own message, when it sent one. */
  providerMessage?: string | undefined;
  /** The provider's trace or request id, for support tickets. */
  traceId?: string | undefined;
  /** The task the request was about, when known. */
  taskId?: string | undefined;
  /** The raw `Retry-After` header of the answer, when present. */
  retryAfter?: string | undefined;
  cause?: unknown;
}

/**
 * A request to a provider did not give a usable answer: a non-2xx status, an
 * error envelope, an unreadable body or a network failure. It never carries the
 * API key.
 */
export class ApiError extends GentaskError {
  override name = "ApiError";
  // `declare`: assigned all at once below, which keeps the client bundle small.
  declare readonly provider: string;
  declare readonly status: number | undefined;
  declare readonly providerMessage: string | undefined;
  declare readonly traceId: string | undefined;
  declare readonly taskId: string | undefined;
  declare readonly retryAfter: string | undefined;

  constructor(details: ApiErrorDetails) {
    const { provider, status, code, providerMessage, taskId } = details;
    super(
      code,
      `${provider}: ${code}${providerMessage ? ` - ${providerMessage}` : ""} (HTTP ${status ?? "none"}${taskId ? `, task ${taskId}` : ""})`,
    );
    // Every detail becomes a field (`cause` too, when given).
    Object.assign(this, details);
  }
}
