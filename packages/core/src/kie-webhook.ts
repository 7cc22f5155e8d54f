import { isObject } from "./client.js";
import { InvalidInputError } from "./errors.js";

export interface VerifyKieWebhookOptions {
  /** The task id of the callback body (`kieCallbackTaskId`; the signature covers only it and the timestamp). */
  taskId: string;
  /** The `X-Webhook-Timestamp` header: Unix seconds. */
  timestamp: string | null | undefined;
  /** The `X-Webhook-Signature` header: base64 HMAC-SHA256 of `<taskId>.<timestamp>`. */
  signature: string | null | undefined;
  /** Your account's webhook HMAC key. */
  secret: string;
  /**
   * How far the timestamp may be from now, in seconds, either way. Default 300; a finite number from 0 to
   * 86,400 (a day), else an `InvalidInputError`: `NaN` or `Infinity` (from `Number(process.env.UNSET)`, say)
   * would accept a callback of any age. Within the window a replay still verifies: reject those with a
   * seen-set (`@gentask/callbacks` does).
   */
  toleranceSeconds?: number;
  /** Current time in ms, for tests. Default `Date.now()`. */
  now?: number;
}

/**
 * The bytes of a base64 signature, decoded canonically: with or without `=` padding, whatever the unused bits
 * of its last character, and with whitespace anywhere, one signature gives the same bytes (`undefined` for
 * anything that is not base64). Every such spelling verifies, so compare, or remember, these bytes, never
 * the header's text: a replay re-encoded is the same signature.
 */
export function decodeKieSignature(signature: string): Uint8Array | undefined {
  // `atob` is the web's forgiving decode: it drops ASCII whitespace and a padding of 1 or 2 `=`, accepts
  // none, and ignores the bits left over in the last character.
  try {
    return Uint8Array.from(atob(signature), (character) => character.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/**
 * The task id of a kie callback body: `data.taskId` (what Market callbacks carry) or `data.task_id` (what
 * kie's verification guide reads). `undefined` when there is none, or two that differ (which one would the
 * signature be for?).
 */
export function kieCallbackTaskId(body: unknown): string | undefined {
  const data = isObject(body) ? body.data : undefined;
  if (!isObject(data)) return undefined;
  const ids = [data.taskId, data.task_id].filter((value) => value !== undefined && value !== null);
  const [first] = ids;
  if (typeof first !== "string" || first === "" || ids.some((value) => value !== first)) return undefined;
  return first;
}

/** Computes kie's signature for a task id and timestamp (what kie sends as `X-Webhook-Signature`). */
export async function signKieWebhook(taskId: string, timestamp: string, secret: string): Promise<string> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, [
    "sign",
  ]);
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, encoder.encode(`${taskId}.${timestamp}`)));
  return btoa(String.fromCharCode(...mac));
}

/** The widest tolerance window accepted: beyond a day a "window" no longer limits replays. */
const MAX_TOLERANCE_SECONDS = 86_400;

/** The tolerance window in seconds; throws an `InvalidInputError` naming the option when it is not a sane number. */
export function kieToleranceSeconds(value: unknown): number {
  if (value === undefined) return 300;
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || value > MAX_TOLERANCE_SECONDS) {
    throw new InvalidInputError(
      "invalid_argument",
      `toleranceSeconds must be a finite number of seconds from 0 to ${MAX_TOLERANCE_SECONDS}, got ${String(value)}.`,
    );
  }
  return value;
}

/**
 * Verifies a kie callback's signature and freshness, in constant time. It
 * resolves `true` only for a valid signature within the tolerance window. The
 * signature does not cover the body: trust only the task id, and read the task
 * again (for example by letting the poller finish the wait).
 */
export async function verifyKieWebhook(options: VerifyKieWebhookOptions): Promise<boolean> {
  const { taskId, timestamp, signature, secret } = options;
  if (!secret)
    throw new InvalidInputError("invalid_argument", "verifyKieWebhook needs the webhook HMAC key as `secret`.");
  const toleranceSeconds = kieToleranceSeconds(options.toleranceSeconds);
  const now = options.now ?? Date.now();
  if (!Number.isFinite(now)) throw new InvalidInputError("invalid_argument", `now must be a finite time in ms.`);
  if (!taskId || !timestamp || !signature || !/^\d+$/.test(timestamp)) return false;
  const ageSeconds = now / 1000 - Number(timestamp);
  if (!(Math.abs(ageSeconds) <= toleranceSeconds)) return false;
  const expected = decodeKieSignature(await signKieWebhook(taskId, timestamp, secret));
  const received = decodeKieSignature(signature);
  if (!expected || !received || expected.length !== received.length) return false;
  let difference = 0;
  for (let index = 0; index < expected.length; index++)
    difference |= (expected[index] as number) ^ (received[index] as number);
  return difference === 0;
}
