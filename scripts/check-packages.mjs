// Checks every publishable package the way a registry user would meet it: its metadata (the root package.json's
// repository, bugs and engines, with the package's own directory and homepage), its tarball's contents (LICENSE, the
// root's MIT text; README.md with install line, ESM note and links that work on npm's site; every bin), then
// publint, then Are The Types Wrong on the packed tarball (ESM-only packages, so the esm-only profile).
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { metadataProblems, readmeProblems, tarballProblems } from "./lib/package-checks.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => join(root, "node_modules", ".bin", name);
const rootManifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const license = readFileSync(join(root, "LICENSE"), "utf8");

let failed = false;
const report = (ok, tool, name, details = "") => {
  if (!ok) failed = true;
  console.log(`${ok ? "ok  " : "FAIL"} ${tool.padEnd(8)} @gentask/${name}${details}`);
};
for (const name of readdirSync(join(root, "packages")).sort()) {
  const directory = join(root, "packages", name);
  const manifest = JSON.parse(readFileSync(join(directory, "package.json"), "utf8"));
  const problems = metadataProblems(manifest, name, rootManifest);
  let files = [];
  try {
    const packed = execFileSync(bin("pnpm"), ["pack", "--dry-run", "--json"], {
      cwd: directory,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    files = JSON.parse(packed).files.map((file) => file.path);
  } catch (error) {
    problems.push(`pnpm pack failed: ${error.stderr ?? error.message}`);
  }
  problems.push(...tarballProblems(files, manifest));
  if (files.includes("LICENSE") && readFileSync(join(directory, "LICENSE"), "utf8") !== license)
    problems.push("its LICENSE differs from the root's");
  if (files.includes("README.md"))
    problems.push(...readmeProblems(readFileSync(join(directory, "README.md"), "utf8"), manifest.name));
  report(problems.length === 0, "package", name, problems.map((problem) => `\n     ${problem}`).join(""));

  for (const [tool, args] of [
    ["publint", [directory, "--strict"]],
    ["attw", ["--pack", directory, "--profile", "esm-only", "--format", "table-flipped"]],
  ]) {
    try {
      execFileSync(bin(tool), args, { cwd: directory, stdio: "pipe", encoding: "utf8" });
      report(true, tool, name);
    } catch (error) {
      report(false, tool, name, `\n${error.stdout ?? ""}${error.stderr ?? ""}`);
    }
  }
}
if (failed) process.exit(1);
