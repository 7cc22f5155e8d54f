// `pnpm install-size [package...] [--keep <folder>]` (default: cli): what installing packages costs a user. Packs
// them and the workspace packages they depend on with `pnpm pack` (after `pnpm build`), installs the tarballs
// together with npm into an empty folder (third-party dependencies come from the registry), and prints the
// installed size and the packages installed. With `--keep <folder>`, the tarballs stay in that folder, to install
// a pre-release in another project (`npm install <folder>/*.tgz`). A measurement, not a test: it needs the registry.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { installTarballs, packTarballs, withWorkspaceDependencies } from "./lib/workspace-tarballs.mjs";

const argumentsGiven = process.argv.slice(2);
const keepAt = argumentsGiven.indexOf("--keep");
const keep = keepAt >= 0 ? argumentsGiven[keepAt + 1] : undefined;
if (keepAt >= 0 && !keep) throw new Error("--keep needs a folder: pnpm install-size veo --keep ../gentask-tarballs");
const names = argumentsGiven.filter((_, index) => keepAt < 0 || (index !== keepAt && index !== keepAt + 1));
const needed = withWorkspaceDependencies(names.length > 0 ? names : ["cli"]);
const label = (names.length > 0 ? names : ["cli"])
  .map((name) => name.replace(/^(@gentask\/)?/, "@gentask/"))
  .join(", ");

const workDirectory = mkdtempSync(join(tmpdir(), "gentask-install-size-"));
try {
  // pnpm runs scripts in the repository's root: a relative folder is taken from there.
  const tarballs = keep ? resolve(keep) : join(workDirectory, "tarballs");
  const app = join(workDirectory, "app");
  const { files, packages } = packTarballs(needed, tarballs);
  installTarballs(files, app);

  let bytes = 0;
  const installed = [];
  const walk = (directory) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) bytes += statSync(path).size;
      if (entry.name === "package.json" && /node_modules[\\/](@[^\\/]+[\\/])?[^\\/]+$/.test(directory)) {
        const manifest = JSON.parse(readFileSync(path, "utf8"));
        if (manifest.name && manifest.version) installed.push(`${manifest.name}@${manifest.version}`);
      }
    }
  };
  walk(join(app, "node_modules"));
  const tarballBytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
  console.log(
    `${label}: ${installed.length} packages, ` +
      `${(bytes / 1e6).toFixed(1)} MB installed (file sizes; tarballs of ${packages.join(", ")}: ` +
      `${(tarballBytes / 1e3).toFixed(0)} kB)`,
  );
  console.log(installed.sort().join("\n"));
  if (keep) console.log(`\nThe tarballs are in ${tarballs}; in your project: npm install ${files.join(" ")}`);
} finally {
  rmSync(workDirectory, { recursive: true, force: true });
}
