// The specs and seed documents for tests: every spec through the registry, the seeds' JSON.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type ProviderFacts, providerRegistry } from "@gentask/core";

export { loadSpec, type NamedExample, namedExamples, type SpecDocument, schemaValidator } from "@gentask/mock";

export const repositoryRoot = fileURLToPath(new URL("../../", import.meta.url));
export const seedsDirectory = join(repositoryRoot, "..", "shared", "seeds");

/** Every provider, from the registry generated from specs/. */
export const providers: ProviderFacts[] = Object.values(providerRegistry);
export const providerNames: string[] = providers.map((facts) => facts.name);
export const family = (name: "acedata" | "kie"): ProviderFacts[] => providers.filter((facts) => facts.family === name);

/** The JSON bodies a seed shows: answers (top-level `{` blocks) and curl request bodies (`-d '...'`). */
export function seedJson(seedDocument: string): { answers: unknown[]; curlBodies: unknown[] } {
  const text = readFileSync(join(seedsDirectory, seedDocument), "utf8");
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
