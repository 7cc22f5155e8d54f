import { createServer } from "node:net";
import { MockServerError } from "./errors.js";

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
