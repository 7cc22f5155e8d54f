// `pnpm demo`, the main job: builds the command line and what it uses, then runs `gentask demo`
// (extra arguments are passed on, e.g. `pnpm demo --live`) and exits with its code.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// node_modules/.bin first: turbo looks for the pinned pnpm there when run outside `pnpm`.
const environment = {
  ...process.env,
  PATH: `${join(root, "node_modules", ".bin")}${process.platform === "win32" ? ";" : ":"}${process.env.PATH ?? ""}`,
  TURBO_TELEMETRY_DISABLED: "1",
  DO_NOT_TRACK: "1",
};
// The first build takes a while (turbo caches it afterwards): say so rather than sit silent.
process.stderr.write("Building gentask (quick once cached)... ");
const buildStarted = Date.now();
const build = spawnSync(
  join(root, "node_modules", ".bin", "turbo"),
  ["run", "build", "--filter=@gentask/cli...", "--output-logs=errors-only"],
  // turbo's own words (its cache, the errors) are shown only when the build fails.
  { cwd: root, stdio: ["ignore", "pipe", "pipe"], env: environment, encoding: "utf8" },
);
if (build.status !== 0) {
  process.stderr.write(`failed:\n${build.stdout ?? ""}${build.stderr ?? ""}\n`);
  console.error("Building the packages failed; run `pnpm build` to see why.");
  process.exit(build.status ?? 1);
}
process.stderr.write(`done in ${((Date.now() - buildStarted) / 1000).toFixed(1)} s.\n`);
const demo = spawnSync(
  process.execPath,
  [join(root, "packages", "cli", "dist", "cli.js"), "demo", ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: "inherit",
  },
);
process.exit(demo.status ?? 1);
