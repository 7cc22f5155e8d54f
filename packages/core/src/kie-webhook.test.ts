import { describe, expect, it } from "vitest";
import { signKieWebhook, verifyKieWebhook } from "./kie-webhook.js";

const secret = "test-hmac-key";
const now = 1_766_000_000_000;
const timestamp = String(now / 1000);

describe("verifyKieWebhook", () => {
  it("accepts kie's signature over <taskId>.<timestamp>", async () => {
    const signature = await signKieWebhook("task_1", timestamp, secret);
    // Independent computation of the documented formula with Node's crypto.
    const { createHmac } = await import("node:crypto");
    expect(signature).toBe(createHmac("sha256", secret).update(`task_1.${timestamp}`).digest("base64"));
    await expect(verifyKieWebhook({ taskId: "task_1", timestamp, signature, secret, now })).resolves.toBe(true);
  });

  it("rejects another task id, a wrong key, garbage and a missing header", async () => {
    const signature = await signKieWebhook("task_1", timestamp, secret);
    await expect(verifyKieWebhook({ taskId: "task_2", timestamp, signature, secret, now })).resolves.toBe(false);
    await expect(verifyKieWebhook({ taskId: "task_1", timestamp, signature, secret: "other", now })).resolves.toBe(
      false,
    );
    await expect(verifyKieWebhook({ taskId: "task_1", timestamp, signature: "%%%", secret, now })).resolves.toBe(false);
    await expect(verifyKieWebhook({ taskId: "task_1", timestamp: null, signature, secret, now })).resolves.toBe(false);
  });

  it("rejects a timestamp outside the tolerance window (replay)", async () => {
    const old = String(now / 1000 - 301);
    const signature = await signKieWebhook("task_1", old, secret);
    await expect(verifyKieWebhook({ taskId: "task_1", timestamp: old, signature, secret, now })).resolves.toBe(false);
    await expect(
      verifyKieWebhook({ taskId: "task_1", timestamp: old, signature, secret, now, toleranceSeconds: 600 }),
    ).resolves.toBe(true);
  });

  it("needs the key", async () => {
    await expect(verifyKieWebhook({ taskId: "t", timestamp, signature: "x", secret: "", now })).rejects.toThrow(
      /secret/,
    );
  });
});
