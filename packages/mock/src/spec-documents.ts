import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { parse } from "yaml";

/** A parsed OpenAPI document. */
// biome-ignore lint/suspicious/noExplicitAny: OpenAPI documents are walked by key.
export type SpecDocument = Record<string, any>;

/** Raised when a spec cannot be found, read or resolved. */
export class SpecDocumentError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "SpecDocumentError";
  }
}

/**
 * Finds the specs: at the repository root in the monorepo (the source of truth, never a stale copy),
 * else beside the package, where a published package carries them.
 */
export function findSpecsDirectory(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, "..", "..", "..", "specs"), join(here, "..", "specs")];
  const found = candidates.find((candidate) => existsSync(join(candidate, "common")));
  if (!found) throw new SpecDocumentError(`No specs found; looked in ${candidates.join(" and ")}.`);
  return found;
}

const unescapePointer = (part: string) => decodeURIComponent(part).replaceAll("~1", "/").replaceAll("~0", "~");

/**
 * Loads `specs/<name>.yaml` with every `$ref` (into the same file or a shared one such as
 * `common/acedata.yaml`) replaced by what it points at: a self-contained document that a JSON Schema
 * validator and a walker can use without a resolver.
 */
export function loadSpec(name: string, specsDirectory = findSpecsDirectory()): SpecDocument {
  const files = new Map<string, SpecDocument>();
  const read = (file: string): SpecDocument => {
    let document = files.get(file);
    if (document === undefined) {
      try {
        document = parse(readFileSync(file, "utf8")) as SpecDocument;
      } catch (cause) {
        throw new SpecDocumentError(`Cannot read the spec ${file}: ${(cause as Error).message}`, { cause });
      }
      files.set(file, document);
    }
    return document;
  };
  const inline = (node: unknown, file: string, trail: readonly string[]): unknown => {
    if (Array.isArray(node)) return node.map((item) => inline(item, file, trail));
    if (typeof node !== "object" || node === null) return node;
    const record = node as Record<string, unknown>;
    if (typeof record.$ref === "string") {
      const [target = "", pointer = ""] = record.$ref.split("#");
      const targetFile = target === "" ? file : resolve(dirname(file), target);
      const key = `${targetFile}#${pointer}`;
      if (trail.includes(key)) throw new SpecDocumentError(`The spec ${file} refers to itself in a cycle at ${key}.`);
      const found = pointer
        .split("/")
        .slice(1)
        .reduce<unknown>(
          (parent, part) => (parent as Record<string, unknown> | undefined)?.[unescapePointer(part)],
          read(targetFile),
        );
      if (found === undefined) throw new SpecDocumentError(`${file}: $ref ${record.$ref} points at nothing.`);
      const { $ref: _reference, ...siblings } = record;
      const resolved = inline(found, targetFile, [...trail, key]);
      // OpenAPI 3.1 allows siblings of $ref (a description, say): they win over the target's.
      return typeof resolved === "object" && resolved !== null && !Array.isArray(resolved)
        ? { ...resolved, ...(inline(siblings, file, trail) as object) }
        : resolved;
    }
    return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, inline(value, file, trail)]));
  };
  const file = join(specsDirectory, `${name}.yaml`);
  if (!existsSync(file)) throw new SpecDocumentError(`No spec ${file}.`);
  return inline(read(file), file, []) as SpecDocument;
}

/** One operation of a spec. */
export interface SpecOperation {
  operationId: string;
  method: string;
  path: string;
  // biome-ignore lint/suspicious/noExplicitAny: an OpenAPI operation object.
  operation: Record<string, any>;
}

/** Every operation of a spec (callbacks excluded). */
export function specOperations(spec: SpecDocument): SpecOperation[] {
  const operations: SpecOperation[] = [];
  for (const [path, item] of Object.entries<Record<string, unknown>>(spec.paths ?? {})) {
    for (const [method, operation] of Object.entries(item)) {
      if (typeof operation === "object" && operation !== null && "operationId" in operation) {
        operations.push({ operationId: String(operation.operationId), method, path, operation });
      }
    }
  }
  return operations;
}

/** A named example of a request, response or callback body, with the schema it belongs to. */
export interface NamedExample {
  /** Where it sits, for messages: `POST /veo/tasks 200 pending`. */
  label: string;
  operationId: string;
  method: string;
  path: string;
  /** `request`, `callback`, or the response status code. */
  status: string;
  name: string;
  value: unknown;
  schema: unknown;
}

// biome-ignore lint/suspicious/noExplicitAny: OpenAPI media objects.
function examplesOf(media: any) {
  return Object.entries<{ value: unknown }>(media?.examples ?? {});
}

/** Every named JSON example of every request, response and callback body in a (loaded) spec. */
export function namedExamples(spec: SpecDocument): NamedExample[] {
  const found: NamedExample[] = [];
  for (const { operationId, method, path, operation } of specOperations(spec)) {
    const add = (status: string, media: { schema?: unknown } | undefined) => {
      for (const [name, example] of examplesOf(media)) {
        const label = `${method.toUpperCase()} ${path} ${status} ${name}`;
        found.push({
          label,
          operationId,
          method,
          path,
          status,
          name,
          value: example.value,
          schema: media?.schema,
        });
      }
    };
    add("request", operation.requestBody?.content?.["application/json"]);
    for (const [status, response] of Object.entries<SpecDocument>(operation.responses ?? {})) {
      add(status, response?.content?.["application/json"]);
    }
    for (const callback of Object.values<SpecDocument>(operation.callbacks ?? {})) {
      for (const item of Object.values<SpecDocument>(callback)) {
        add("callback", item?.post?.requestBody?.content?.["application/json"]);
      }
    }
  }
  return found;
}

/** Compiles JSON Schemas of a loaded spec (OpenAPI 3.1 is JSON Schema 2020-12), each once. */
export function schemaValidator(): (schema: unknown) => ValidateFunction {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  // ajv-formats is CommonJS: under Node's ESM loader its plugin is the module itself or its default.
  const module = addFormats as unknown as { default?: (ajv: Ajv2020) => void } & ((ajv: Ajv2020) => void);
  (module.default ?? module)(ajv);
  const compiled = new WeakMap<object, ValidateFunction>();
  return (schema) => {
    const key = (typeof schema === "object" && schema !== null ? schema : { const: schema }) as object;
    let validate = compiled.get(key);
    if (validate === undefined) {
      validate = ajv.compile(key);
      compiled.set(key, validate);
    }
    return validate;
  };
}

type SchemaError = NonNullable<ValidateFunction["errors"]>[number];

/** The path an error is about: the missing or refused property itself, not its parent. */
function errorPath(error: SchemaError): string {
  const property = error.params.missingProperty ?? error.params.additionalProperty ?? error.params.unevaluatedProperty;
  return typeof property === "string" ? `${error.instancePath}/${property}` : error.instancePath;
}

function errorLine(error: SchemaError): string {
  const path = errorPath(error) || "the body";
  if (error.keyword === "required") return `${path} is required`;
  if (error.keyword === "additionalProperties" || error.keyword === "unevaluatedProperties")
    return `${path} is not allowed`;
  return `${path} ${error.message ?? "is invalid"}`;
}

/**
 * Keeps the errors of the alternatives (`oneOf`, `anyOf`) a value meant: an alternative whose tag (a
 * property with a `const` or `enum`, such as `action`) or type does not match is ruled out, so a body that
 * lacks what its action needs is told so (`/prompt is required`), not what every other action needs. When
 * every alternative is ruled out, the tag's allowed values are the message.
 */
function meantErrors(errors: readonly SchemaError[]): SchemaError[] {
  let kept = [...errors];
  for (const composite of errors.filter((error) => error.keyword === "oneOf" || error.keyword === "anyOf")) {
    if (composite.params.passingSchemas) continue; // matched several: its own message says so
    const prefix = `${composite.schemaPath}/`;
    const branches = new Map<string, SchemaError[]>();
    for (const error of kept) {
      if (!error.schemaPath.startsWith(prefix)) continue;
      const branch = error.schemaPath.slice(prefix.length).split("/")[0] as string;
      branches.set(branch, [...(branches.get(branch) ?? []), error]);
    }
    const depth = composite.instancePath.split("/").length;
    const isTag = (error: SchemaError) =>
      (error.keyword === "const" || error.keyword === "enum") && error.instancePath.split("/").length === depth + 1;
    const rulesOut = (error: SchemaError) =>
      isTag(error) || (error.keyword === "type" && error.instancePath === composite.instancePath);
    const meant = [...branches.values()].filter((branchErrors) => !branchErrors.some(rulesOut));
    const inBranches = new Set([...branches.values()].flat());
    if (meant.length > 0) {
      const keep = new Set(meant.flat());
      kept = kept.filter((error) => error !== composite && (!inBranches.has(error) || keep.has(error)));
      continue;
    }
    const tags = [...inBranches].filter(isTag);
    if (tags.length === 0) continue;
    const values = tags.flatMap((error) => error.params.allowedValues ?? [error.params.allowedValue]);
    const tag: SchemaError = {
      ...(tags[0] as SchemaError),
      keyword: "enum",
      message: `must be one of ${[...new Set(values.map((value) => JSON.stringify(value)))].join(", ")}`,
    };
    kept = [...kept.filter((error) => error !== composite && !inBranches.has(error)), tag];
  }
  return kept;
}

/**
 * Ajv's errors as `path message` lines naming the field (`/duration must be >= -1`, `/prompt is required`,
 * `/callbackUrl is not allowed`), with the errors of alternatives the value did not mean left out.
 */
export function describeSchemaErrors(validate: ValidateFunction): string[] {
  return [...new Set(meantErrors(validate.errors ?? []).map(errorLine))];
}
