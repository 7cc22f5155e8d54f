// `pnpm generate`: everything derived from specs/. For each `specs/<provider>.yaml`:
//   packages/<provider>/src/generated/schema.ts  the types of every path (openapi-typescript)
//   packages/<provider>/src/generated/client.ts  the typed client factory and task source, from x-gentask
// and packages/core/src/generated/providers.ts, the registry of every provider's facts.
// With --check, writes nothing and fails when a committed file differs from what the specs generate.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
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

const check = process.argv.includes("--check");
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

function clientSource(facts, spec) {
  const { name, pascalName: Pascal, camelName: camel, family } = facts;
  const kie = family === "kie";
  const factory = kie ? "createKieMarketClient" : "createAceDataClient";
  const sourceFactory = kie ? "kieMarketTaskSource" : "aceDataTaskSource";
  const clientType = kie ? "KieMarketClient" : "AceDataClient";
  const starters = Object.entries(facts.starters);
  const starterTypes = starters.map(([operationId, path]) => {
    const summary = operationOf(spec, path).summary ?? operationId;
    return { operationId, path, summary, typeName: `${Pascal}${pascalName(operationId)}Request` };
  });
  const batch = facts.batchSize > 1 ? `batches of up to ${facts.batchSize} ids` : "one id a request";
  const recordSchema = spec.components?.schemas?.TaskRecord;
  if (!recordSchema) throw new SpecFactsError(`specs/${name}.yaml: no components.schemas.TaskRecord.`);
  return `${header(`specs/${name}.yaml`)}import {
  type ${clientType},
  type ClientFacts,
  type ClientOptions,
  ${factory},
  createProviderApi,
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

${starterTypes
  .map(
    ({ operationId, path, typeName }) =>
      `/** The body of \`POST ${path}\`. */\nexport type ${typeName} = NonNullable<operations["${operationId}"]["requestBody"]>["content"]["application/json"];`,
  )
  .join("\n")}
/** A stored ${facts.title} task, as \`${facts.statusMethod.toUpperCase()} ${facts.statusPath}\` returns it. */
export type ${Pascal}TaskRecord = components["schemas"]["TaskRecord"];

/** The operations that start a ${facts.title} task: each is a method of the client that resolves with the task id. */
export interface ${Pascal}TaskStarters {
${starterTypes.map(({ operationId, path, summary, typeName }) => `  /** \`POST ${path}\`: ${summary}. */\n  ${operationId}: ${typeName};`).join("\n")}
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
  for (const name of providerNames()) {
    const spec = loadSpecDocument(name);
    const facts = providerFacts(name, spec);
    registry.push(facts);
    const packageDirectory = join(repositoryRoot, "packages", name);
    if (!existsSync(join(packageDirectory, "package.json"))) {
      throw new SpecFactsError(`specs/${name}.yaml has no package: run \`pnpm new-provider ${name}\` first.`);
    }
    const ast = await openapiTS(pathToFileURL(join(specsDirectory, `${name}.yaml`)), {
      alphabetize: true,
      exportType: false,
      transform: openSetType,
    });
    outputs.set(
      join(packageDirectory, "src", "generated", "schema.ts"),
      `${header(`specs/${name}.yaml`)}${astToString(ast)}`,
    );
    outputs.set(join(packageDirectory, "src", "generated", "client.ts"), clientSource(facts, spec));
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
