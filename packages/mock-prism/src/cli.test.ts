// The `gentask-mock-prism` command and `startPrismServers`, as a user runs them.
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { ApiError, connectProvider, providerRegistry } from "@gentask/core";
import { describe, expect, it } from "vitest";
import { portIsFree, startCommand, stopCommand } from "../../../test/support/commands.js";
import { prismProviders, startPrismServers } from "./index.js";

const bin = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
// A Prism takes 2-3 s of CPU to start, many times that on a loaded machine: the bound is per spec, so
// it grows with the number of specs (at most one per core starts at a time; each has 60 s of its own).
const startBudgetMs = (specs: number) => 30_000 * specs;

describe("gentask-mock-prism", () => {
  it(
    "starts Prism for every spec, prints where, and stops every one on SIGINT",
    async () => {
      // Port 0: free ports chosen by the system, so no other process can take one between a probe and Prism.
      const mock = startCommand(bin, ["--port", "0"]);
      await mock.waitFor(/press Ctrl-C/, startBudgetMs(prismProviders.length));
      const printed = [...mock.output().matchAll(/^([\w-]+)\s+(http:\S+)$/gm)];
      expect(printed.map((match) => match[1])).toEqual(prismProviders);
      const ports = printed.map((match) => Number(new URL(match[2] as string).port));
      const [facts] = Object.values(providerRegistry);
      const answer = await fetch(`http://127.0.0.1:${ports[0]}${facts?.statusPath}`, { method: "OPTIONS" });
      expect(answer.status).toBeLessThan(500);
      await answer.arrayBuffer();
      expect(await stopCommand(mock.child, "SIGINT", mock.exited)).toBe(0);
      for (const port of ports) expect(await portIsFree(port)).toBe(true);
    },
    startBudgetMs(prismProviders.length) + 30_000,
  );

  it("refuses a bad option with exit code 2", async () => {
    const mock = startCommand(bin, ["--port", "eleven"]);
    expect(await mock.exited).toBe(2);
    expect(mock.output()).toMatch(/--port must be a port number/);
  });
});

describe("startPrismServers", () => {
  const [name] = prismProviders as [string];
  const facts = providerRegistry[name as keyof typeof providerRegistry];

  it("says clearly when a port is taken, without starting anything", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const address = blocker.address();
    const port = typeof address === "object" && address ? address.port : 0;
    try {
      await expect(startPrismServers({ port, providers: [name] })).rejects.toThrow(/already in use/);
    } finally {
      blocker.close();
    }
  });

  it(
    "starts Prism for a spec, answers from its examples, and stops it",
    async () => {
      const mock = await startPrismServers({ providers: [name] });
      const connection = connectProvider(facts, {
        apiKey: "k",
        baseUrl: mock.urls[name] as string,
        headers: { prefer: `example=${facts.answers.succeeded}` },
      });
      const [status] = await connection.tasks.read(["any"]);
      expect(status?.state).toBe("succeeded");
      await mock.close();
      await expect(connection.tasks.read(["any"])).rejects.toBeInstanceOf(ApiError);
    },
    // Its Prism's own start budget (60 s by default), then a few requests.
    60_000 + 30_000,
  );
});
