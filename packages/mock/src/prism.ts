import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The providers gentask has specs for, in the order their mock servers take ports. */
export const PROVIDERS = ["seedream", "seedance", "flux", "veo", "kie"] as const;
export type Provider = (typeof PROVIDERS)[number];

/** Raised when a mock server cannot start: port taken, Prism missing, a spec that does not load. */
export class MockServerError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "MockServerError";
  }
}

/** Finds the specs: beside the built package when published, at the repository root in the monorepo. */
export function findSpecsDirectory(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, "..", "specs"), join(here, "..", "..", "..", "specs")];
  const found = candidates.find((candidate) => existsSync(join(candidate, "veo.yaml")));
  if (!found) throw new MockServerError(`No specs found; looked in ${candidates.join(" and ")}.`);
  return found;
}

function prismEntryPoint(): string {
  const require = createRequire(import.meta.url);
  const packageJsonPath = require.resolve("@stoplight/prism-cli/package.json");
  const { bin } = JSON.parse(readFileSync(packageJsonPath, "utf8")) as { bin: string | Record<string, string> };
  const relative = typeof bin === "string" ? bin : (bin.prism as string);
  return join(dirname(packageJsonPath), relative);
}

/** Resolves when `port` on `host` can be listened on; rejects with a clear error when it is taken. */
export function assertPortFree(port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        new MockServerError(
          error.code === "EADDRINUSE"
            ? `Port ${port} on ${host} is already in use: pick another first port with --port.`
            : `Cannot listen on ${host}:${port}: ${error.message}`,
          { cause: error },
        ),
      ),
    );
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

/** Asks the operating system for a free port. */
export function findFreePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, host, () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

export interface PrismServer {
  provider: Provider;
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
  provider: Provider;
  port: number;
  host: string;
  specsDirectory: string;
  startTimeoutMs?: number;
}): Promise<PrismServer> {
  const { provider, port, host, specsDirectory } = options;
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
          reject(
            new MockServerError(
              `Prism for ${provider} did not start within ${options.startTimeoutMs ?? 30_000} ms:\n${output}`,
            ),
          ),
        options.startTimeoutMs ?? 30_000,
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
