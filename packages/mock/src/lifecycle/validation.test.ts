// The lifecycle mock refuses what the vendor refuses: a spec whose create body is one closed schema per
// action (`oneOf` discriminated on `action`, `additionalProperties: false`) gets the spec's own 400 answer,
// naming the failing path of the action the body meant.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ProviderFacts, providerRegistry } from "@gentask/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { describeSchemaErrors, findSpecsDirectory, schemaValidator } from "../spec-documents.js";
import { firstAt } from "./fill.js";
import { type LifecycleServer, startLifecycleServer } from "./server.js";

// An Ace Data provider whose common create body names its action: its body becomes a union of two actions.
const facts = (Object.values(providerRegistry) as ProviderFacts[]).find(
  (candidate) => candidate.family === "acedata" && typeof candidate.common.body.action === "string",
);
const promptField = facts?.common.promptPointer.slice(1) as string;

let folder: string;
let server: LifecycleServer;

beforeAll(async () => {
  if (facts === undefined) return;
  folder = mkdtempSync(join(tmpdir(), "gentask-mock-oneof-"));
  const specs = findSpecsDirectory();
  cpSync(join(specs, "common"), join(folder, "common"), { recursive: true });
  const spec = parse(readFileSync(join(specs, `${facts.name}.yaml`), "utf8"));
  const known = Object.fromEntries(Object.keys(facts.common.body).map((key) => [key, {}]));
  const shared = { ...known, async: { type: "boolean" }, [facts.callbackUrlField]: { type: "string" } };
  const path = facts.starters[facts.common.operationId] as string;
  spec.paths[path].post.requestBody.content["application/json"].schema = {
    oneOf: [
      {
        type: "object",
        additionalProperties: false,
        required: ["action", promptField],
        properties: { ...shared, action: { const: facts.common.body.action }, [promptField]: { type: "string" } },
      },
      {
        type: "object",
        additionalProperties: false,
        required: ["action", "image_urls"],
        properties: { ...shared, action: { const: "image2video" }, image_urls: { type: "array", minItems: 1 } },
      },
    ],
    discriminator: { propertyName: "action" },
  };
  writeFileSync(join(folder, `${facts.name}.yaml`), stringify(spec));
  server = await startLifecycleServer({ providers: [facts.name], specsDirectory: folder });
});

afterAll(async () => {
  await server?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe.runIf(facts !== undefined)("a create body that is one closed schema per action", () => {
  const post = async (body: Record<string, unknown>) => {
    const { name: _name, starters, common } = facts as ProviderFacts;
    const response = await fetch(`${server.url}${starters[common.operationId]}`, {
      method: "POST",
      headers: { authorization: "Bearer test-key", "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const answer = await response.json();
    return { status: response.status, message: firstAt(answer, (facts as ProviderFacts).answers.errorMessage), answer };
  };
  const common = () => ({ ...(facts as ProviderFacts).common.body });

  it("accepts a body that has what its action needs", async () => {
    expect((await post(common())).status).toBe(200);
    expect((await post({ action: "image2video", image_urls: ["https://example.com/a.png"] })).status).toBe(200);
  });

  it("refuses a body that lacks what its action needs, naming the path in the spec's error shape", async () => {
    const { [promptField]: _prompt, ...withoutPrompt } = common();
    const refused = await post(withoutPrompt);
    expect(refused.status).toBe(400);
    expect(refused.message).toBe(`/${promptField} is required`);
    // The spec's own 400 answer, with its message in the place the spec says.
    expect(refused.answer).toMatchObject({ success: false, error: { code: "bad_request" } });
    const image = await post({ action: "image2video" });
    expect(image.message).toBe("/image_urls is required");
  });

  it("refuses a misspelled field", async () => {
    const refused = await post({ ...common(), callbackUrl: "https://example.com/hook" });
    expect(refused.status).toBe(400);
    expect(refused.message).toBe("/callbackUrl is not allowed");
  });

  it("refuses an unknown action, naming the actions there are", async () => {
    const refused = await post({ ...common(), action: "bogus" });
    expect(refused.status).toBe(400);
    expect(refused.message).toBe(`/action must be one of ${JSON.stringify(facts?.common.body.action)}, "image2video"`);
  });
});

describe("describeSchemaErrors", () => {
  const compile = schemaValidator();
  const problems = (schema: unknown, value: unknown) => {
    const validate = compile(schema);
    return validate(value) ? [] : describeSchemaErrors(validate);
  };
  const text = {
    type: "object",
    required: ["type", "text"],
    properties: { type: { const: "text" }, text: { type: "string" } },
  };
  const image = {
    type: "object",
    required: ["type", "image_url"],
    properties: { type: { const: "image_url" }, image_url: { type: "string" } },
  };

  it("names the missing field of the alternative a nested item meant (anyOf in an array)", () => {
    const schema = { type: "object", properties: { content: { type: "array", items: { anyOf: [text, image] } } } };
    expect(problems(schema, { content: [{ type: "text", text: "hi" }, { type: "image_url" }] })).toEqual([
      "/content/1/image_url is required",
    ]);
  });

  it("names the tag's values when no alternative is meant", () => {
    expect(problems({ oneOf: [text, image] }, { type: "audio_url" })).toEqual([
      '/type must be one of "text", "image_url"',
    ]);
  });

  it("names a refused field of a closed body", () => {
    expect(problems({ ...text, additionalProperties: false }, { type: "text", text: "hi", txt: "hi" })).toEqual([
      "/txt is not allowed",
    ]);
  });
});
