import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { knownValuesOf } from "../scripts/lib/provider-registry.mjs";
import { loadSpec, providers, repositoryRoot } from "./support/specs.js";

// What an editor shows: the TypeScript language service asked for completions inside `model: "|"` of a
// createTask call, as a user types it. The known values come from the spec, not from the generated type.
const facts = providers.find((provider) => provider.name === "veo");
if (!facts) throw new Error("specs/veo.yaml is missing from the registry");

/** The known values the spec lists for the common operation's model field, over every variant of its body. */
function specModels(): string[] {
  const path = facts?.starters[facts.common.operationId] ?? "";
  const body = loadSpec("veo").paths[path].post.requestBody.content["application/json"].schema;
  const field = facts?.common.modelPointer?.slice(1) ?? "";
  const variants: { properties?: Record<string, unknown> }[] = body.oneOf ?? body.anyOf ?? [body];
  return [...new Set(variants.flatMap((variant) => knownValuesOf(variant.properties?.[field]) ?? []))];
}

/** The completions the language service offers at `marker` in `source`, a file in test/. */
function completionsAt(source: string, marker: string): string[] {
  const fileName = join(repositoryRoot, "test", "model-completions.probe.ts");
  const config = ts.getParsedCommandLineOfConfigFile(
    join(repositoryRoot, "tsconfig.json"),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
      },
    },
  );
  if (!config) throw new Error("tsconfig.json could not be read");
  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => config.options,
    getScriptFileNames: () => [fileName],
    getScriptVersion: () => "1",
    getScriptSnapshot: (name) =>
      ts.ScriptSnapshot.fromString(
        name === fileName ? source : ts.sys.fileExists(name) ? readFileSync(name, "utf8") : "",
      ),
    getCurrentDirectory: () => repositoryRoot,
    getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
    fileExists: (name) => name === fileName || ts.sys.fileExists(name),
    readFile: (name) => (name === fileName ? source : ts.sys.readFile(name)),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  const service = ts.createLanguageService(host, ts.createDocumentRegistry());
  try {
    const position = source.indexOf(marker) + marker.length;
    const completions = service.getCompletionsAtPosition(fileName, position, {});
    return (completions?.entries ?? []).map((entry) => entry.name);
  } finally {
    service.dispose();
  }
}

describe(`completions at model: "|" in a ${facts.title} createTask call`, () => {
  it("offer the known models of the spec, and only those", () => {
    const known = specModels();
    expect(known.length).toBeGreaterThan(1);
    const body = JSON.stringify({ ...facts.common.body, model: "" });
    const marker = '"model":"';
    const source = [
      `import { create${facts.pascalName}Client } from "@gentask/${facts.name}";`,
      `void create${facts.pascalName}Client({ apiKey: "key" }).${facts.common.operationId}(${body});`,
    ].join("\n");
    expect(completionsAt(source, marker).sort()).toEqual([...known].sort());
  }, 60_000);
});
