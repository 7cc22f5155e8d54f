// Bundles what a user's bundler would (minified, dependencies included) and fails when one is over its gzip
// budget: each provider client alone, and each provider's typical use of its client with the poller. Run
// after `pnpm build`. `--breakdown` also lists what each module of the first typical use costs.

import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, transform } from "esbuild";
import { readProviderRegistry } from "./lib/provider-registry.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const KB = 1024;
/** A client alone: its methods, its errors and the family's code (openapi-fetch is in `create<Provider>Api`). */
const clientBudgetBytes = 2 * KB;
/**
 * The typical use: a client, its task source and `waitForTask`. 9 KB until 0.2; 9.25 KB since stand-alone waits
 * share batched requests and the default schedule sizes checks by the key's load (BENCHMARKS.md, 6).
 */
const typicalUseBudgetBytes = 9.25 * KB;

const registry = readProviderRegistry();
const distOf = (name) => JSON.stringify(join(root, "packages", name, "dist", "index.js"));
const clientFactory = (facts) => `create${facts.pascalName}Client`;
const typicalNames = (facts) => `${clientFactory(facts)}, ${facts.camelName}Tasks, waitForTask`;
const typicalEntry = (facts) =>
  `export { ${clientFactory(facts)}, ${facts.camelName}Tasks } from ${distOf(facts.name)}; export { waitForTask } from ${distOf("poller")};`;

/** How a user's bundler would bundle `entry`: minified, for browsers. */
function bundleOptions(entry) {
  return {
    stdin: { contents: entry, resolveDir: root, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "error",
    // Measure the built packages as published, not the sources the root tsconfig maps for tests.
    tsconfigRaw: {},
  };
}

const gzipSize = (code) => gzipSync(code, { level: 9 }).length;
const describe = (minified, gzipped) =>
  `${(minified / KB).toFixed(2)} KB min, ${(gzipped / KB).toFixed(2)} KB gzip (${gzipped} B)`;

let failed = false;
async function check(name, entry, budgetBytes) {
  const code = (await build(bundleOptions(entry))).outputFiles[0].contents;
  const gzipped = gzipSize(code);
  const over = budgetBytes !== undefined && gzipped > budgetBytes;
  failed ||= over;
  const budget = budgetBytes === undefined ? "" : ` (budget ${budgetBytes / KB} KB)`;
  console.log(
    `${over ? "FAIL" : budgetBytes === undefined ? "info" : "ok  "} ${name}: ${describe(code.length, gzipped)}${budget}`,
  );
}

for (const facts of registry) {
  await check(
    `${clientFactory(facts)} alone`,
    `export { ${clientFactory(facts)} } from ${distOf(facts.name)};`,
    clientBudgetBytes,
  );
  await check(`typical use (${typicalNames(facts)})`, typicalEntry(facts), typicalUseBudgetBytes);
  // Reported, not budgeted: the typed openapi-fetch client, for requests beyond the client's methods.
  await check(
    `create${facts.pascalName}Api alone`,
    `export { create${facts.pascalName}Api } from ${distOf(facts.name)};`,
  );
}
// Reported, not budgeted: the poller's main entry, and waitForTask alone.
await check("@gentask/poller (main entry)", `export * from ${distOf("poller")};`);
await check("@gentask/poller (waitForTask alone)", `export { waitForTask } from ${distOf("poller")};`);

if (process.argv.includes("--breakdown")) await breakdown(typicalEntry(registry[0]));

/**
 * Prints what each module of `entry`'s bundle costs: its minified bytes, and the gzip bytes the bundle saves
 * without it (gzip shares repeated text between modules, so a module's own gzip size would mislead).
 */
async function breakdown(entry) {
  // Bundled without minifying whitespace, esbuild starts each module's code with a `// path` comment.
  const options = { ...bundleOptions(entry), minify: false, minifySyntax: true, minifyIdentifiers: true };
  const { outputFiles } = await build(options);
  const modules = [];
  // The bundle's closing `export { ... }` names identifiers of every module: it stays out of the pieces.
  const text = outputFiles[0].text.replace(/^export \{[^}]*\};\s*$/m, "");
  for (const part of text.split(/^\/\/ (?=\S+\.m?js$)/m).slice(1)) {
    const newline = part.indexOf("\n");
    const { code } = await transform(part.slice(newline + 1), { minifyWhitespace: true, target: "es2022" });
    modules.push({ path: part.slice(0, newline), code });
  }
  const gzipOf = (parts) => gzipSize(Buffer.from(parts.map((module) => module.code).join("")));
  const total = gzipOf(modules);
  console.log(`\ntypical use by module (gzip ${total} B): minified bytes, gzip bytes saved without it`);
  const rows = modules.map((module) => [module, total - gzipOf(modules.filter((other) => other !== module))]);
  for (const [module, saved] of rows.sort((a, b) => b[1] - a[1])) {
    console.log(`${String(module.code.length).padStart(7)} ${String(saved).padStart(6)}  ${module.path}`);
  }
}

if (failed) process.exit(1);
