// The built `gentask` as a script runs it: stdout a pipe, so every command prints JSON lines.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { FAIL_KEYWORD, type LifecycleServer, startLifecycleServer } from "@gentask/mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { providers } from "../../../test/support/specs.js";

const bin = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const SECRET = "sk-pipe-SECRET-31337";
const [facts] = providers;
if (facts === undefined) throw new Error("The registry has no provider.");

/** Runs the bin with stdout and stderr piped; resolves with both and the exit code (bounded to 60 s). */
function gentask(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run \`pnpm build\` before these tests.`);
  const env = { PATH: process.env.PATH, [facts?.apiKeyVariable as string]: SECRET };
  const child = spawn(process.execPath, [bin, ...args], { stdio: ["ignore", "pipe", "pipe"], env });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
  return new Promise((resolve) =>
    child.once("close", (code) => {
      clearTimeout(timer);
      expect(`${stdout}${stderr}`).not.toContain(SECRET);
      resolve({ code, stdout, stderr });
    }),
  );
}

const jsonLines = (text: string) =>
  text
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line));

let mock: LifecycleServer;
beforeAll(async () => {
  mock = await startLifecycleServer({ queuedMs: 50, runningMs: 100 });
});
afterAll(() => mock.close());

describe("gentask with its output piped", () => {
  it("prints its version", async () => {
    const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
    const result = await gentask(["--version"]);
    expect(result).toMatchObject({ code: 0, stdout: `${manifest.version}\n` });
  });

  it("create, wait and get print JSON lines", async () => {
    const base = ["--base-url", mock.url];
    const created = await gentask(["create", facts.name, "--prompt", "a kite", ...base]);
    const failing = await gentask(["create", facts.name, "--prompt", `a kite ${FAIL_KEYWORD}`, ...base]);
    expect([created.code, failing.code]).toEqual([0, 0]);
    const [good] = jsonLines(created.stdout);
    const [bad] = jsonLines(failing.stdout);
    expect(good).toEqual({ provider: facts.name, id: expect.any(String) });

    const waited = await gentask(["wait", facts.name, good.id, bad.id, ...base, "--interval", "50ms"]);
    expect(waited.code).toBe(1);
    expect(
      jsonLines(waited.stdout)
        .map((line) => [line.id, line.state])
        .sort(),
    ).toEqual(
      [
        [good.id, "succeeded"],
        [bad.id, "failed"],
      ].sort(),
    );

    const read = await gentask(["get", facts.name, good.id, ...base]);
    expect(read.code).toBe(0);
    expect(jsonLines(read.stdout)).toMatchObject([{ id: good.id, state: "succeeded" }]);
  });

  it("demo prints a JSON line per task and its words on stderr", async () => {
    const result = await gentask(["demo", "--interval", "200ms"]);
    expect(result.code).toBe(0);
    expect(jsonLines(result.stdout)).toHaveLength(providers.length * 2);
    expect(result.stderr).toMatch(`All ${providers.length * 2} tasks ended as expected.`);
  }, 60_000);
});
