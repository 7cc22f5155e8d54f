import { describe, expect, it } from "vitest";
import { InvalidInputError } from "./errors.js";
import { decodeKieSignature, kieCallbackTaskId, signKieWebhook, verifyKieWebhook } from "./kie-webhook.js";

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

  it("refuses a tolerance that is not a finite number of seconds from 0 to a day, naming the option", async () => {
    const signature = await signKieWebhook("task_1", timestamp, secret);
    for (const toleranceSeconds of [Number.NaN, Number.POSITIVE_INFINITY, -1, 86_401, Number("unset")]) {
      const verifying = verifyKieWebhook({ taskId: "task_1", timestamp, signature, secret, now, toleranceSeconds });
      await expect(verifying).rejects.toBeInstanceOf(InvalidInputError);
      await expect(verifying).rejects.toThrow(/toleranceSeconds/);
    }
  });

  it("rejects, with a zero window, a callback a second old, and accepts one of this second", async () => {
    const signature = await signKieWebhook("task_1", timestamp, secret);
    await expect(
      verifyKieWebhook({ taskId: "task_1", timestamp, signature, secret, now, toleranceSeconds: 0 }),
    ).resolves.toBe(true);
    await expect(
      verifyKieWebhook({ taskId: "task_1", timestamp, signature, secret, now: now + 1_000, toleranceSeconds: 0 }),
    ).resolves.toBe(false);
  });

  it("rejects a timestamp too far in the future as well", async () => {
    const future = String(now / 1000 + 301);
    const signature = await signKieWebhook("task_1", future, secret);
    await expect(verifyKieWebhook({ taskId: "task_1", timestamp: future, signature, secret, now })).resolves.toBe(
      false,
    );
  });
});

describe("decodeKieSignature", () => {
  it("gives one signature's bytes whatever its padding, unused trailing bits or whitespace", async () => {
    const signature = await signKieWebhook("task_1", timestamp, secret);
    const { createHmac } = await import("node:crypto");
    const bytes = createHmac("sha256", secret).update(`task_1.${timestamp}`).digest();
    expect(signature.endsWith("=")).toBe(true);
    const body = signature.slice(0, -2);
    const last = signature.at(-2) as string;
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    // 32 bytes end in a character of which only the 4 high bits count: the 2 others may be anything.
    const otherBits = alphabet[alphabet.indexOf(last) ^ 0b11] as string;
    const spellings = [
      signature,
      signature.replace(/=+$/, ""),
      `${body}${otherBits}=`,
      `${body}${otherBits}`,
      ` ${signature.slice(0, 10)} ${signature.slice(10)}\n`,
    ];
    expect(new Set(spellings).size).toBe(spellings.length);
    for (const spelling of spellings) {
      expect(Buffer.from(decodeKieSignature(spelling) as Uint8Array).equals(bytes)).toBe(true);
      await expect(verifyKieWebhook({ taskId: "task_1", timestamp, signature: spelling, secret, now })).resolves.toBe(
        true,
      );
    }
  });

  it("gives undefined for what is not base64", () => {
    expect(decodeKieSignature("%%%")).toBeUndefined();
    expect(decodeKieSignature("abcde")).toBeUndefined();
  });
});

describe("kieCallbackTaskId", () => {
  it("reads data.taskId (Market callbacks) and data.task_id (kie's verification guide)", () => {
    expect(kieCallbackTaskId({ code: 200, data: { taskId: "task_1" } })).toBe("task_1");
    expect(kieCallbackTaskId({ code: 200, data: { task_id: "task_2" } })).toBe("task_2");
    expect(kieCallbackTaskId({ data: { taskId: "task_3", task_id: "task_3" } })).toBe("task_3");
  });

  it("gives undefined for no task id, an empty one, one not a string, or two that differ", () => {
    for (const body of [
      null,
      "task_1",
      { taskId: "task_1" },
      { data: null },
      { data: {} },
      { data: { taskId: "" } },
      { data: { task_id: 42 } },
      { data: { taskId: "task_1", task_id: "task_2" } },
    ]) {
      expect(kieCallbackTaskId(body)).toBeUndefined();
    }
  });
});
