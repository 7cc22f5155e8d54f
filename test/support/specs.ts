// Reads the specs and the seed documents for tests: the specs' named examples, and the JSON the seeds show.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

export const repositoryRoot = fileURLToPath(new URL("../../", import.meta.url));
export const seedsDirectory = join(repositoryRoot, "..", "shared", "seeds");

export type SpecDocument = Record<string, any>;

export function loadSpec(provider: string): SpecDocument {
  return parse(readFileSync(join(repositoryRoot, "specs", `${provider}.yaml`), "utf8"));
}

/** Follows a local `$ref` (`#/components/...`) inside a spec. */
export function resolveRef(spec: SpecDocument, node: any): any {
  let current = node;
  while (current && typeof current.$ref === "string") {
    current = current.$ref
      .slice(2)
      .split("/")
      .map((part: string) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
      .reduce((parent: any, key: string) => parent?.[key], spec);
  }
  return current;
}

export interface NamedExample {
  /** Where it sits, for messages: `POST /veo/tasks 200 pending`. */
  label: string;
  operationId: string;
  method: string;
  path: string;
  /** `request`, or the response status code. */
  status: string;
  name: string;
  value: unknown;
  /** JSON pointer of the schema the example belongs to. */
  schemaPointer: string;
}

const escapePointer = (part: string) => part.replaceAll("~", "~0").replaceAll("/", "~1");

/** Every named JSON example of every request and response body in a spec. */
export function namedExamples(spec: SpecDocument): NamedExample[] {
  const found: NamedExample[] = [];
  for (const [path, item] of Object.entries<any>(spec.paths ?? {})) {
    for (const [method, operation] of Object.entries<any>(item)) {
      if (typeof operation !== "object" || !operation.operationId) continue;
      const bodies: [string, any, string][] = [];
      const requestBody = resolveRef(spec, operation.requestBody);
      if (requestBody) bodies.push(["request", requestBody, `/paths/${escapePointer(path)}/${method}/requestBody`]);
      for (const [status, response] of Object.entries<any>(operation.responses ?? {})) {
        bodies.push([
          status,
          resolveRef(spec, response),
          `/paths/${escapePointer(path)}/${method}/responses/${status}`,
        ]);
      }
      for (const [status, body, pointer] of bodies) {
        const media = body?.content?.["application/json"];
        if (!media) continue;
        let schemaPointer = `${pointer}/content/application~1json/schema`;
        if (typeof media.schema?.$ref === "string") schemaPointer = media.schema.$ref.slice(1);
        if (typeof body.$ref === "string") schemaPointer = `${body.$ref.slice(1)}/content/application~1json/schema`;
        for (const [name, example] of Object.entries<any>(media.examples ?? {})) {
          found.push({
            label: `${method.toUpperCase()} ${path} ${status} ${name}`,
            operationId: operation.operationId,
            method,
            path,
            status,
            name,
            value: resolveRef(spec, example).value,
            schemaPointer,
          });
        }
      }
    }
  }
  return found;
}

/** The seed document of each provider. */
export const seedFiles: Record<string, string> = {
  seedream: "000_2360d8dc18ca71fd.txt",
  seedance: "001_ac96116900420cae.txt",
  flux: "002_4f39206318abacd2.txt",
  veo: "003_f0f0da8c292d2f4d.txt",
  kie: "004_d57378a42045fb92.txt",
};

/** The JSON bodies a seed shows: answers (top-level `{` blocks) and curl request bodies (`-d '...'`). */
export function seedJson(provider: string): { answers: unknown[]; curlBodies: unknown[] } {
  const text = readFileSync(join(seedsDirectory, seedFiles[provider] as string), "utf8");
  const curlBodies = [...text.matchAll(/-d '([\s\S]*?)'/g)].map((match) => JSON.parse(match[1] as string));
  const withoutCurl = text.replace(/-d '[\s\S]*?'/g, "");
  const answers: unknown[] = [];
  const lines = withoutCurl.split("\n");
  for (let start = 0; start < lines.length; start++) {
    if ((lines[start] as string).trim() !== "{") continue;
    let depth = 0;
    for (let end = start; end < lines.length; end++) {
      for (const character of lines[end] as string) depth += character === "{" ? 1 : character === "}" ? -1 : 0;
      if (depth === 0) {
        answers.push(JSON.parse(lines.slice(start, end + 1).join("\n")));
        start = end;
        break;
      }
    }
  }
  return { answers, curlBodies };
}

export const providersWithSpecs = (): string[] =>
  readdirSync(join(repositoryRoot, "specs"))
    .filter((name) => name.endsWith(".yaml"))
    .map((name) => name.replace(/\.yaml$/, ""));
