// The `gentask-mock` command as a user runs it: the built bin in a child process.
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { providerRegistry } from "@gentask/core";
import { describe, expect, it } from "vitest";
import { portIsFree, startCommand, stopCommand } from "../../../test/support/commands.js";
import { findFreePort } from "./ports.js";

const bin = fileURLToPath(new URL("../dist/cli.js", import.meta.url));

/**
 * Starts the command on a port found free. Another process may take that port before the command binds
 * it: the command then says so and exits 1, and another port is tried.
 */
async function startOnFreePort() {
  for (let attempt = 1; ; attempt++) {
    const port = await findFreePort("127.0.0.1");
    const mock = startCommand(bin, ["--port", String(port)]);
    const started = await mock.waitFor(/Press Ctrl-C/).then(
      () => true,
      () => false,
    );
    if (started) return { port, mock };
    if (mock.child.exitCode === null) mock.child.kill("SIGKILL"); // timed out: never leave it running
    await mock.exited;
    if (attempt === 5 || !/already in use/.test(mock.output()))
      throw new Error(`gentask-mock did not start:\n${mock.output()}`);
  }
}

describe("gentask-mock", () => {
  it("serves every provider from one lifecycle server and stops on SIGTERM", async () => {
    const { port, mock } = await startOnFreePort();
    expect(mock.output()).toContain(`http://127.0.0.1:${port}`);
    for (const name of Object.keys(providerRegistry)) expect(mock.output()).toContain(name);
    const [facts] = Object.values(providerRegistry);
    const answer = await fetch(`http://127.0.0.1:${port}${facts?.statusPath}`, { method: "OPTIONS" });
    expect(answer.status).toBe(204);
    expect(await stopCommand(mock.child, "SIGTERM", mock.exited)).toBe(0);
    expect(await portIsFree(port)).toBe(true);
  });

  it("fails clearly, not by hanging, when the port is taken", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const address = blocker.address();
    const port = typeof address === "object" && address ? address.port : 0;
    try {
      const mock = startCommand(bin, ["--port", String(port)]);
      expect(await mock.exited).toBe(1);
      expect(mock.output()).toMatch(new RegExp(`Port ${port} on 127\\.0\\.0\\.1 is already in use`));
    } finally {
      blocker.close();
    }
  });

  it("refuses a bad option with exit code 2", async () => {
    const mock = startCommand(bin, ["--port", "eleven"]);
    expect(await mock.exited).toBe(2);
    expect(mock.output()).toMatch(/--port must be a port number/);
  });
});
