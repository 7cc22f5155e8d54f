import { ApiError } from "@gentask/core";
import { classifyKieRecord, createKieClient } from "@gentask/kie";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { recordingPrismViolations, redirectCallback, startCallbackReceiver } from "../support/callback-receiver.js";
import { loadSpec, namedExamples } from "../support/specs.js";

describe("kie client against its Prism mock", () => {
  const baseUrl = inject("mockUrls").kie as string;
  // Every request the clients build passes Prism's request validation.
  const violations: string[] = [];
  afterEach(() => {
    expect(violations.splice(0)).toEqual([]);
  });
  const examples = namedExamples(loadSpec("kie"));
  const clientPreferring = (prefer?: string) =>
    createKieClient({
      apiKey: "test-key",
      baseUrl,
      headers: prefer ? { prefer } : {},
      fetch: recordingPrismViolations(violations),
    });
  const recordExamples = examples.filter(
    (example) => example.operationId === "getTaskRecord" && example.status === "200",
  );
  const errorExamples = examples.filter((example) => Number(example.status) >= 400);
  const createExamples = examples.filter(
    (example) => example.operationId === "createTask" && example.status === "request",
  );

  it.each(recordExamples.map((example) => [example.name, example] as const))(
    "getTaskRecord reads the %s example",
    async (name, example) => {
      const record = await clientPreferring(`example=${name}`).getTaskRecord("task_12345678");
      expect(record).toEqual((example.value as { data: unknown }).data);
      expect(classifyKieRecord(record, "task_12345678").state).not.toBe("not_found");
    },
  );

  let receiver: Awaited<ReturnType<typeof startCallbackReceiver>>;
  beforeAll(async () => {
    receiver = await startCallbackReceiver();
  });
  afterAll(() => receiver.close());

  it.each(createExamples.map((example) => [example.name, example] as const))(
    "createTask sends the %s request example and returns the task id",
    async (name, example) => {
      // Callbacks Prism fires go to a local receiver, never to the host an example names.
      const callbackPath = `/kie/${name}`;
      const body = redirectCallback(example.value as Record<string, unknown>, `${receiver.url}${callbackPath}`);
      const taskId = await clientPreferring().createTask(body as never);
      expect(taskId).toMatch(/\S/);
      if ("callBackUrl" in body) {
        const callback = await receiver.waitFor(callbackPath);
        expect(callback.body).toMatchObject({ code: expect.any(Number), data: { taskId: expect.any(String) } });
      }
    },
  );

  it.each(errorExamples.map((example) => [example.label, example] as const))(
    "maps the error example %s",
    async (_label, example) => {
      const client = clientPreferring(`code=${example.status}, example=${example.name}`);
      const body = example.value as { code: number; msg?: string; message?: string };
      const call =
        example.operationId === "createTask"
          ? client.createTask(redirectCallback(createExamples[0]?.value, `${receiver.url}/ignored`) as never)
          : client.getTaskRecord("task_12345678");
      const outcome = await call.then(
        (value) => ({ value }),
        (error: unknown) => ({ error }),
      );
      const notFound =
        example.operationId === "getTaskRecord" && (body.code === 404 || /recordInfo is null/i.test(body.msg ?? ""));
      if (notFound) {
        // A just-created task is briefly unknown: the helper reports "not found" rather than failing.
        expect(outcome).toEqual({ value: undefined });
        return;
      }
      expect("error" in outcome && outcome.error).toBeInstanceOf(ApiError);
      expect("error" in outcome && outcome.error).toMatchObject({
        provider: "kie",
        status: Number(example.status),
        code: String(body.code),
        providerMessage: body.msg ?? body.message,
      });
    },
  );

  it("gives the typed 401 error when no key is sent", async () => {
    const client = createKieClient({
      apiKey: "test-key",
      baseUrl,
      fetch: (request: Request) => {
        const headers = new Headers(request.headers);
        headers.delete("authorization");
        return fetch(new Request(request, { headers }));
      },
    });
    await expect(client.getTaskRecord("task_12345678")).rejects.toMatchObject({ name: "ApiError", status: 401 });
  });
});
