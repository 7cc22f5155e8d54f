// `pnpm install-size [package]` (default: cli): what installing a package costs a user. Packs it and the workspace
// packages it depends on with `pnpm pack` (after `pnpm build`), installs the tarballs with npm into an empty folder
// (third-party dependencies come from the registry), and prints the installed size and the packages installed.
// A measurement, not a test: it needs the registry.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repositoryRoot } from "./lib/provider-registry.mjs";

const name = (process.argv[2] ?? "cli").replace(/^@gentask\//, "");
const packagesDirectory = join(repositoryRoot, "packages");
const manifestOf = (folder) => JSON.parse(readFileSync(join(packagesDirectory, folder, "package.json"), "utf8"));

// The package and every workspace package it depends on, transitively.
const folderOf = new Map(readdirSync(packagesDirectory).map((folder) => [manifestOf(folder).name, folder]));
const needed = new Set([name]);
for (const folder of needed)
  for (const dependency of Object.keys(manifestOf(folder).dependencies ?? {}))
    if (folderOf.has(dependency)) needed.add(folderOf.get(dependency));

const workDirectory = mkdtempSync(join(tmpdir(), "gentask-install-size-"));
try {
  const tarballs = join(workDirectory, "tarballs");
  const app = join(workDirectory, "app");
  mkdirSync(app);
  for (const folder of needed)
    execFileSync(join(repositoryRoot, "node_modules", ".bin", "pnpm"), ["pack", "--pack-destination", tarballs], {
      cwd: join(packagesDirectory, folder),
      stdio: "ignore",
    });
  writeFileSync(join(app, "package.json"), '{ "name": "app", "private": true }\n');
  const files = readdirSync(tarballs).map((file) => join(tarballs, file));
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", ...files], {
    cwd: app,
    stdio: "inherit",
  });

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
    `@gentask/${name}: ${installed.length} packages, ${(bytes / 1e6).toFixed(1)} MB installed ` +
      `(file sizes; tarballs of ${[...needed].map((folder) => `@gentask/${folder}`).join(", ")}: ${(tarballBytes / 1e3).toFixed(0)} kB)`,
  );
  console.log(installed.sort().join("\n"));
} finally {
  rmSync(workDirectory, { recursive: true, force: true });
}
