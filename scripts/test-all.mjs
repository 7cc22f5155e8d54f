// The project's whole test command (`pnpm test`): first the programs the tests need that npm does not
// install (one line for each missing one, with the command that installs it), then each step in order,
// stopping at the first failure, then one closing line with the test counts.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { providerNames } from "./lib/provider-registry.mjs";
import { describeMissing, missingSystemTools } from "./lib/system-tools.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => join(root, "node_modules", ".bin", name);
const vitestReport = join(mkdtempSync(join(tmpdir(), "gentask-test-")), "vitest.json");
// node_modules/.bin first: turbo looks for the pinned pnpm there when run outside `pnpm`.
const environment = {
  ...process.env,
  PATH: `${join(root, "node_modules", ".bin")}${process.platform === "win32" ? ";" : ":"}${process.env.PATH ?? ""}`,
  TURBO_TELEMETRY_DISABLED: "1",
  REDOCLY_TELEMETRY: "off",
  DO_NOT_TRACK: "1",
};

// Checked first, so that a machine without them learns it in seconds, not minutes into the suite.
const missingTools = missingSystemTools(environment);
if (missingTools.length > 0) {
  for (const tool of missingTools) console.error(describeMissing(tool));
  console.error(`\nFAILED at: system tools (${missingTools.length} missing)`);
  console.log("\ntests: 0 passed, 0 failed");
  process.exit(1);
}

const steps = [
  ["spec lint (Redocly recommended)", bin("redocly"), ["lint", "specs/*.yaml", "--max-problems", "200"]],
  ["generated clients match the specs", process.execPath, ["scripts/generate.mjs", "--check"]],
  ["format and lint (Biome)", bin("biome"), ["ci", "."]],
  ["build", bin("turbo"), ["run", "build", "--output-logs=errors-only"]],
  ["type check", bin("tsc"), ["-p", "tsconfig.json"]],
  ["README examples (tsc --strict)", process.execPath, ["scripts/check-readme-examples.mjs"]],
  [
    "unit and contract tests",
    bin("vitest"),
    ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestReport}`],
  ],
  ["the main job: gentask demo against the lifecycle mock", process.execPath, ["packages/cli/dist/cli.js", "demo"]],
  ["examples/ against the lifecycle mock", process.execPath, ["scripts/run-examples.mjs"]],
  ["bundle size", process.execPath, ["scripts/check-size.mjs"]],
  ["package metadata and tarballs, publint and attw", process.execPath, ["scripts/check-packages.mjs"]],
  ["API reference (TypeDoc)", process.execPath, ["scripts/api-reference.mjs"]],
];

let failedStep;
for (const [title, command, args] of steps) {
  console.log(`\n=== ${title}`);
  // The spec glob is expanded here (every provider's spec) so the command does not depend on a shell.
  const expanded = args.flatMap((argument) =>
    argument === "specs/*.yaml" ? providerNames().map((name) => `specs/${name}.yaml`) : [argument],
  );
  const result = spawnSync(command, expanded, { cwd: root, stdio: "inherit", env: environment });
  if (result.status !== 0) {
    failedStep = title;
    break;
  }
}

let passed = 0;
let failed = 0;
if (existsSync(vitestReport)) {
  const report = JSON.parse(readFileSync(vitestReport, "utf8"));
  passed = report.numPassedTests;
  failed = report.numFailedTests;
}
if (failedStep) console.error(`\nFAILED at: ${failedStep}`);
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failedStep ? 1 : 0);
