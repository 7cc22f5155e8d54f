import { InvalidInputError } from "@gentask/core";

export interface VerifyKieWebhookOptions {
  /** The `taskId` of the callback body (the signature covers only it and the timestamp). */
  taskId: string;
  /** The `X-Webhook-Timestamp` header: Unix seconds. */
  timestamp: string | null | undefined;
  /** The `X-Webhook-Signature` header: base64 HMAC-SHA256 of `<taskId>.<timestamp>`. */
  signature: string | null | undefined;
  /** Your account's webhook HMAC key. */
  secret: string;
  /** Oldest accepted timestamp, in seconds before now. Default 300. */
  toleranceSeconds?: number;
  /** Current time in ms, for tests. Default `Date.now()`. */
  now?: number;
}

function base64ToBytes(text: string): Uint8Array | undefined {
  try {
    return Uint8Array.from(atob(text), (character) => character.charCodeAt(0));
  } catch {
    return undefined;
  }
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
  if (!taskId || !timestamp || !signature || !/^\d+$/.test(timestamp)) return false;
  const ageSeconds = (options.now ?? Date.now()) / 1000 - Number(timestamp);
  if (Math.abs(ageSeconds) > (options.toleranceSeconds ?? 300)) return false;
  const expected = base64ToBytes(await signKieWebhook(taskId, timestamp, secret));
  const received = base64ToBytes(signature);
  if (!expected || !received || expected.length !== received.length) return false;
  let difference = 0;
  for (let index = 0; index < expected.length; index++)
    difference |= (expected[index] as number) ^ (received[index] as number);
  return difference === 0;
}
