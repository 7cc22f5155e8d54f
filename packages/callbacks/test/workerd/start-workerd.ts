// Starts Cloudflare's workerd (the `workerd` npm package's binary) on a 127.0.0.1 port with a generated
// config, serving one Worker bundled with esbuild from the packages' sources. `stop()` ends it (SIGTERM, then
// SIGKILL); call it in an `afterAll` so that it runs when tests fail.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { type AddressInfo, createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const packagesDirectory = fileURLToPath(new URL("../../../", import.meta.url));

export interface Workerd {
  url: string;
  /** What workerd printed (its errors, the Worker's uncaught exceptions). */
  readonly output: string;
  stop(): Promise<void>;
}

/** Bundles a Worker or a page script from TypeScript, for browsers and workerd, resolving every `@gentask/<name>` to its package's source. */
export async function bundleEntry(entry: string): Promise<string> {
  const { readdirSync } = await import("node:fs");
  const alias = Object.fromEntries(
    readdirSync(packagesDirectory).map((name) => [
      `@gentask/${name}`,
      join(packagesDirectory, name, "src", "index.ts"),
    ]),
  );
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    platform: "browser",
    conditions: ["workerd", "worker", "browser"],
    target: "es2022",
    write: false,
    logLevel: "error",
    alias,
  });
  return result.outputFiles[0]?.text ?? "";
}

const capnpString = (text: string) => JSON.stringify(text);

async function waitForHealth(url: string, child: ChildProcess, output: () => string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`workerd exited with ${child.exitCode}:\n${output()}`);
    try {
      const answer = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1_000) });
      await answer.arrayBuffer();
      if (answer.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`workerd did not answer within ${timeoutMs} ms:\n${output()}`);
}

/** A listening 127.0.0.1 socket on a port the system chose, and its file descriptor (for a child to inherit). */
async function listeningSocket(): Promise<{ server: Server; port: number; descriptor: number }> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  // Node keeps the descriptor on the server's handle; there is no public accessor for it.
  const descriptor = (server as unknown as { _handle?: { fd?: number } })._handle?.fd;
  if (typeof descriptor !== "number" || descriptor < 0) {
    server.close();
    throw new Error("The listening socket has no file descriptor to hand to workerd.");
  }
  return { server, port: (server.address() as AddressInfo).port, descriptor };
}

/**
 * Serves the bundled Worker on workerd with `bindings` as text bindings. workerd listens on a socket this
 * process opened on port 0 and hands over (`--socket-fd`), so no other server can take its port meanwhile.
 */
export async function startWorkerd(workerSource: string, bindings: Record<string, string>): Promise<Workerd> {
  const require = createRequire(import.meta.url);
  const binary = join(dirname(require.resolve("workerd/package.json")), "bin", "workerd");
  const directory = mkdtempSync(join(tmpdir(), "gentask-workerd-"));
  writeFileSync(join(directory, "worker.js"), workerSource);
  const config = `using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "main", worker = .worker),
    # The Worker's fetch() may reach the mock on 127.0.0.1.
    (name = "internet", network = (allow = ["public", "private", "local"])),
  ],
  # The address is replaced by the socket handed over with --socket-fd.
  sockets = [(name = "http", address = "127.0.0.1:0", http = (), service = "main")],
);

const worker :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed "worker.js")],
  compatibilityDate = "2025-09-01",
  bindings = [
${Object.entries(bindings)
  .map(([name, value]) => `    (name = ${capnpString(name)}, text = ${capnpString(value)}),`)
  .join("\n")}
  ],
);
`;
  writeFileSync(join(directory, "config.capnp"), config);
  const socket = await listeningSocket();
  // The socket is the child's descriptor 3; this process closes its own copy at once, so that only
  // workerd accepts connections on it.
  const child = spawn(binary, ["serve", join(directory, "config.capnp"), "--verbose", "--socket-fd", "http=3"], {
    stdio: ["ignore", "pipe", "pipe", socket.descriptor],
  });
  socket.server.close();
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const force = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(force);
    }
  };
  const url = `http://127.0.0.1:${socket.port}`;
  try {
    await waitForHealth(url, child, () => output, 30_000);
  } catch (error) {
    await stop();
    rmSync(directory, { recursive: true, force: true });
    throw error;
  }
  return {
    url,
    get output() {
      return output;
    },
    async stop() {
      await stop();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
