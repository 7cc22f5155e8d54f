/** Base class of every error gentask throws on purpose. */
export class GentaskError extends Error {
  /** A stable, machine-readable reason, for example `missing_api_key` or `invalid_token`. */
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** The caller passed something unusable: a missing API key, an empty task id, a bad option. */
export class InvalidInputError extends GentaskError {}

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
  readonly provider: string;
  readonly status: number | undefined;
  readonly providerMessage: string | undefined;
  readonly traceId: string | undefined;
  readonly taskId: string | undefined;
  readonly retryAfter: string | undefined;

  constructor(details: ApiErrorDetails) {
    const where = [
      details.status === undefined ? "no HTTP answer" : `HTTP ${details.status}`,
      details.taskId && `task ${details.taskId}`,
      details.traceId && `trace ${details.traceId}`,
    ]
      .filter(Boolean)
      .join(", ");
    super(
      details.code,
      `${details.provider}: ${details.code}${details.providerMessage ? ` - ${details.providerMessage}` : ""} (${where})`,
      { cause: details.cause },
    );
    this.provider = details.provider;
    this.status = details.status;
    this.providerMessage = details.providerMessage;
    this.traceId = details.traceId;
    this.taskId = details.taskId;
    this.retryAfter = details.retryAfter;
  }
}
