import { ApiError } from "@gentask/core";

/** What the poller does with an error from a status request. */
export type PollErrorKind =
  /** 429: pause the whole budget (for `Retry-After`, when sent) and slow it down. */
  | { kind: "rate_limited"; retryAfterMs: number | undefined }
  /** 5xx, 455, network failures, timeouts, unreadable answers: retry with backoff within the deadline. */
  | { kind: "transient"; retryAfterMs: number | undefined }
  /** 404 (but `no_api`), or kie's 422 "recordInfo is null": the task is unknown (yet). */
  | { kind: "not_found" }
  /** Cannot heal by waiting (401, 402, 403, other 4xx, errors that are not API errors): fail at once. */
  | { kind: "fatal" };

const TRANSIENT_CODES = ["network_error", "invalid_response", "request_timeout"];
const TRANSIENT_STATUSES = [408, 409, 425, 455];
/** 5xx answers that say the request itself cannot work (501 Not Implemented, 505 HTTP Version Not Supported). */
const FATAL_SERVER_STATUSES = [501, 505];

/**
 * Reads a `Retry-After` value, delay-seconds or an HTTP date, as milliseconds
 * from `now`. Returns `undefined` when absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  if (text === "") return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000;
  // An HTTP date always has a weekday and month name; this keeps "-5" from parsing as a year.
  if (!/[a-z]/i.test(text)) return undefined;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * The status an API error stands for. kie reports errors in its envelope's
 * `code` under HTTP 200 (`{"code": 402, ...}`), so a three-digit `code`
 * counts when the HTTP status is a success.
 */
export function effectiveStatus(error: ApiError): number | undefined {
  const httpError = error.status !== undefined && (error.status < 200 || error.status >= 300);
  if (httpError) return error.status;
  return /^\d{3}$/.test(error.code) ? Number(error.code) : error.status;
}

export function classifyPollError(error: unknown, now: number): PollErrorKind {
  if (!(error instanceof ApiError)) return { kind: "fatal" };
  const status = effectiveStatus(error);
  const retryAfterMs = parseRetryAfter(error.retryAfter, now);
  if (status === 429) return { kind: "rate_limited", retryAfterMs };
  // A 404 naming no API (`no_api`) is a wrong base URL or path: waiting cannot heal it.
  if (status === 404) return error.code === "no_api" ? { kind: "fatal" } : { kind: "not_found" };
  if (status === 422 && /recordInfo is null/i.test(error.providerMessage ?? "")) {
    return { kind: "not_found" };
  }
  return status === undefined ||
    TRANSIENT_CODES.includes(error.code) ||
    TRANSIENT_STATUSES.includes(status) ||
    (status >= 500 && !FATAL_SERVER_STATUSES.includes(status)) ||
    (status >= 200 && status < 300)
    ? { kind: "transient", retryAfterMs }
    : { kind: "fatal" };
}
