// `@gentask/fleet/testing`: a real redis-server for tests and benchmarks, on a free 127.0.0.1 port.
import { type ChildProcess, spawn } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { createServer } from "node:net";
import { delimiter, join } from "node:path";

/** A redis-server started by `startRedisServer`. */
export interface RedisServer {
  /** `redis://127.0.0.1:<port>` */
  url: string;
  port: number;
  /** Stops the server (SIGTERM, then SIGKILL after 5 s); resolves once it exited. */
  stop(): Promise<void>;
  /** Kills the server at once (SIGKILL: nothing flushed); resolves once it exited. */
  kill(): Promise<void>;
}

const HOW_TO_GET_IT =
  "redis-server was not found: install it (Debian/Ubuntu: apt-get install -y redis-server; macOS: brew install redis) or set REDIS_SERVER_BINARY to its path.";

/** The redis-server binary: `REDIS_SERVER_BINARY`, or the first on the PATH (and the usual system places). */
export function findRedisServer(): string {
  const configured = process.env.REDIS_SERVER_BINARY;
  const candidates = configured
    ? [configured]
    : [...(process.env.PATH ?? "").split(delimiter).filter(Boolean), "/usr/bin", "/usr/local/bin", "/usr/sbin"].map(
        (directory) => join(directory, "redis-server"),
      );
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not this one
    }
  }
  throw new Error(HOW_TO_GET_IT);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function waitForReady(child: ChildProcess, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(
      () => finish(new Error(`redis-server did not start within ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Ready to accept connections")) finish();
    };
    const onExit = (code: number | null) =>
      finish(new Error(`redis-server exited with ${code} before it was ready:\n${output}`));
    function finish(error?: Error) {
      clearTimeout(timer);
      child.stdout?.off("data", onData);
      child.off("exit", onExit);
      if (error) reject(error);
      else resolve();
    }
    child.stdout?.on("data", onData);
    child.once("exit", onExit);
  });
}

/**
 * Starts a throw-away redis-server on a free 127.0.0.1 port (or `port`), with nothing saved to disk unless
 * `appendOnlyDirectory` is given. Call
 * `stop()` when done (in an `afterAll`, so that it runs even when tests fail).
 */
export async function startRedisServer(
  options: {
    binary?: string;
    startTimeoutMs?: number;
    port?: number;
    /**
     * Keep an append-only file in this directory (`appendonly yes`, fsync every write), so that a server
     * started again on the same directory has the data back; without it, nothing is saved.
     */
    appendOnlyDirectory?: string;
    /** More `redis-server` arguments (`["--rename-command", "CONFIG", ""]`, for a managed Redis's limits). */
    extraArguments?: string[];
  } = {},
): Promise<RedisServer> {
  const binary = options.binary ?? findRedisServer();
  let lastError: unknown;
  // A port found free may be taken before the server binds it: try a few.
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = options.port ?? (await freePort());
    const child = spawn(
      binary,
      [
        "--port",
        String(port),
        "--bind",
        "127.0.0.1",
        "--save",
        "",
        "--daemonize",
        "no",
        ...(options.appendOnlyDirectory === undefined
          ? ["--appendonly", "no"]
          : ["--appendonly", "yes", "--appendfsync", "always", "--dir", options.appendOnlyDirectory]),
        ...(options.extraArguments ?? []),
      ],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    try {
      await waitForReady(child, options.startTimeoutMs ?? 10_000);
    } catch (error) {
      lastError = error;
      child.kill("SIGKILL");
      continue;
    }
    const exited = new Promise<void>((resolve) => {
      if (child.exitCode !== null) resolve();
      else child.once("exit", () => resolve());
    });
    // Keep draining the pipes so the server never blocks on a full one.
    child.stdout?.resume();
    child.stderr?.resume();
    return {
      url: `redis://127.0.0.1:${port}`,
      port,
      async stop() {
        if (child.exitCode === null && child.signalCode === null) {
          child.kill("SIGTERM");
          const force = setTimeout(() => child.kill("SIGKILL"), 5_000);
          await exited;
          clearTimeout(force);
        }
      },
      async kill() {
        if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
        await exited;
      },
    };
  }
  throw lastError;
}
