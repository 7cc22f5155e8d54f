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
  /** How long to wait for each server to listen. Default 30 s. */
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
  const started = await Promise.allSettled(providers.map(start));
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
