// Generates packages/<provider>/src/generated/schema.ts from specs/<provider>.yaml.
// With --check, writes nothing and fails when a committed file differs from what the spec generates.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const check = process.argv.includes("--check");
const specs = readdirSync(join(root, "specs")).filter((name) => name.endsWith(".yaml"));
const drifted = [];

for (const spec of specs) {
  const provider = spec.replace(/\.yaml$/, "");
  const specPath = join(root, "specs", spec);
  const target = join(root, "packages", provider, "src", "generated", "schema.ts");
  const ast = await openapiTS(pathToFileURL(specPath), { alphabetize: true, exportType: false });
  const header = `// Generated from specs/${spec} by scripts/generate-clients.mjs: do not edit, run \`pnpm generate\`.\n`;
  const generated = `${header}${astToString(ast)}`;
  const current = existsSync(target) ? readFileSync(target, "utf8") : undefined;
  if (current === generated) continue;
  if (check) {
    drifted.push(target.slice(root.length + 1));
  } else {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, generated);
    console.log(`wrote ${target.slice(root.length + 1)}`);
  }
}

if (drifted.length > 0) {
  console.error(`Generated files differ from the specs; run \`pnpm generate\` and commit:\n  ${drifted.join("\n  ")}`);
  process.exit(1);
}
console.log(check ? `generated clients match ${specs.length} specs` : `generated ${specs.length} specs`);
