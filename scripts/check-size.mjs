// Bundles each provider client with its helpers (as a user's bundler would, minified, openapi-fetch included)
// and fails when one is over the gzip budget. Run after `pnpm build`.

import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { readProviderRegistry } from "./lib/provider-registry.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const budgetBytes = 4 * 1024;
// Every provider package's client factory, from the registry.
const clients = Object.fromEntries(
  readProviderRegistry().map((facts) => [facts.name, `create${facts.pascalName}Client`]),
);

const distOf = (name) => JSON.stringify(join(root, "packages", name, "dist", "index.js"));

/** Bundles `entry` as a user's bundler would (minified, for browsers) and returns its size, minified and gzip. */
async function measure(entry) {
  const result = await build({
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
  });
  const code = result.outputFiles[0].contents;
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}

let failed = false;
for (const [provider, factory] of Object.entries(clients)) {
  const { minified, gzipped } = await measure(`export { ${factory} } from ${distOf(provider)};`);
  const over = gzipped > budgetBytes;
  failed ||= over;
  console.log(
    `${over ? "FAIL" : "ok  "} @gentask/${provider.padEnd(9)} ${(minified / 1024).toFixed(2)} KB min, ${(gzipped / 1024).toFixed(2)} KB gzip (${gzipped} B) (budget ${budgetBytes / 1024} KB)`,
  );
}
// Reported, not budgeted here: the poller's main entry, and the typical use (a client, its source, waitForTask).
for (const [name, entry] of [
  ["@gentask/poller (main entry)", `export * from ${distOf("poller")};`],
  [
    "typical use (createVeoClient, veoTasks, waitForTask)",
    `export { createVeoClient, veoTasks } from ${distOf("veo")}; export { waitForTask } from ${distOf("poller")};`,
  ],
]) {
  const { minified, gzipped } = await measure(entry);
  console.log(`info ${name}: ${(minified / 1024).toFixed(2)} KB min, ${(gzipped / 1024).toFixed(2)} KB gzip`);
}
if (failed) process.exit(1);
