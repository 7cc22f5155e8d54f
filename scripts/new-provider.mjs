// `pnpm new-provider <name> [--family acedata|kie] [--media image|video]`: the start of a new provider.
// Writes specs/<name>.yaml from the family's template and packages/<name>/ (package.json with @gentask/core's
// version, repository, bugs and engines, tsconfig, a one-line src/index.ts, LICENSE, a README), adds the
// package's row to the root README's package table, then runs `pnpm generate`. What is left is the spec's facts:
// docs/adding-a-provider.md says which, and the template's comments say what each `x-gentask` line means.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { parse } from "yaml";
import { withPackageRow } from "./lib/package-table.mjs";
import { camelName, pascalName, providerNames, repositoryRoot } from "./lib/provider-registry.mjs";

const usage = "Usage: pnpm new-provider <name> [--family acedata|kie] [--media image|video] [--title <Title>]";
let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      family: { type: "string", default: "acedata" },
      media: { type: "string", default: "video" },
      title: { type: "string" },
    },
  });
} catch (error) {
  console.error(`${error.message}\n${usage}`);
  process.exit(2);
}
const [name] = parsed.positionals;
const { family, media } = parsed.values;
const problems = [
  !name || !/^[a-z][a-z0-9-]*$/.test(name)
    ? "the name must be lowercase letters, digits and dashes (it is the path prefix and the package name)"
    : "",
  !["acedata", "kie"].includes(family) ? "--family must be acedata or kie" : "",
  !["image", "video"].includes(media) ? "--media must be image or video" : "",
  name && existsSync(join(repositoryRoot, "specs", `${name}.yaml`)) ? `specs/${name}.yaml already exists` : "",
  name && existsSync(join(repositoryRoot, "packages", name)) ? `packages/${name} already exists` : "",
].filter(Boolean);
if (problems.length > 0) {
  console.error(`${problems.join("; ")}.\n${usage}`);
  process.exit(2);
}

const title = parsed.values.title ?? pascalName(name);
const Pascal = pascalName(name);
const camel = camelName(name);
const keyVariable = family === "kie" ? `${name.toUpperCase().replaceAll("-", "_")}_API_KEY` : "ACEDATA_API_KEY";
// The providers before this one, after whose rows the README's package table gets the new row.
const existingProviders = providerNames();
const written = [];
const write = (path, text) => {
  const target = join(repositoryRoot, path);
  mkdirSync(join(target, ".."), { recursive: true });
  writeFileSync(target, text);
  written.push(path);
};

// The spec: Ace Data's template, or kie's own spec (the Market is the family's one provider so far).
const spec =
  family === "acedata"
    ? readFileSync(join(repositoryRoot, "scripts", "templates", "acedata.yaml"), "utf8")
        .replaceAll("__MEDIA___url", `${media}_url`)
        .replaceAll("__NAME__", name)
        .replaceAll("__TITLE__", title)
        .replaceAll("__MEDIA__", media)
        .replaceAll("__KIND__", `${media}s`)
        .replaceAll("__EXTENSION__", media === "video" ? "mp4" : "png")
    : readFileSync(join(repositoryRoot, "specs", "kie.yaml"), "utf8")
        .replace(/^ {2}seedDocument: .*\n/m, "")
        .replace(/^ {2}title: kie\.ai Market$/m, `  title: ${title}`)
        .replaceAll("KIE_API_KEY", keyVariable);
write(`specs/${name}.yaml`, spec);

/** A JSON value as a JavaScript literal, the way the READMEs write request bodies: `{ model: "m", input: {...} }`. */
const literal = (value) => {
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  const entries = Object.entries(value).map(
    ([key, item]) => `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}: ${literal(item)}`,
  );
  return `{ ${entries.join(", ")} }`;
};
// The README's example creates the spec's common-case task, so it type-checks against the generated client.
const { common } = parse(spec)["x-gentask"];

const core = JSON.parse(readFileSync(join(repositoryRoot, "packages", "core", "package.json"), "utf8"));
const packageJson = {
  name: `@gentask/${name}`,
  version: core.version, // every @gentask package has the same version (one fixed group of changesets)
  description: `Typed client for ${title}${family === "acedata" ? " on Ace Data Cloud" : ""}: create tasks, read their status, and a task source for @gentask/poller.`,
  keywords: ["gentask", name, "openapi", "ai", "generation", "polling"],
  homepage: core.homepage.replace(/packages\/core/, `packages/${name}`),
  bugs: core.bugs,
  repository: { ...core.repository, directory: `packages/${name}` },
  license: "MIT",
  type: "module",
  sideEffects: false,
  exports: { ".": { types: "./dist/index.d.ts", default: "./dist/index.js" }, "./package.json": "./package.json" },
  main: "./dist/index.js",
  types: "./dist/index.d.ts",
  files: ["dist", "src", "!src/**/*.test.ts", "!src/__fixtures__"],
  engines: core.engines,
  publishConfig: { access: "public" },
  scripts: { build: "tsc -p tsconfig.build.json" },
  dependencies: { "@gentask/core": "workspace:*" },
};
write(`packages/${name}/package.json`, `${JSON.stringify(packageJson, null, 2)}\n`);
write(
  `packages/${name}/tsconfig.build.json`,
  readFileSync(join(repositoryRoot, "packages", "core", "tsconfig.build.json"), "utf8"),
);
write(`packages/${name}/src/index.ts`, 'export * from "./generated/client.js";\n');
// Every package's tarball carries the MIT license text.
write(`packages/${name}/LICENSE`, readFileSync(join(repositoryRoot, "LICENSE"), "utf8"));
write(
  `packages/${name}/README.md`,
  `# @gentask/${name}

A small, typed client for ${title}. Its types are generated from a hand-written OpenAPI 3.1 spec
(\`specs/${name}.yaml\` in the gentask repository); it runs on Node 20.19+, browsers and edge runtimes
with nothing but \`fetch\`. Pair it with [\`@gentask/poller\`](https://www.npmjs.com/package/@gentask/poller)
to wait for results.

## Install

\`\`\`sh
npm install @gentask/${name} @gentask/poller
\`\`\`

ESM-only: load it with \`import\` (CommonJS on Node 20.19+ can \`require()\` it).

## Example

\`\`\`ts
import { waitForTask } from "@gentask/poller";
import { create${Pascal}Client, ${camel}Tasks } from "@gentask/${name}";

const client = create${Pascal}Client(); // reads ${keyVariable}
const taskId = await client.${common.operationId}(${literal(common.body)});
const task = await waitForTask(${camel}Tasks(client), taskId);
console.log(task.urls);
\`\`\`

## Options

\`apiKey\` (default: \`${keyVariable}\`), \`baseUrl\`, \`fetch\` and \`headers\`, as every gentask client.
`,
);

// The root README's package table lists every package (test/readme-tables.test.ts checks it).
const rootReadme = join(repositoryRoot, "README.md");
writeFileSync(
  rootReadme,
  withPackageRow(
    readFileSync(rootReadme, "utf8"),
    name,
    family === "acedata"
      ? `Ace Data Cloud ${title} (${media === "image" ? "images" : "video"})`
      : `${title} (${media === "image" ? "images" : "video"}, the kie.ai Market API)`,
    existingProviders,
  ),
);
written.push("README.md (its package table's row)");

const generate = spawnSync(process.execPath, [join(repositoryRoot, "scripts", "generate.mjs")], { stdio: "inherit" });
console.log(`\nWrote ${written.join(", ")}.`);
console.log(
  [
    `Next, fill specs/${name}.yaml with the provider's facts (docs/adding-a-provider.md says how):`,
    "  - its operations, request bodies (one closed schema per action) and named examples, from the vendor's docs;",
    "  - x-gentask.common: the demo's create body; leave modelPointer out if its requests name no model;",
    '  - x-gentask.record: where a result keeps its status word, media and error (`items: ""` for a flat response);',
    `Then run \`pnpm generate\` (it reads the status examples with @gentask/core's classifier and names a wrong`,
    `x-gentask field), and \`pnpm install\` to link @gentask/${name}.`,
  ].join("\n"),
);
process.exit(generate.status ?? 1);
