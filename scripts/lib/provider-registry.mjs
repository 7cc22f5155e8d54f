// The provider registry: every provider's facts, read from the `x-gentask` extension and the operations of
// `specs/<provider>.yaml`. `pnpm generate` writes it into @gentask/core and each provider package; the
// scripts read it from here. It is the only place that turns a spec into facts.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import { parse } from "yaml";
import { recordItemsPath } from "./core-source.mjs";

export const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const specsDirectory = join(repositoryRoot, "specs");
const extensionSchema = JSON.parse(
  readFileSync(join(dirname(fileURLToPath(import.meta.url)), "x-gentask.schema.json"), "utf8"),
);

/** Thrown when a spec's `x-gentask` or its operations do not say what the registry needs. */
export class SpecFactsError extends Error {
  constructor(message) {
    super(message);
    this.name = "SpecFactsError";
  }
}

const validateExtension = new Ajv2020({ allErrors: true, strict: true }).compile(extensionSchema);

/** The names of the providers: one per `specs/<name>.yaml` (or `<directory>/<name>.yaml`), sorted. */
export function providerNames(directory = specsDirectory) {
  return readdirSync(directory)
    .filter((file) => file.endsWith(".yaml"))
    .map((file) => file.slice(0, -".yaml".length))
    .sort();
}

/** `nano-banana` → `NanoBanana`: the stem of the names a provider package exports. */
export function pascalName(name) {
  return name
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join("");
}

/** `nano-banana` → `nanoBanana`. */
export function camelName(name) {
  const pascal = pascalName(name);
  return pascal[0].toLowerCase() + pascal.slice(1);
}

/**
 * The spec's one way of writing an open set with known values (model names, growing enums), as OpenAI's
 * spec writes model ids: `anyOf: [{type: string, enum: [known...]}, {type: string}]`. Returns the known
 * values, or undefined when the schema is not written that way.
 */
export function knownValuesOf(schema) {
  const branches = schema?.anyOf;
  if (!Array.isArray(branches) || branches.length !== 2 || "type" in schema) return undefined;
  const [known, open] = branches;
  const isString = (branch) => branch?.type === "string" && !branch.$ref;
  if (!isString(known) || !isString(open) || !Array.isArray(known.enum) || "enum" in open) return undefined;
  return known.enum.every((value) => typeof value === "string") ? known.enum : undefined;
}

/** Reads a value at a `/`-separated pointer (`/content/0/text`) of a JSON document. */
export function valueAtPointer(document, pointer) {
  return pointer
    .split("/")
    .slice(1)
    .reduce((value, key) => (value === undefined || value === null ? undefined : value[key]), document);
}

function operationsOf(spec, file) {
  const operations = [];
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const [method, operation] of Object.entries(item)) {
      if (typeof operation !== "object" || operation === null || !operation.operationId) continue;
      operations.push({
        operationId: operation.operationId,
        method,
        path,
        role: operation["x-gentask-role"],
        operation,
      });
    }
  }
  if (operations.length === 0) throw new SpecFactsError(`${file}: no operations.`);
  return operations;
}

/** Every named example of an operation's responses: name → HTTP status. */
function responseExampleNames(operation) {
  const names = new Map();
  for (const [status, response] of Object.entries(operation.responses ?? {})) {
    for (const name of Object.keys(response?.content?.["application/json"]?.examples ?? {})) names.set(name, status);
  }
  return names;
}

/** The facts of one provider, from its spec document (`file` names it in errors). */
export function providerFacts(name, spec, file = `specs/${name}.yaml`) {
  const extension = spec["x-gentask"];
  if (extension === undefined)
    throw new SpecFactsError(`${file}: no root \`x-gentask\` extension (see docs/spec-conventions.md).`);
  if (!validateExtension(extension)) {
    const problems = validateExtension.errors.map((error) => `x-gentask${error.instancePath} ${error.message}`);
    throw new SpecFactsError(`${file}: ${problems.join("; ")}.`);
  }
  const baseUrl = spec.servers?.[0]?.url;
  if (typeof baseUrl !== "string") throw new SpecFactsError(`${file}: \`servers[0].url\` is missing.`);

  const operations = operationsOf(spec, file);
  const starters = operations.filter((operation) => operation.role === "start");
  const statusOperations = operations.filter((operation) => operation.role === "status");
  if (starters.length === 0) throw new SpecFactsError(`${file}: no operation has \`x-gentask-role: start\`.`);
  if (statusOperations.length !== 1) {
    throw new SpecFactsError(
      `${file}: exactly one operation needs \`x-gentask-role: status\`, found ${statusOperations.length}.`,
    );
  }
  const [status] = statusOperations;
  for (const starter of starters) {
    if (starter.method !== "post")
      throw new SpecFactsError(`${file}: ${starter.operationId} starts a task but is not a POST.`);
  }

  const common = extension.common;
  const commonStarter = starters.find((starter) => starter.operationId === common.operationId);
  if (!commonStarter) {
    throw new SpecFactsError(
      `${file}: x-gentask.common.operationId ${common.operationId} is not an operation with \`x-gentask-role: start\`.`,
    );
  }
  const prompt = valueAtPointer(common.body, common.promptPointer);
  if (typeof prompt !== "string") {
    throw new SpecFactsError(
      `${file}: x-gentask.common.body needs a string at promptPointer (${common.promptPointer}).`,
    );
  }
  // A provider without a model leaves modelPointer out; the command line's --model then refuses.
  const model = common.modelPointer === undefined ? undefined : valueAtPointer(common.body, common.modelPointer);
  if (common.modelPointer !== undefined && typeof model !== "string") {
    throw new SpecFactsError(
      `${file}: x-gentask.common.body needs a string at modelPointer (${common.modelPointer}); leave modelPointer out for a provider without a model.`,
    );
  }

  // Every answer the lifecycle mock gives is a named example: check the names exist where they must.
  const statusExamples = responseExampleNames(status.operation);
  const answers = extension.answers;
  for (const phase of ["queued", "running", "succeeded", "failed", "unknownTask"]) {
    for (const exampleName of [answers[phase]].flat()) {
      if (!statusExamples.has(exampleName)) {
        throw new SpecFactsError(
          `${file}: x-gentask.answers.${phase} names ${exampleName}, which is not an example of ${status.operationId}.`,
        );
      }
    }
  }
  for (const starter of starters) {
    if (!responseExampleNames(starter.operation).has(answers.accepted)) {
      throw new SpecFactsError(
        `${file}: x-gentask.answers.accepted names ${answers.accepted}, which is not an example of ${starter.operationId}.`,
      );
    }
  }

  return {
    name,
    pascalName: pascalName(name),
    camelName: camelName(name),
    title: extension.title,
    family: extension.family,
    media: extension.media,
    apiKeyVariable: extension.apiKeyVariable,
    baseUrl: baseUrl.replace(/\/+$/, ""),
    starters: Object.fromEntries(starters.map((starter) => [starter.operationId, starter.path])),
    statusPath: status.path,
    statusMethod: status.method,
    batchSize: extension.statusQuery.batchSize,
    ...(extension.statusQuery.rateLimit ? { rateLimit: extension.statusQuery.rateLimit } : {}),
    // Ace Data records carry their result items at `record.items`: written out with core's own default.
    record:
      extension.family === "acedata"
        ? { items: recordItemsPath(extension.record), ...extension.record }
        : extension.record,
    callbackUrlField: extension.callbackUrlField,
    common: { ...common, ...(model === undefined ? {} : { model }), prompt },
    answers,
    ...(extension.seedDocument ? { seedDocument: extension.seedDocument } : {}),
  };
}

/** The facts a client needs (what its bundle carries); the rest serves task sources, the command line and the mocks. */
export function clientFacts(facts) {
  const { name, baseUrl, apiKeyVariable, starters, statusPath, batchSize } = facts;
  return { name, baseUrl, apiKeyVariable, starters, statusPath, batchSize };
}

/** The facts a task source needs: where records keep what the poller reads, and the documented rate limit. */
export function sourceFacts(facts) {
  const { times, ...record } = facts.record;
  return { record, ...(facts.rateLimit ? { rateLimit: facts.rateLimit } : {}) };
}

/** Parses one spec file. */
export function loadSpecDocument(name, directory = specsDirectory) {
  return parse(readFileSync(join(directory, `${name}.yaml`), "utf8"));
}

/** Every provider's facts, in name order. */
export function readProviderRegistry() {
  return providerNames().map((name) => providerFacts(name, loadSpecDocument(name)));
}
