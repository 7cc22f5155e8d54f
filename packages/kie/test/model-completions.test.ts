// What an editor offers at `model: "|"` in `createTask`: asked of the TypeScript language service, as an
// editor asks it. The body's type follows the model written, so this checks that the generic method
// still offers the known model ids (from specs/kie.yaml) before any is written.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { expect, it } from "vitest";
import { parse } from "yaml";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const spec = parse(readFileSync(`${root}specs/kie.yaml`, "utf8"));
const knownModels: string[] = spec.components.schemas.KnownMarketModel.enum;

/** The completions the language service gives at the end of `prefix`, in a file of the repository. */
function completionsAt(prefix: string, suffix: string): string[] {
  const file = `${root}packages/kie/test/completions-probe.ts`;
  const text = `${prefix}${suffix}`;
  const config = ts.getParsedCommandLineOfConfigFile(
    `${root}tsconfig.json`,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
      },
    },
  );
  if (!config) throw new Error("tsconfig.json did not parse");
  const service = ts.createLanguageService({
    getScriptFileNames: () => [file],
    getScriptVersion: () => "1",
    getScriptSnapshot: (name) =>
      name === file
        ? ts.ScriptSnapshot.fromString(text)
        : ts.sys.fileExists(name)
          ? ts.ScriptSnapshot.fromString(ts.sys.readFile(name) ?? "")
          : undefined,
    getCurrentDirectory: () => root,
    getCompilationSettings: () => config.options,
    getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
    fileExists: (name) => name === file || ts.sys.fileExists(name),
    readFile: (name) => (name === file ? text : ts.sys.readFile(name)),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  });
  try {
    return service.getCompletionsAtPosition(file, prefix.length, {})?.entries.map((entry) => entry.name) ?? [];
  } finally {
    service.dispose();
  }
}

it('offers every known model id at model: "|", and only those', () => {
  const offered = completionsAt(
    'import { createKieClient } from "@gentask/kie";\nawait createKieClient({ apiKey: "k" }).createTask({ model: "',
    '", input: {} });\n',
  );
  expect(knownModels.length).toBeGreaterThanOrEqual(15);
  expect([...offered].sort()).toEqual([...knownModels].sort());
}, 120_000);
