// `gentask wait --json` where nothing listens: it fails within seconds with a JSON line saying so, instead of
// printing nothing until its 15-minute deadline. A real refused connection: a port that was bound and closed on
// an address of 127.0.0.0/8 that no other test binds (they use 127.0.0.1), so nobody takes it in between.

import type { AddressInfo } from "node:net";
import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { providers } from "../../../test/support/specs.js";
import { EXIT, main } from "./main.js";
import { REFUSED_READS_LIMIT } from "./tracking.js";

async function refusingUrl(): Promise<string> {
  const host = `127.${1 + Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${2 + Math.floor(Math.random() * 250)}`;
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://${host}:${port}`;
}

// One provider: the bound is the command line's, the same for every source (tracking.test.ts tests it on a
// virtual clock); this checks it on a real socket, in the seconds the poller's backoff takes.
const [first] = providers;
if (first === undefined) throw new Error("The registry has no provider.");

describe("gentask wait against a closed port", () => {
  it(`${first.name}: fails with exit 1 and a JSON line naming the base URL`, async () => {
    const { name: provider, apiKeyVariable: keyVariable } = first;
    const url = await refusingUrl();
    let stdout = "";
    let stderr = "";
    const code = await main(["wait", provider, "task-1", "--json", "--base-url", url], {
      stdout: { write: (text: string) => (stdout += text), isTTY: false, columns: 80, rows: 24 },
      stderr: { write: (text: string) => (stderr += text) },
      env: { [keyVariable]: "any" },
    });
    expect(code, stderr).toBe(EXIT.taskFailed);
    const lines = stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines).toMatchObject([
      {
        id: "task-1",
        state: "error",
        error: {
          name: "UnreachableError",
          code: "unreachable",
          message: expect.stringContaining(`connection refused ${REFUSED_READS_LIMIT} times in a row at ${url}`),
        },
      },
    ]);
  }, 60_000);
});
