// The `gentask-mock` command as a user runs it: the built bin in a child process.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findFreePort } from "./prism.js";

const bin = fileURLToPath(new URL("../dist/cli.js", import.meta.url));

function start(args: string[]) {
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run \`pnpm build\` before these tests.`);
  const child = spawn(process.execPath, [bin, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return {
    child,
    exited,
    output: () => output,
    /** Resolves once the output matches, or rejects when the process exits or 30 s pass. */
    async waitFor(pattern: RegExp): Promise<void> {
      const deadline = Date.now() + 30_000;
      while (!pattern.test(output)) {
        if (child.exitCode !== null) throw new Error(`exited early:\n${output}`);
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}

async function stop(child: ChildProcess, signal: NodeJS.Signals, exited: Promise<number | null>) {
  child.kill(signal);
  return exited;
}

const portIsFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });

describe("gentask-mock", () => {
  it("serves the lifecycle mock and stops on SIGTERM", async () => {
    const port = await findFreePort("127.0.0.1");
    const mock = start(["--lifecycle", "--port", String(port)]);
    await mock.waitFor(/press Ctrl-C/);
    expect(mock.output()).toMatch(new RegExp(`kie\\s+http://127\\.0\\.0\\.1:${port}`));
    const answer = await fetch(`http://127.0.0.1:${port}/veo/tasks`, {
      method: "POST",
      headers: { authorization: "Bearer test", "content-type": "application/json" },
      body: JSON.stringify({ action: "retrieve", id: "unknown" }),
    });
    expect(await answer.json()).toEqual({});
    expect(await stop(mock.child, "SIGTERM", mock.exited)).toBe(0);
    expect(await portIsFree(port)).toBe(true);
  });

  it("starts Prism for all five specs, prints where, and stops every one on SIGINT", async () => {
    const port = await findFreePort("127.0.0.1");
    const mock = start(["--port", String(port)]);
    await mock.waitFor(/press Ctrl-C/);
    const urls = [...mock.output().matchAll(/^(\w+)\s+(http:\S+)$/gm)].map((match) => match[2]);
    expect(urls).toHaveLength(5);
    expect(await stop(mock.child, "SIGINT", mock.exited)).toBe(0);
    for (let offset = 0; offset < 5; offset++) expect(await portIsFree(port + offset)).toBe(true);
  });

  it("fails clearly, not by hanging, when the port is taken", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const address = blocker.address();
    const port = typeof address === "object" && address ? address.port : 0;
    try {
      const mock = start(["--lifecycle", "--port", String(port)]);
      expect(await mock.exited).toBe(1);
      expect(mock.output()).toMatch(new RegExp(`Port ${port} on 127\\.0\\.0\\.1 is already in use`));
    } finally {
      blocker.close();
    }
  });

  it("refuses a bad option with exit code 2", async () => {
    const mock = start(["--port", "eleven"]);
    expect(await mock.exited).toBe(2);
    expect(mock.output()).toMatch(/--port must be a port number/);
  });
});
