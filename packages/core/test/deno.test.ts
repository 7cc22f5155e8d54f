// Creating a client on Deno, the real runtime (the `deno` npm package's binary): without --allow-env, reading
// the key's variable throws Deno's NotCapable; the client must fail with our InvalidInputError naming the
// variable instead. With the permission, the same bundle reads the key.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const coreSource = fileURLToPath(new URL("../src/index.ts", import.meta.url));
// bin.cjs starts the platform's binary (from @deno/<platform>), installing it on first use if needed.
const denoLauncher = join(dirname(createRequire(import.meta.url).resolve("deno/package.json")), "bin.cjs");

// Creates a client of a provider whose key is in ACEDATA_API_KEY and prints what happened as JSON.
const entry = `
import { providerSettings } from ${JSON.stringify(coreSource)};
try {
  const settings = providerSettings({ name: "veo", baseUrl: "https://api.example", apiKeyVariable: "ACEDATA_API_KEY" });
  console.log(JSON.stringify({ created: settings.identity.provider }));
} catch (error) {
  console.log(JSON.stringify({ name: error.name, constructor: error.constructor.name, code: error.code, message: error.message }));
}
`;

let directory: string;
let script: string;

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), "gentask-deno-"));
  script = join(directory, "client.js");
  const bundled = await build({
    stdin: { contents: entry, resolveDir: directory, loader: "js" },
    bundle: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    write: false,
    logLevel: "error",
  });
  writeFileSync(script, bundled.outputFiles[0]?.text ?? "");
});

afterAll(() => rmSync(directory, { recursive: true, force: true }));

function runOnDeno(permissions: string[]): Record<string, string> {
  const result = spawnSync(process.execPath, [denoLauncher, "run", "--no-prompt", ...permissions, script], {
    encoding: "utf8",
    timeout: 60_000,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: directory,
      DENO_DIR: join(directory, "cache"),
      DENO_NO_UPDATE_CHECK: "1",
      NO_COLOR: "1",
      ACEDATA_API_KEY: "key-in-the-environment",
    },
  });
  expect(result.status, `deno exited with ${result.status}: ${result.stderr}${result.error ?? ""}`).toBe(0);
  return JSON.parse(result.stdout.trim().split("\n").at(-1) ?? "{}");
}

describe("a client on Deno", () => {
  it("without --allow-env, fails with InvalidInputError naming the variable, not Deno's NotCapable", () => {
    const outcome = runOnDeno([]);
    expect(outcome).toMatchObject({ name: "InvalidInputError", code: "missing_api_key" });
    expect(outcome.message).toContain("ACEDATA_API_KEY");
    expect(outcome.message).toContain("(--allow-env=ACEDATA_API_KEY)");
    expect(outcome.message).toContain("{ apiKey }");
    expect(outcome.message).not.toContain("key-in-the-environment");
  });

  it("with --allow-env, reads the key from the environment", () => {
    expect(runOnDeno(["--allow-env=ACEDATA_API_KEY"])).toEqual({ created: "veo" });
  });
});
