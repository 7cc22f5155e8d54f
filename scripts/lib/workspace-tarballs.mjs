// Tarballs of workspace packages as npm would publish them, installed together. One package's tarball alone does
// not install before its release (npm looks for `@gentask/core` on the registry: E404), so the packages it depends
// on in the workspace are packed with it and the tarballs are installed with one `npm install`. Used by
// `pnpm install-size` and `pnpm release --dry-run`; needs the packages built (`pnpm build`).
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { repositoryRoot } from "./provider-registry.mjs";

const packagesDirectory = join(repositoryRoot, "packages");
const manifestOf = (folder) => JSON.parse(readFileSync(join(packagesDirectory, folder, "package.json"), "utf8"));

/** The folders of packages/ whose package is published (not private). */
export function publishedPackageFolders() {
  return readdirSync(packagesDirectory)
    .filter((folder) => !manifestOf(folder).private)
    .sort();
}

/** The folders of the packages named (`veo` or `@gentask/veo`) and of every workspace package they depend on. */
export function withWorkspaceDependencies(names) {
  const folderOf = new Map(readdirSync(packagesDirectory).map((folder) => [manifestOf(folder).name, folder]));
  const needed = new Set();
  for (const name of names) {
    const folder = name.replace(/^@gentask\//, "");
    if (!folderOf.has(`@gentask/${folder}`)) throw new Error(`No workspace package @gentask/${folder}.`);
    needed.add(folder);
  }
  for (const folder of needed)
    for (const dependency of Object.keys(manifestOf(folder).dependencies ?? {}))
      if (folderOf.has(dependency)) needed.add(folderOf.get(dependency));
  return [...needed].sort();
}

/**
 * Packs each folder's package with `pnpm pack` (which writes `workspace:*` as the exact version) into
 * `destination`; answers the tarballs' paths and the packages' `name@version`.
 */
export function packTarballs(folders, destination) {
  mkdirSync(destination, { recursive: true });
  for (const folder of folders) {
    try {
      execFileSync(join(repositoryRoot, "node_modules", ".bin", "pnpm"), ["pack", "--pack-destination", destination], {
        cwd: join(packagesDirectory, folder),
        stdio: "pipe",
      });
    } catch (error) {
      // pnpm says why on stdout (ERR_PNPM_...): pass it on rather than a bare "Command failed".
      throw new Error(`pnpm pack failed in packages/${folder}:\n${error.stdout ?? ""}${error.stderr ?? ""}`);
    }
  }
  const manifests = folders.map(manifestOf);
  const packages = manifests.map(({ name, version }) => `${name}@${version}`);
  // pnpm's name for a tarball: @gentask/veo 0.2.0 is gentask-veo-0.2.0.tgz.
  const files = manifests.map(({ name, version }) =>
    join(destination, `${name.replace(/^@/, "").replace("/", "-")}-${version}.tgz`),
  );
  return { files, packages };
}

/** Installs tarballs together with npm into `app`, a new empty project; third-party packages come from the registry. */
export function installTarballs(files, app) {
  mkdirSync(app, { recursive: true });
  writeFileSync(join(app, "package.json"), '{ "name": "app", "private": true }\n');
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", ...files], {
    cwd: app,
    stdio: "inherit",
  });
}
