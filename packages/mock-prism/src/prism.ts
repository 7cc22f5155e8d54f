import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { assertPortFree, MockServerError } from "@gentask/mock";

function prismEntryPoint(): string {
  const require = createRequire(import.meta.url);
  const packageJsonPath = require.resolve("@stoplight/prism-cli/package.json");
  const { bin } = JSON.parse(readFileSync(packageJsonPath, "utf8")) as { bin: string | Record<string, string> };
  const relative = typeof bin === "string" ? bin : (bin.prism as string);
  return join(dirname(packageJsonPath), relative);
}

export interface PrismServer {
  provider: string;
  url: string;
  /** Stops the Prism process; resolves once it exited. */
  close(): Promise<void>;
}

const running = new Set<ChildProcess>();
let exitHookInstalled = false;

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 3_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/** Starts `prism mock` for one provider's spec and resolves once it listens. */
export async function startPrismServer(options: {
  provider: string;
  port: number;
  host: string;
  specsDirectory: string;
  startTimeoutMs?: number;
}): Promise<PrismServer> {
  const { provider, port, host, specsDirectory } = options;
  // A Prism takes 2-3 s of CPU to start: on a loaded machine (CI, a test suite beside it) that is many
  // times as long in real time.
  const startTimeoutMs = options.startTimeoutMs ?? 60_000;
  await assertPortFree(port, host);
  const spec = join(specsDirectory, `${provider}.yaml`);
  const child = spawn(process.execPath, [prismEntryPoint(), "mock", spec, "--port", String(port), "--host", host], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  child.once("exit", () => running.delete(child));
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    // A parent that exits without calling close() must not leave Prism processes behind.
    process.once("exit", () => {
      for (const orphan of running) orphan.kill("SIGKILL");
    });
  }
  const url = `http://${host}:${port}`;
  let output = "";
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(new MockServerError(`Prism for ${provider} did not start within ${startTimeoutMs} ms:\n${output}`)),
        startTimeoutMs,
      );
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes("Prism is listening")) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout?.on("data", onData);
      child.stderr?.on("data", onData);
      child.once("exit", (code) => {
        clearTimeout(timer);
        reject(new MockServerError(`Prism for ${provider} exited with code ${code} before listening:\n${output}`));
      });
    });
  } catch (error) {
    await stopProcess(child);
    throw error;
  }
  // Keep draining output so a chatty Prism never blocks on a full pipe.
  child.stdout?.resume();
  child.stderr?.resume();
  return { provider, url, close: () => stopProcess(child) };
}
