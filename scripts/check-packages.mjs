// Lints every publishable package the way a registry user would meet it: publint, then
// Are The Types Wrong on the packed tarball (ESM-only packages, so the esm-only profile).
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => join(root, "node_modules", ".bin", name);
let failed = false;
for (const name of readdirSync(join(root, "packages"))) {
  const directory = join(root, "packages", name);
  for (const [tool, args] of [
    ["publint", [directory, "--strict"]],
    ["attw", ["--pack", directory, "--profile", "esm-only", "--format", "table-flipped"]],
  ]) {
    try {
      execFileSync(bin(tool), args, { cwd: directory, stdio: "pipe", encoding: "utf8" });
      console.log(`ok   ${tool.padEnd(8)} @gentask/${name}`);
    } catch (error) {
      failed = true;
      console.log(`FAIL ${tool.padEnd(8)} @gentask/${name}\n${error.stdout ?? ""}${error.stderr ?? ""}`);
    }
  }
}
if (failed) process.exit(1);
