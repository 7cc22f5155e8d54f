// Every provider package's client against Prism serving its spec: every request it builds passes Prism's
// validation, every example answer reads back, every error example becomes the typed ApiError.
import { ApiError, type ProviderFacts } from "@gentask/core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { recordingPrismViolations, redirectCallback, startCallbackReceiver } from "../support/callback-receiver.js";
import { providerPackage } from "../support/clients.js";
import { family, loadSpec, namedExamples, providers, seedJson } from "../support/specs.js";

const KEY = "test-key-for-prism";

/** The code and message an error example carries: Ace Data's `{error: {code, message}}`, kie's `{code, msg}`. */
function errorOf(facts: ProviderFacts, body: any): { code: string; message: string | undefined } {
  return facts.family === "kie"
    ? { code: String(body.code), message: body.msg ?? body.message }
    : { code: body.error.code, message: body.error.message };
}

describe.each(providers.map((facts) => [facts.name, facts] as const))("%s client against Prism", (name, facts) => {
  const baseUrl = inject("mockUrls")[name] as string;
  const violations: string[] = [];
  afterEach(() => {
    expect(violations.splice(0)).toEqual([]);
  });
  const examples = namedExamples(loadSpec(name));
  const clientPreferring = async (prefer?: string, extra: Record<string, unknown> = {}) =>
    (await providerPackage(facts)).createClient({
      apiKey: KEY,
      baseUrl,
      headers: prefer ? { prefer } : {},
      fetch: recordingPrismViolations(violations),
      ...extra,
    });
  const statusExamples = examples.filter(
    (example) => example.path === facts.statusPath && example.status === "200" && example.name !== "batch",
  );
  const startExamples = examples.filter(
    (example) => Object.hasOwn(facts.starters, example.operationId) && example.status === "request",
  );

  let receiver: Awaited<ReturnType<typeof startCallbackReceiver>>;
  beforeAll(async () => {
    receiver = await startCallbackReceiver();
  });
  afterAll(() => receiver.close());

  it.each(statusExamples.map((example) => [example.name, example] as const))(
    "reads the %s status example through its task source",
    async (exampleName) => {
      const pkg = await providerPackage(facts);
      const [status] = await pkg.tasks(await clientPreferring(`example=${exampleName}`)).read(["task-1"]);
      expect(status?.id).toBe("task-1");
      if (exampleName === facts.answers.unknownTask) expect(status?.state).toBe("not_found");
      else expect(status?.state).not.toBe("not_found");
    },
  );

  it.each(startExamples.map((example) => [example.label, example] as const))(
    "starts a task with the request example %s and returns its id",
    async (_label, example) => {
      const client = await clientPreferring(`example=${facts.answers.accepted}`);
      const callbackPath = `/${name}/${example.operationId}/${example.name}`;
      const body = redirectCallback(
        example.value as Record<string, unknown>,
        facts.callbackUrlField,
        `${receiver.url}${callbackPath}`,
      );
      const taskId = await client[example.operationId](body);
      expect(taskId).toMatch(/\S/);
      if (facts.callbackUrlField in body) {
        // Prism fires the spec's callback; it reaches the local receiver, never the host an example names.
        const callback = await receiver.waitFor(callbackPath);
        expect(callback.body).toBeTypeOf("object");
      }
    },
  );

  const errorExamples = examples.filter((example) => Number(example.status) >= 400);
  it.each(errorExamples.map((example) => [example.label, example] as const))(
    "maps the error example %s to a typed ApiError",
    async (_label, example) => {
      const client = await clientPreferring(`code=${example.status}, example=${example.name}`);
      const pkg = await providerPackage(facts);
      const starter = startExamples.find((start) => start.operationId === example.operationId);
      const call = starter
        ? client[starter.operationId](
            redirectCallback(starter.value, facts.callbackUrlField, `${receiver.url}/ignored`),
          )
        : pkg.tasks(client).read(["task-1"]);
      const outcome = await call.then(
        (value: unknown) => ({ value }),
        (error: unknown) => ({ error }),
      );
      const expected = errorOf(facts, example.value);
      if (!starter && "value" in outcome) {
        // "No such task (yet)" reads as not found, and kie's 501 "generation failed" as the task's failure:
        // neither is a failed request.
        const [status] = outcome.value as { state: string; error?: { message: string } }[];
        expect(["not_found", "failed"]).toContain(status?.state);
        if (status?.state === "failed") expect(status.error?.message).toBe(expected.message);
        return;
      }
      const error = (outcome as { error: unknown }).error;
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject({ provider: name, status: Number(example.status), code: expected.code });
      if (expected.message) expect((error as ApiError).providerMessage).toBe(expected.message);
      expect((error as Error).message).not.toContain(KEY);
    },
  );

  it("sends Accept: application/json, as the vendor's specs require", async () => {
    const seen: string[] = [];
    const client = await clientPreferring(`example=${facts.answers.succeeded}`, {
      fetch: (request: Request) => {
        seen.push(request.headers.get("accept") ?? "");
        return fetch(request);
      },
    });
    await (await providerPackage(facts)).tasks(client).read(["task-1"]);
    expect(seen).toEqual(["application/json"]);
  });

  it("gives the typed 401 error when no key is sent", async () => {
    const client = await clientPreferring(undefined, {
      fetch: (request: Request) => {
        const headers = new Headers(request.headers);
        headers.delete("authorization");
        return fetch(new Request(request, { headers }));
      },
    });
    await expect((await providerPackage(facts)).tasks(client).read(["task-1"])).rejects.toMatchObject({
      name: "ApiError",
      status: 401,
    });
  });
});

// Only the providers whose spec started from a seed document: the others have nothing to test here.
const seeded = family("acedata").filter((facts) => facts.seedDocument !== undefined);
describe.each(seeded.map((facts) => [facts.name, facts] as const))("%s seed requests", (name, facts) => {
  it("Prism accepts the seed document's curl bodies as they are", async () => {
    const baseUrl = inject("mockUrls")[name] as string;
    for (const body of seedJson(facts.seedDocument as string).curlBodies) {
      const response = await fetch(`${baseUrl}${facts.statusPath}`, {
        method: "POST",
        headers: { authorization: `Bearer ${KEY}`, "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify(body),
      });
      expect(response.status, JSON.stringify(body)).toBe(200);
      await response.arrayBuffer();
    }
  });
});
