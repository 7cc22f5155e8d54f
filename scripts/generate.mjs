// `pnpm generate`: everything derived from specs/. For each `specs/<provider>.yaml`:
//   packages/<provider>/src/generated/schema.ts  the types of every path (openapi-typescript)
//   packages/<provider>/src/generated/client.ts  the typed client factory and task source, from x-gentask
// and packages/core/src/generated/providers.ts, the registry of every provider's facts.
// Each spec first checks itself: its named status examples must read as their names say through
// @gentask/core's classifier (scripts/lib/spec-self-check.mjs).
// With --check, writes nothing and fails when a committed file differs from what the specs generate.
// With --specs <folder>, reads the specs from another folder (the tests check a broken copy this way).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { parse } from "yaml";
import { openDiscriminatedUnions } from "./lib/open-unions.mjs";
import {
  clientFacts,
  knownValuesOf,
  loadSpecDocument,
  pascalName,
  providerFacts,
  providerNames,
  repositoryRoot,
  SpecFactsError,
  sourceFacts,
  specsDirectory,
} from "./lib/provider-registry.mjs";
import { selfCheckProblems } from "./lib/spec-self-check.mjs";

const { values: options } = parseArgs({
  options: { check: { type: "boolean", default: false }, specs: { type: "string", default: specsDirectory } },
});
const { check, specs } = options;
const header = (source) => `// Generated from ${source} by scripts/generate.mjs: do not edit, run \`pnpm generate\`.\n`;
const outputs = new Map();

/**
 * openapi-typescript would print that pattern as `"a" | "b" | string`, which TypeScript folds into
 * `string`: an editor then offers nothing. `"a" | "b" | (string & {})` keeps the literals apart, so an
 * editor lists them while any other string still compiles.
 */
function openSetType(schema) {
  const known = knownValuesOf(schema);
  if (!known) return undefined;
  const anyString = ts.factory.createParenthesizedType(
    ts.factory.createIntersectionTypeNode([
      ts.factory.createKeywordTypeNode(ts.SyntaxKind.StringKeyword),
      ts.factory.createTypeLiteralNode([]),
    ]),
  );
  return ts.factory.createUnionTypeNode([
    ...known.map((value) => ts.factory.createLiteralTypeNode(ts.factory.createStringLiteral(value))),
    anyString,
  ]);
}

/** A JSON value as TypeScript source, indented to sit at `indent`. */
const literal = (value, indent = "") => JSON.stringify(value, null, 2).replaceAll("\n", `\n${indent}`);

function operationOf(spec, path, method = "post") {
  return spec.paths[path][method];
}

function clientSource(facts, spec, unions) {
  const { name, pascalName: Pascal, camelName: camel, family } = facts;
  const kie = family === "kie";
  const factory = kie ? "createKieMarketClient" : "createAceDataClient";
  const sourceFactory = kie ? "kieMarketTaskSource" : "aceDataTaskSource";
  const clientType = kie ? "KieMarketClient" : "AceDataClient";
  const starters = Object.entries(facts.starters);
  const starterTypes = starters.map(([operationId, path]) => {
    const operation = operationOf(spec, path);
    const summary = operation.summary ?? operationId;
    const bodyRef = operation.requestBody?.content?.["application/json"]?.schema?.$ref ?? "";
    const union = unions.get(bodyRef.replace("#/components/schemas/", ""));
    const typeName = `${Pascal}${pascalName(operationId)}Request`;
    return { operationId, path, summary, typeName, union };
  });
  /** The body type of a starter, and for an open union its known values and the body for one value. */
  const bodyTypes = ({ operationId, path, typeName, union }) => {
    const body = `/** The body of \`POST ${path}\`. */\nexport type ${typeName} = NonNullable<operations["${operationId}"]["requestBody"]>["content"]["application/json"];`;
    if (!union) return body;
    const { key, known } = union;
    const base = `${Pascal}${pascalName(operationId)}`;
    return `${body}
/** The values of \`${key}\` with their own body schema (${known.length}); any other string takes the open branch. */
export type ${base}${pascalName(key)} = KnownValues<${typeName}, "${key}">;
/** The body of \`POST ${path}\` for one \`${key}\`: a known value's own schema, or for any other value a free-form one. */
export type ${base}Body<Value extends string> = DiscriminatedBody<${typeName}, "${key}", Value>;`;
  };
  const starterType = ({ typeName, union }) => (union ? `DiscriminatedStarter<${typeName}, "${union.key}">` : typeName);
  const usesUnions = starterTypes.some(({ union }) => union);
  const batch = facts.batchSize > 1 ? `batches of up to ${facts.batchSize} ids` : "one id a request";
  const recordSchema = spec.components?.schemas?.TaskRecord;
  if (!recordSchema) throw new SpecFactsError(`specs/${name}.yaml: no components.schemas.TaskRecord.`);
  return `${header(`specs/${name}.yaml`)}import {
  type ${clientType},
  type ClientFacts,
  type ClientOptions,
  ${factory},
  createProviderApi,${usesUnions ? "\n  type DiscriminatedBody,\n  type DiscriminatedStarter,\n  type KnownValues," : ""}
  ${sourceFactory},
  type ProviderApi,
  type TaskSource,
  type TaskSourceFacts,
} from "@gentask/core";
import type { components, operations, paths } from "./schema.js";

export { ApiError, type ClientOptions, GentaskError, InvalidInputError, type RequestOptions } from "@gentask/core";
export type {
  components as ${Pascal}Components,
  operations as ${Pascal}Operations,
  paths as ${Pascal}Paths,
} from "./schema.js";
${kie ? `export { isKieNotFound, signKieWebhook, type VerifyKieWebhookOptions, verifyKieWebhook } from "@gentask/core";\n` : ""}
/** What the client needs of specs/${name}.yaml. */
const facts: ClientFacts = ${literal(clientFacts(facts))};

/** What its task source needs: where a record keeps its status and media${facts.rateLimit ? ", and the documented rate limit" : ""}. */
const taskFacts: TaskSourceFacts = ${literal(sourceFacts(facts))};

${starterTypes.map(bodyTypes).join("\n")}
/** A stored ${facts.title} task, as \`${facts.statusMethod.toUpperCase()} ${facts.statusPath}\` returns it. */
export type ${Pascal}TaskRecord = components["schemas"]["TaskRecord"];

/** The operations that start a ${facts.title} task: each is a method of the client that resolves with the task id. */
export interface ${Pascal}TaskStarters {
${starterTypes.map((starter) => `  /** \`POST ${starter.path}\`: ${starter.summary}. */\n  ${starter.operationId}: ${starterType(starter)};`).join("\n")}
}

/** A ${facts.title} client: a method per task-starting operation, and the reads its task source uses. */
export type ${Pascal}Client = ${clientType}<${Pascal}TaskStarters, ${Pascal}TaskRecord>;

/** openapi-fetch's typed \`GET\`/\`POST\` for every path of specs/${name}.yaml: answers as \`{ data, error, response }\`. */
export type ${Pascal}Api = ProviderApi<paths>;

/**
 * Creates a ${facts.title} client. The API key comes from \`options.apiKey\` or the
 * \`${facts.apiKeyVariable}\` environment variable.
 */
export function create${Pascal}Client(options?: ClientOptions): ${Pascal}Client {
  return ${factory}(facts, options);
}

/**
 * Creates openapi-fetch's typed client for every path of specs/${name}.yaml, with the same options as
 * \`create${Pascal}Client\`: for requests the client's methods do not make. Code that does not call it
 * does not carry openapi-fetch.
 */
export function create${Pascal}Api(options?: ClientOptions): ${Pascal}Api {
  return createProviderApi<paths>(facts, options);
}

/** The task source \`@gentask/poller\` uses to wait for ${facts.title} tasks (${batch}). */
export function ${camel}Tasks(client: ${Pascal}Client): TaskSource<${Pascal}TaskRecord> {
  return ${sourceFactory}(client, taskFacts);
}
`;
}

/**
 * Follows local `$ref`s (`#/components/...`) of a spec document from the schema at `pointer` (a list of
 * keys): the schema found, and the keys of where it sits.
 */
function resolveLocal(spec, pointer) {
  let keys = pointer;
  let schema = keys.reduce((value, key) => value?.[key], spec);
  while (schema && typeof schema.$ref === "string" && schema.$ref.startsWith("#/")) {
    keys = schema.$ref
      .slice(2)
      .split("/")
      .map((key) => key.replaceAll("~1", "/").replaceAll("~0", "~"));
    schema = keys.reduce((value, key) => value?.[key], spec);
  }
  return { schema, pointer: keys };
}

/** Ajv over a spec and the shared documents it refers to, so a pointer into the spec compiles as a schema. */
function specValidator(name, spec) {
  const ajv = new Ajv2020({ strict: false, allErrors: false });
  (addFormats.default ?? addFormats)(ajv);
  const base = "https://specs.gentask.invalid/";
  ajv.addSchema(spec, `${base}${name}.yaml`);
  ajv.addSchema(parse(readFileSync(join(specs, "common", "acedata.yaml"), "utf8")), `${base}common/acedata.yaml`);
  const escapeKey = (part) => part.replaceAll("~", "~0").replaceAll("/", "~1");
  return (...pointer) => ajv.compile({ $ref: `${base}${name}.yaml#/${pointer.map(escapeKey).join("/")}` });
}

const misspell = (key) => (key.length > 2 ? `${key.slice(0, -2)}${key.at(-1)}${key.at(-2)}` : `${key}_`);
const line = (value) => JSON.stringify(value);

/**
 * `packages/<provider>/test/generated/request-types.test-d.ts`: type tests of every task-starting body,
 * read from the spec. Each case is first judged by the spec's JSON Schema (ajv), so the test says: what
 * the schema refuses (a field an action needs left out, a misspelled field), the generated type refuses;
 * what it accepts (the request examples, a value no spec lists in an open set), the type accepts; and an
 * open set offers exactly its known values.
 */
function typeTestSource(facts, spec) {
  const compile = specValidator(facts.name, spec);
  const blocks = [];
  const typeNames = [];
  for (const [operationId, path] of Object.entries(facts.starters)) {
    const typeName = `${facts.pascalName}${pascalName(operationId)}Request`;
    typeNames.push(typeName);
    const bodyPointer = ["paths", path, "post", "requestBody", "content", "application/json", "schema"];
    const validBody = compile(...bodyPointer);
    const content = spec.paths[path].post.requestBody?.content?.["application/json"];
    const body = resolveLocal(spec, bodyPointer);
    const branchKey = ["oneOf", "anyOf"].find((key) => Array.isArray(body.schema?.[key]));
    const variants = branchKey
      ? body.schema[branchKey].map((_, index) => resolveLocal(spec, [...body.pointer, branchKey, String(index)]))
      : [body];
    for (const variant of variants) variant.validate = compile(...variant.pointer);
    const examples = Object.entries(content?.examples ?? {});
    const check = (value) => `expectTypeOf(${line(value)} satisfies ${typeName}).toExtend<${typeName}>();`;
    const cases = [];
    for (const [exampleName, { value }] of examples) {
      if (!validBody(value))
        throw new SpecFactsError(
          `specs/${facts.name}.yaml: request example ${exampleName} of ${operationId} does not validate.`,
        );
      cases.push(`  it("accepts the example ${exampleName}", () => {\n    ${check(value)}\n  });`);
    }
    const seenVariants = new Set();
    for (const [exampleName, { value }] of examples) {
      const variant = variants.find((candidate) => candidate.validate(value));
      if (!variant || seenVariants.has(variant)) continue;
      seenVariants.add(variant);
      for (const field of variant.schema.required ?? []) {
        const { [field]: _left, ...without } = value;
        if (validBody(without)) continue;
        cases.push(
          `  it("refuses ${exampleName} without ${field}", () => {\n    // @ts-expect-error: ${field} is required\n    ${check(without)}\n  });`,
        );
      }
      const field =
        Object.keys(value).find((key) => !["action", "mode", "model"].includes(key)) ?? Object.keys(value)[0];
      const misspelled = Object.fromEntries(
        Object.entries(value).map(([key, item]) => [key === field ? misspell(key) : key, item]),
      );
      if (!validBody(misspelled) && variant.schema.additionalProperties === false) {
        cases.push(
          `  it("refuses ${exampleName} with ${field} misspelled ${misspell(field)}", () => {\n    // @ts-expect-error: ${misspell(field)} is not a field\n    ${check(misspelled)}\n  });`,
        );
      }
    }
    const unexampled = variants.filter((variant) => !seenVariants.has(variant));
    if (unexampled.length > 0) {
      throw new SpecFactsError(
        `specs/${facts.name}.yaml: ${operationId} has no request example of ${unexampled.map((variant) => `#/${variant.pointer.join("/")}`).join(", ")}; every variant of a body needs one.`,
      );
    }
    // Open sets: every field whose schema offers known values, over all variants.
    const openSets = new Map();
    for (const variant of variants) {
      for (const field of Object.keys(variant.schema?.properties ?? {})) {
        const known = knownValuesOf(resolveLocal(spec, [...variant.pointer, "properties", field]).schema);
        if (known) openSets.set(field, [...new Set([...(openSets.get(field) ?? []), ...known])]);
      }
    }
    for (const [field, known] of openSets) {
      cases.push(
        `  it("offers the ${known.length} known value${known.length === 1 ? "" : "s"} of ${field}", () => {\n    expectTypeOf<KnownValues<FieldOf<${typeName}, ${line(field)}>>>().toEqualTypeOf<${known.map(line).join(" | ")}>();\n  });`,
      );
      const example = examples.map(([, { value }]) => value).find((value) => typeof value?.[field] === "string");
      if (!example) continue;
      const unknown = { ...example, [field]: `${known[0]}-released-tomorrow` };
      if (!validBody(unknown)) continue;
      cases.push(`  it("accepts a ${field} no spec lists yet", () => {\n    ${check(unknown)}\n  });`);
    }
    blocks.push(`describe(${line(`${operationId}: POST ${path}`)}, () => {\n${cases.join("\n")}\n});`);
  }
  return `${header(`specs/${facts.name}.yaml`)}// Type tests of the request bodies: each case was first judged by the spec's JSON Schema, so what the
// schema refuses the generated type refuses, and what it accepts the type accepts.
import { describe, expectTypeOf, it } from "vitest";
import type { ${typeNames.join(", ")} } from "../../src/index.js";

/** The known values of an open set: its string literals, without the \`string & {}\` that keeps it open. */
type KnownValues<T> = T extends string ? (string extends T ? never : T) : never;
/** A field's type over every variant of a union that has it. */
type FieldOf<T, K extends PropertyKey> = T extends { [P in K]?: infer V } ? V : never;

${blocks.join("\n\n")}
`;
}

function registrySource(registry) {
  const entries = registry.map((facts) => `  ${JSON.stringify(facts.name)}: ${literal(facts, "  ")},`).join("\n");
  return `${header("specs/*.yaml")}import type { ProviderFacts } from "../provider-facts.js";

/** Every provider gentask has a spec for, by name: the facts of \`specs/<name>.yaml\`. */
export const providerRegistry = {
${entries}
} as const satisfies Readonly<Record<string, ProviderFacts>>;
`;
}

try {
  const registry = [];
  for (const name of providerNames(specs)) {
    const spec = loadSpecDocument(name, specs);
    const facts = providerFacts(name, spec);
    registry.push(facts);
    const problems = selfCheckProblems(facts, spec);
    if (problems.length > 0) throw new SpecFactsError(problems.join("\n"));
    const packageDirectory = join(repositoryRoot, "packages", name);
    if (!existsSync(join(packageDirectory, "package.json"))) {
      throw new SpecFactsError(`specs/${name}.yaml has no package: run \`pnpm new-provider ${name}\` first.`);
    }
    const unions = openDiscriminatedUnions(name, spec);
    const ast = await openapiTS(pathToFileURL(join(specs, `${name}.yaml`)), {
      alphabetize: true,
      exportType: false,
      // A `default:` says what the provider assumes when a field is left out: the field stays optional in
      // request bodies (openapi-typescript would otherwise require it, since they are component schemas)
      // and in answers, which stay tolerant.
      defaultNonNullable: false,
      transform: openSetType,
    });
    outputs.set(
      join(packageDirectory, "src", "generated", "schema.ts"),
      `${header(`specs/${name}.yaml`)}${astToString(ast)}`,
    );
    outputs.set(join(packageDirectory, "src", "generated", "client.ts"), clientSource(facts, spec, unions));
    if (facts.family === "acedata") {
      outputs.set(join(packageDirectory, "test", "generated", "request-types.test-d.ts"), typeTestSource(facts, spec));
    }
  }
  outputs.set(join(repositoryRoot, "packages", "core", "src", "generated", "providers.ts"), registrySource(registry));
} catch (error) {
  if (!(error instanceof SpecFactsError)) throw error;
  console.error(error.message);
  process.exit(1);
}

const drifted = [];
for (const [target, generated] of outputs) {
  const current = existsSync(target) ? readFileSync(target, "utf8") : undefined;
  if (current === generated) continue;
  const relative = target.slice(repositoryRoot.length + 1);
  if (check) {
    drifted.push(relative);
  } else {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, generated);
    console.log(`wrote ${relative}`);
  }
}
if (drifted.length > 0) {
  console.error(`Generated files differ from the specs; run \`pnpm generate\` and commit:\n  ${drifted.join("\n  ")}`);
  process.exit(1);
}
console.log(
  check ? `${outputs.size} generated files match the specs` : `generated ${outputs.size} files from the specs`,
);
