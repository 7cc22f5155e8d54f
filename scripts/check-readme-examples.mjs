// `node scripts/check-readme-examples.mjs`: type-checks every ```ts block of every README.md with `tsc --strict`,
// each block as its own ES module importing the workspace packages. Fails naming README, line and error.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repositoryRoot } from "./lib/provider-registry.mjs";
import { extractTypeScriptBlocks, findReadmes, typeCheckBlocks } from "./lib/readme-examples.mjs";

const blocks = [];
const skipped = [];
for (const readme of findReadmes(repositoryRoot)) {
  for (const block of extractTypeScriptBlocks(readFileSync(join(repositoryRoot, readme), "utf8"), readme)) {
    if (block.skipReason) skipped.push(`${readme}:${block.line} (${block.skipReason})`);
    else blocks.push({ ...block, source: readme });
  }
}
const workDirectory = mkdtempSync(join(tmpdir(), "gentask-readme-examples-"));
try {
  const { ok, errors } = typeCheckBlocks(blocks, { root: repositoryRoot, workDirectory });
  for (const error of errors)
    console.error(`${error.source}:${error.line}:${error.column} ${error.code}: ${error.message}`);
  const readmes = new Set(blocks.map((block) => block.source)).size;
  console.log(
    `${ok ? "ok" : "FAIL"}: ${blocks.length} TypeScript examples in ${readmes} READMEs type-checked with tsc --strict` +
      (skipped.length > 0 ? `; not checked: ${skipped.join(", ")}` : ""),
  );
  process.exitCode = ok ? 0 : 1;
} finally {
  rmSync(workDirectory, { recursive: true, force: true });
}
