// `pnpm docs:api`: the API reference of every package, generated from the JSDoc by TypeDoc into docs/api/
// (gitignored; open docs/api/index.html). One module per entry point a package exports (`@gentask/poller`,
// `@gentask/poller/testing`, ...), read from each package.json. Any TypeDoc warning fails it, among them a type
// that the documented API uses but no package exports.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Application, Converter, LogLevel, OptionDefaults, ReflectionKind } from "typedoc";
import { repositoryRoot } from "./lib/provider-registry.mjs";

const outputDirectory = join(repositoryRoot, "docs", "api");

// Warnings about problems in the packages' sources, reported and waiting for a fix there (this script does not
// touch src/). Each must still occur (a fixed one fails this script until it is removed here); any other warning
// fails it.
const knownWarnings = [];
const packagesDirectory = join(repositoryRoot, "packages");

/** Source file of each exported entry point → the specifier users import it by. */
const specifierOfFile = new Map();
for (const name of readdirSync(packagesDirectory).sort()) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(packagesDirectory, name, "package.json"), "utf8"));
  } catch {
    continue; // not a package
  }
  for (const subpath of Object.keys(manifest.exports ?? {})) {
    if (subpath === "./package.json") continue;
    const file = join(packagesDirectory, name, "src", subpath === "." ? "index.ts" : `${subpath.slice(2)}.ts`);
    specifierOfFile.set(file, subpath === "." ? manifest.name : `${manifest.name}/${subpath.slice(2)}`);
  }
}

// A tsconfig of only the entry points, resolving `@gentask/*` to the sources as the root tsconfig does.
const workDirectory = join(tmpdir(), `gentask-api-reference-${process.pid}`);
mkdirSync(workDirectory, { recursive: true });
const tsconfigPath = join(workDirectory, "tsconfig.json");
writeFileSync(
  tsconfigPath,
  JSON.stringify({
    extends: join(repositoryRoot, "tsconfig.base.json"),
    compilerOptions: {
      noEmit: true,
      types: ["node"],
      typeRoots: [join(repositoryRoot, "node_modules", "@types")],
      paths: Object.fromEntries([...specifierOfFile].map(([file, specifier]) => [specifier, [file]])),
    },
    files: [...specifierOfFile.keys()],
  }),
);

try {
  const app = await Application.bootstrapWithPlugins({
    name: "gentask",
    entryPoints: [...specifierOfFile.keys()],
    entryPointStrategy: "resolve",
    tsconfig: tsconfigPath,
    readme: "none",
    // Link sources to the repository named in package.json, with or without a git remote in this checkout.
    disableGit: true,
    displayBasePath: repositoryRoot,
    sourceLinkTemplate: "https://github.com/gentask/gentask/blob/main/{path}#L{line}",
    out: outputDirectory,
    // openapi-typescript writes `@description` and `@constant` in the generated schema types.
    blockTags: [...OptionDefaults.blockTags, "@description", "@constant"],
    validation: { notExported: true, invalidLink: true },
    treatWarningsAsErrors: true,
    logLevel: "Warn",
  });
  const seenKnownWarnings = new Set();
  const log = app.logger.log.bind(app.logger);
  const logged = new Set();
  app.logger.log = (message, level) => {
    // Validation runs once per package (below): say each thing once.
    if (logged.has(message)) return;
    logged.add(message);
    const known = level === LogLevel.Warn && knownWarnings.find((warning) => warning.pattern.test(message));
    if (!known) return log(message, level);
    if (!seenKnownWarnings.has(known)) console.log(`known problem, not failing: ${known.why}`);
    seenKnownWarnings.add(known);
  };
  // Name each module by the specifier users import, not by its path (`poller/src/testing`).
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.Module)) return;
    const file = context.getSymbolFromReflection(reflection)?.declarations?.[0]?.getSourceFile().fileName;
    const specifier = [...specifierOfFile].find(([entry]) => entry.split("\\").join("/") === file)?.[1];
    if (specifier) reflection.name = specifier;
  });
  rmSync(outputDirectory, { recursive: true, force: true });
  const project = await app.convert();
  if (project) {
    // TypeDoc checks for missing exports only among the types of the project's own package, and each workspace
    // package is a package of its own: validate once as each of them.
    const projectPackage = project.packageName;
    for (const packageName of new Set(
      [...specifierOfFile.values()].map((specifier) => specifier.split("/", 2).join("/")),
    )) {
      project.packageName = packageName;
      app.validate(project);
    }
    project.packageName = projectPackage;
    if (!app.logger.hasErrors() && !app.logger.hasWarnings()) await app.generateDocs(project, outputDirectory);
  }
  for (const warning of knownWarnings)
    if (project && !seenKnownWarnings.has(warning))
      app.logger.error(
        `The known problem "${warning.why}" no longer occurs: remove it from scripts/api-reference.mjs.`,
      );
  if (!project || app.logger.hasErrors() || app.logger.hasWarnings()) {
    console.error("The API reference has TypeDoc errors or warnings (above).");
    process.exitCode = 1;
  } else {
    const modules = (project.children ?? []).map((child) => child.name);
    console.log(`API reference of ${modules.join(", ")} in ${join("docs", "api", "index.html")}`);
  }
} finally {
  rmSync(workDirectory, { recursive: true, force: true });
}
