// `pnpm test` on a machine without the programs the tests need: it says which are missing, each on one line
// with the command that installs it, and stops before the first step.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = mkdtempSync(join(tmpdir(), "gentask-tools-"));
afterAll(() => rmSync(bin, { recursive: true, force: true }));

it("names each missing program with its apt-get line, and runs no step", () => {
  // A PATH with jq and bash only (stand-ins: only their presence is checked), and a CHROMIUM_BINARY that is not there.
  for (const name of ["jq", "bash"]) {
    writeFileSync(join(bin, name), "#!/bin/sh\n");
    chmodSync(join(bin, name), 0o755);
  }
  const result = spawnSync(process.execPath, ["scripts/test-all.mjs"], {
    cwd: root,
    encoding: "utf8",
    env: { PATH: bin, CHROMIUM_BINARY: join(bin, "chromium") },
    timeout: 60_000,
  });
  expect(result.status).toBe(1);
  const missing = result.stderr.split("\n").filter((line) => line.startsWith("missing "));
  expect(missing).toEqual([
    expect.stringMatching(/^missing redis-server: .*apt-get install -y redis-server \(or set REDIS_SERVER_BINARY/),
    expect.stringMatching(/^missing chromium: .*apt-get install -y chromium \(or set CHROMIUM_BINARY/),
  ]);
  expect(result.stdout).not.toMatch(/===/);
  expect(result.stdout).toMatch(/^tests: 0 passed, 0 failed$/m);
});
