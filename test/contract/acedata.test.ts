import { ApiError } from "@gentask/core";
import { createFluxClient } from "@gentask/flux";
import { createSeedanceClient } from "@gentask/seedance";
import { createSeedreamClient } from "@gentask/seedream";
import { createVeoClient } from "@gentask/veo";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { recordingPrismViolations, redirectCallback, startCallbackReceiver } from "../support/callback-receiver.js";
import { loadSpec, namedExamples, seedJson } from "../support/specs.js";

const factories = {
  seedream: createSeedreamClient,
  seedance: createSeedanceClient,
  flux: createFluxClient,
  veo: createVeoClient,
};
type AceDataProvider = keyof typeof factories;

describe.each(Object.keys(factories) as AceDataProvider[])("%s client against its Prism mock", (provider) => {
  const baseUrl = inject("mockUrls")[provider] as string;
  // Every request the clients build passes Prism's request validation.
  const violations: string[] = [];
  afterEach(() => {
    expect(violations.splice(0)).toEqual([]);
  });
  const examples = namedExamples(loadSpec(provider));
  const tasksPath = `/${provider}/tasks`;
  const clientPreferring = (prefer?: string) =>
    factories[provider]({
      apiKey: "test-key",
      baseUrl,
      headers: prefer ? { prefer } : {},
      fetch: recordingPrismViolations(violations),
    });
  const statusExamples = examples.filter(
    (example) => example.operationId === "retrieveTasks" && example.status === "200",
  );
  const errorExamples = examples.filter((example) => Number(example.status) >= 400);
  const createExamples = examples.filter(
    (example) => example.operationId === "createTask" && example.status === "request",
  );
  const createAnswers = examples.filter((example) => example.operationId === "createTask" && example.status === "200");

  it.each(statusExamples.map((example) => [example.name, example] as const))(
    "serves the %s task example through the typed POST",
    async (name, example) => {
      const client = clientPreferring(`example=${name}`);
      const post = client.POST as unknown as (
        path: string,
        init: unknown,
      ) => Promise<{ data: unknown; response: Response }>;
      const { data, response } = await post(tasksPath, { body: { action: "retrieve", id: "task-1" } });
      expect(response.status).toBe(200);
      expect(data).toEqual(example.value);
    },
  );

  it("retrieveTask returns the record, and undefined for an unknown id", async () => {
    const succeeded = statusExamples.find((example) => example.name === "succeeded");
    await expect(clientPreferring("example=succeeded").retrieveTask("task-1")).resolves.toEqual(succeeded?.value);
    await expect(clientPreferring("example=notFound").retrieveTask("task-1")).resolves.toBeUndefined();
  });

  it("retrieveTasks sends a valid retrieve_batch and returns the items", async () => {
    const batch = statusExamples.find((example) => example.name === "batch")?.value as { items: unknown[] };
    await expect(clientPreferring("example=batch").retrieveTasks(["a", "b"])).resolves.toEqual(batch.items);
  });

  let receiver: Awaited<ReturnType<typeof startCallbackReceiver>>;
  beforeAll(async () => {
    receiver = await startCallbackReceiver();
  });
  afterAll(() => receiver.close());

  it.each(createExamples.map((example) => [example.name, example] as const))(
    "createTask sends the %s request example and returns the task id",
    async (name, example) => {
      const accepted = createAnswers.find((answer) => (answer.value as { task_id?: string }).task_id !== undefined);
      const client = clientPreferring(accepted ? `example=${accepted.name}` : undefined);
      // Callbacks Prism fires go to a local receiver, never to the host an example names.
      const callbackPath = `/${provider}/${name}`;
      const body = redirectCallback(example.value as Record<string, unknown>, `${receiver.url}${callbackPath}`);
      const taskId = await client.createTask(body as never);
      expect(typeof taskId).toBe("string");
      expect(taskId).toBe((accepted?.value as { task_id?: string } | undefined)?.task_id);
      if ("callback_url" in body) {
        const callback = await receiver.waitFor(callbackPath);
        expect(callback.body).toMatchObject({ success: expect.any(Boolean) });
      }
    },
  );

  it.each(errorExamples.map((example) => [example.label, example] as const))(
    "maps the error example %s to a typed ApiError",
    async (_label, example) => {
      const client = clientPreferring(`code=${example.status}, example=${example.name}`);
      const call =
        example.operationId === "createTask"
          ? client.createTask(redirectCallback(createExamples[0]?.value, `${receiver.url}/ignored`) as never)
          : client.retrieveTasks(["task-1", "task-2"]);
      const error = await call.then(
        () => undefined,
        (rejection: unknown) => rejection,
      );
      expect(error).toBeInstanceOf(ApiError);
      const body = example.value as { error: { code: string; message: string }; trace_id?: string };
      expect(error).toMatchObject({
        provider,
        status: Number(example.status),
        code: body.error.code,
        providerMessage: body.error.message,
        traceId: body.trace_id,
      });
      expect((error as Error).message).not.toContain("test-key");
    },
  );

  it("gives the typed 401 error when no key is sent", async () => {
    const client = factories[provider]({
      apiKey: "test-key",
      baseUrl,
      fetch: (request: Request) => {
        const headers = new Headers(request.headers);
        headers.delete("authorization");
        return fetch(new Request(request, { headers }));
      },
    });
    await expect(client.retrieveTask("task-1")).rejects.toMatchObject({ name: "ApiError", status: 401 });
  });

  it("accepts the seed document's curl bodies as they are", async () => {
    for (const body of seedJson(provider).curlBodies) {
      const response = await fetch(`${baseUrl}${tasksPath}`, {
        method: "POST",
        headers: { authorization: "Bearer test-key", "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify(body),
      });
      expect(response.status, JSON.stringify(body)).toBe(200);
      await response.arrayBuffer();
    }
  });
});
