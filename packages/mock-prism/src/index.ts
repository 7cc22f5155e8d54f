import { availableParallelism } from "node:os";
import { providerRegistry } from "@gentask/core";
import { findFreePort, findSpecsDirectory, MockServerError } from "@gentask/mock";
import { type PrismServer, startPrismServer } from "./prism.js";

export { type PrismServer, startPrismServer } from "./prism.js";

export interface StartPrismServersOptions {
  /** First port; the n-th provider (in name order) listens on `port + n`. Default: free ports chosen by the system. */
  port?: number | undefined;
  /** Interface to listen on. Default `127.0.0.1`. */
  host?: string | undefined;
  /** Which providers to start. Default: every provider gentask has a spec for. */
  providers?: readonly string[] | undefined;
  /** Folder holding `<provider>.yaml`. Default: the specs shipped with `@gentask/mock`. */
  specsDirectory?: string | undefined;
  /** How long to wait for each server to listen, from its own start (at most one per core starts at a time). Default 60 s. */
  startTimeoutMs?: number | undefined;
}

export interface PrismServers {
  /** Base URL of each provider's mock, to pass as a client's `baseUrl`. */
  urls: Record<string, string>;
  /** Stops every server; resolves once all processes exited. */
  close(): Promise<void>;
}

/** Every provider gentask has a spec for, in port order. */
export const prismProviders: readonly string[] = Object.keys(providerRegistry).sort();

/** Starts a Prism mock server per provider spec and resolves once all of them listen. */
export async function startPrismServers(options: StartPrismServersOptions = {}): Promise<PrismServers> {
  const host = options.host ?? "127.0.0.1";
  const providers = options.providers ?? prismProviders;
  const specsDirectory = options.specsDirectory ?? findSpecsDirectory();
  const firstPort = options.port;
  const start = async (provider: string): Promise<PrismServer> => {
    if (firstPort !== undefined) {
      const port = firstPort + prismProviders.indexOf(provider);
      return startPrismServer({ provider, port, host, specsDirectory, startTimeoutMs: options.startTimeoutMs });
    }
    // A free port can be taken by another process before Prism binds it: then try another, a few times.
    for (let attempt = 1; ; attempt++) {
      const port = await findFreePort(host);
      try {
        return await startPrismServer({ provider, port, host, specsDirectory, startTimeoutMs: options.startTimeoutMs });
      } catch (error) {
        if (attempt === 3 || !(error instanceof MockServerError && /in use|EADDRINUSE/.test(error.message)))
          throw error;
      }
    }
  };
  // At most one Prism per core starts at a time: each start is a few seconds of CPU, so all of them at once
  // would share every start budget, and a seventh spec would push the last ones past it. So each spec keeps
  // its own budget and the whole start grows with the number of specs.
  const started: PromiseSettledResult<PrismServer>[] = [];
  let next = 0;
  const startNext = async (): Promise<void> => {
    for (let index = next++; index < providers.length; index = next++) {
      started[index] = await start(providers[index] as string).then(
        (value) => ({ status: "fulfilled", value }) as const,
        (reason: unknown) => ({ status: "rejected", reason }) as const,
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(availableParallelism(), providers.length) }, startNext));
  const servers = started.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
  const close = async () => {
    await Promise.all(servers.map((server: PrismServer) => server.close()));
  };
  const failure = started.find((result) => result.status === "rejected");
  if (failure) {
    await close();
    throw failure.reason;
  }
  return { urls: Object.fromEntries(servers.map((server) => [server.provider, server.url])), close };
}
