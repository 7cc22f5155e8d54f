// `pnpm release [--dry-run]`: publishes the packages whose version is not on npm yet, after `pnpm changeset
// version` has turned the pending changesets into versions and CHANGELOG.md files (committed). It checks that no
// changeset is pending and that every published package has the same version (one `fixed` group), runs the whole
// test command (which builds), then `changeset publish` (pnpm publish for each package, which writes
// `workspace:*` as the exact version, and a git tag per package; push them with `git push --follow-tags`).
// `--dry-run` publishes nothing: instead of `changeset publish` (which has no dry run) it packs every published
// package and installs the tarballs together with npm in an empty folder, then lists what would be published.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repositoryRoot } from "./lib/provider-registry.mjs";
import { installTarballs, packTarballs, publishedPackageFolders } from "./lib/workspace-tarballs.mjs";

const dryRun = process.argv.includes("--dry-run");
const bin = (name) => join(repositoryRoot, "node_modules", ".bin", name);
// node_modules/.bin first: changeset publish runs `pnpm publish` with the pnpm it finds on the PATH.
const environment = {
  ...process.env,
  PATH: `${join(repositoryRoot, "node_modules", ".bin")}${process.platform === "win32" ? ";" : ":"}${process.env.PATH ?? ""}`,
};
const run = (command, args) => {
  const result = spawnSync(command, args, { cwd: repositoryRoot, stdio: "inherit", env: environment });
  if (result.status !== 0) {
    console.error(`\nrelease stopped: ${[command.split(/[\\/]/).pop(), ...args].join(" ")} failed.`);
    process.exit(1);
  }
};

const pending = readdirSync(join(repositoryRoot, ".changeset")).filter(
  (file) => file.endsWith(".md") && file !== "README.md",
);
if (pending.length > 0) {
  console.error(
    `${pending.length} changesets are pending: run \`pnpm changeset version\`, review the versions and CHANGELOG.md ` +
      "files it writes, and commit them before releasing. What it would do:",
  );
  // It compares with the base branch (main): in a clone without it, it fails, which stops nothing here.
  spawnSync(bin("changeset"), ["status", "--verbose"], { cwd: repositoryRoot, stdio: "inherit", env: environment });
  if (!dryRun) process.exit(1);
}

const folders = publishedPackageFolders();
const versions = new Map(
  folders.map((folder) => {
    const { name, version } = JSON.parse(
      readFileSync(join(repositoryRoot, "packages", folder, "package.json"), "utf8"),
    );
    return [name, version];
  }),
);
if (new Set(versions.values()).size > 1) {
  console.error(
    `The packages' versions differ (${[...versions].map(([name, version]) => `${name}@${version}`).join(", ")}): ` +
      'they release together, in one "fixed" group of .changeset/config.json.',
  );
  process.exit(1);
}

run(process.execPath, [join(repositoryRoot, "scripts", "test-all.mjs")]);

if (!dryRun) {
  run(bin("changeset"), ["publish"]);
  console.log("\nPublished. Push the tags it made: git push --follow-tags");
} else {
  const workDirectory = mkdtempSync(join(tmpdir(), "gentask-release-"));
  try {
    const { files, packages } = packTarballs(folders, join(workDirectory, "tarballs"));
    installTarballs(files, join(workDirectory, "app"));
    console.log(
      `\nDry run: the ${packages.length} tarballs install together. \`pnpm release\` would publish those not on npm yet:\n` +
        packages.join("\n"),
    );
  } finally {
    rmSync(workDirectory, { recursive: true, force: true });
  }
}
