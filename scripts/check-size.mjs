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

let failed = false;
for (const [provider, factory] of Object.entries(clients)) {
  const entry = `export { ${factory} } from ${JSON.stringify(join(root, "packages", provider, "dist", "index.js"))};`;
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
  const gzipped = gzipSync(code, { level: 9 }).length;
  const over = gzipped > budgetBytes;
  failed ||= over;
  console.log(
    `${over ? "FAIL" : "ok  "} @gentask/${provider.padEnd(9)} ${(code.length / 1024).toFixed(2)} KB min, ${(gzipped / 1024).toFixed(2)} KB gzip (${gzipped} B) (budget ${budgetBytes / 1024} KB)`,
  );
}
if (failed) process.exit(1);
