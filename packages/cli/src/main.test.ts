import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { type LifecycleServer, startLifecycleServer } from "@gentask/mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXIT, type Io, main, parseDuration } from "./main.js";
import { providerNames } from "./providers.js";

const SECRET = "sk-test-SECRET-0123456789";
let mock: LifecycleServer;

beforeAll(async () => {
  // Tasks finish 150 ms after creation; the commands check every 50 ms.
  mock = await startLifecycleServer({ queuedMs: 50, runningMs: 100 });
});
afterAll(() => mock.close());

function run(argv: string[], options: { tty?: boolean; env?: Record<string, string | undefined> } = {}) {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: { write: (text: string) => (stdout += text), isTTY: options.tty ?? false },
    stderr: { write: (text: string) => (stderr += text) },
    env: options.env ?? { ACEDATA_API_KEY: SECRET, KIE_API_KEY: SECRET },
  };
  return main(argv, io).then((code) => {
    expect(`${stdout}${stderr}`).not.toContain(SECRET);
    return {
      code,
      stdout,
      stderr,
      lines: () =>
        stdout
          .trim()
          .split("\n")
          .filter(Boolean)
          .map((line) => JSON.parse(line)),
    };
  });
}

const fast = ["--base-url", "", "--interval", "50ms", "--timeout", "10s"];
const at = (argv: string[]) => argv.map((argument) => (argument === "" ? mock.url : argument));

describe("usage", () => {
  it.each([
    [["--help"], /Commands:/],
    [["wait", "--help"], /Exit codes/],
    [["get", "-h"], /many ids per request/],
    [["create", "--help"], /--prompt/],
    [["demo", "--help"], /--live/],
  ])("gentask %s prints help and exits 0", async (argv, text) => {
    const result = await run(argv);
    expect(result.code).toBe(EXIT.ok);
    expect(result.stdout).toMatch(text);
  });

  it.each([
    [["frobnicate"], /Unknown command "frobnicate"/],
    [["wait", "midjourney", "x"], new RegExp(`Unknown provider "midjourney".*${providerNames.join(", ")}`)],
    [["wait", "veo"], /at least one task id/],
    [["get"], /Name a provider/],
    [["wait", "veo", "x", "--timeout", "soon"], /--timeout must be a positive duration/],
    [["wait", "veo", "x", "--colour"], /Unknown option '--colour'/],
    [["create", "veo"], /--prompt is required/],
  ])("gentask %s is a usage error (exit 2)", async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(EXIT.usage);
    expect(result.stderr).toMatch(message);
  });

  it("names the missing key's variable and exits 2", async () => {
    const result = await run(["get", "kie", "task_1"], { env: {} });
    expect(result.code).toBe(EXIT.usage);
    expect(result.stderr).toMatch(/KIE_API_KEY/);
  });

  it("parses durations", () => {
    expect([
      parseDuration("90", "t"),
      parseDuration("1.5s", "t"),
      parseDuration("5m", "t"),
      parseDuration("250ms", "t"),
    ]).toEqual([90_000, 1_500, 300_000, 250]);
  });
});

describe("against the lifecycle mock", () => {
  it("create prints the id; get reads it (batched) as JSON lines", async () => {
    const created = await run(at(["create", "veo", "--prompt", "a fox", "--base-url", ""]));
    expect(created.code).toBe(EXIT.ok);
    const id = created.stdout.trim();
    const other = (await run(at(["create", "veo", "--prompt", "an owl", "--base-url", ""]))).stdout.trim();
    const read = await run(at(["get", "veo", id, other, "no-such-task", "--json", "--base-url", ""]));
    expect(read.code).toBe(EXIT.ok);
    expect(read.lines().map((line) => [line.id, line.state])).toEqual([
      [id, "pending"],
      [other, "pending"],
      ["no-such-task", "not_found"],
    ]);
  });

  it("wait prints one JSON line per task and exits 1 when one failed", async () => {
    const good = (await run(at(["create", "seedance", "--prompt", "a boat", "--base-url", ""]))).stdout.trim();
    const bad = (await run(at(["create", "seedance", "--prompt", "a boat [fail]", "--base-url", ""]))).stdout.trim();
    const result = await run(at(["wait", "seedance", good, bad, "--json", ...fast]));
    expect(result.code).toBe(EXIT.taskFailed);
    const lines = result.lines();
    expect(lines.map((line) => [line.id, line.state]).sort()).toEqual(
      [
        [good, "succeeded"],
        [bad, "failed"],
      ].sort(),
    );
    expect(lines.find((line) => line.id === good)?.urls[0]).toMatch(/^http:\/\/127\.0\.0\.1/);
    expect(lines.find((line) => line.id === bad)?.error).toMatchObject({ name: "TaskFailedError" });
  });

  it("create --wait on kie exits 0 once the task succeeded (non-terminal output)", async () => {
    const result = await run(at(["create", "kie", "--prompt", "an island", "--wait", ...fast]));
    expect(result.code).toBe(EXIT.ok);
    expect(result.stderr).toMatch(/created kie task task_/);
    expect(result.stdout).toMatch(/kie\s+task_\S+\s+succeeded/);
  });

  it("exits 3 on timeout, with a resumable handle", async () => {
    const slow = await startLifecycleServer({ queuedMs: 60_000, runningMs: 60_000 });
    try {
      const id = (await run(["create", "flux", "--prompt", "a cat", "--base-url", slow.url])).stdout.trim();
      const result = await run([
        "wait",
        "flux",
        id,
        "--json",
        "--base-url",
        slow.url,
        "--interval",
        "50ms",
        "--timeout",
        "300ms",
      ]);
      expect(result.code).toBe(EXIT.timeout);
      expect(result.lines()[0]).toMatchObject({ id, state: "timeout", handle: { taskId: id } });
    } finally {
      await slow.close();
    }
  });

  it("draws a live view on a terminal", async () => {
    const id = (await run(at(["create", "seedream", "--prompt", "a lighthouse", "--base-url", ""]))).stdout.trim();
    const result = await run(at(["wait", "seedream", id, ...fast]), { tty: true });
    expect(result.code).toBe(EXIT.ok);
    expect(result.stdout).toContain("\u001b[2K");
    expect(result.stdout).toMatch(new RegExp(`seedream\\s+${id}\\s+\\S*succeeded`));
  });

  it("exits 2 when the key is refused, without printing it", async () => {
    const refusing = createServer((_request, response) => {
      response
        .writeHead(401, { "content-type": "application/json" })
        .end(JSON.stringify({ success: false, error: { code: "invalid_token", message: "bad key" } }));
    });
    await new Promise<void>((resolve) => refusing.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(refusing.address() as AddressInfo).port}`;
    try {
      const result = await run(["wait", "veo", "some-task", "--json", "--base-url", url]);
      expect(result.code).toBe(EXIT.usage);
      expect(result.lines()[0]).toMatchObject({ state: "error", error: { name: "ApiError", status: 401 } });
    } finally {
      refusing.close();
    }
  });
});

describe("demo", () => {
  it("creates, waits for and summarises tasks on every provider, and exits 0", async () => {
    const result = await run(["demo", "--interval", "200ms"]);
    expect(result.code).toBe(EXIT.ok);
    expect(result.stdout).toMatch(new RegExp(`All ${providerNames.length * 2} tasks ended as expected`));
    for (const provider of ["seedream", "seedance", "flux", "veo", "kie"]) {
      expect(result.stdout).toMatch(new RegExp(`${provider}\\s+\\S+\\s+failed\\s+failed`));
      expect(result.stdout).toMatch(new RegExp(`${provider}\\s+\\S+\\s+succeeded\\s+succeeded`));
    }
  });

  it("refuses --live without any key", async () => {
    const result = await run(["demo", "--live"], { env: {} });
    expect(result.code).toBe(EXIT.usage);
    expect(result.stderr).toMatch(/ACEDATA_API_KEY/);
  });
});
