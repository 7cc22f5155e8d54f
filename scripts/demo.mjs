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
const build = spawnSync(
  join(root, "node_modules", ".bin", "turbo"),
  ["run", "build", "--filter=@gentask/cli...", "--output-logs=errors-only"],
  { cwd: root, stdio: ["ignore", "ignore", "inherit"], env: environment },
);
if (build.status !== 0) {
  console.error("Building the packages failed; run `pnpm build` to see why.");
  process.exit(build.status ?? 1);
}
const demo = spawnSync(
  process.execPath,
  [join(root, "packages", "cli", "dist", "cli.js"), "demo", ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: "inherit",
  },
);
process.exit(demo.status ?? 1);
