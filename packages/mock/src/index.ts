import { startLifecycleServer } from "./lifecycle-server.js";
import {
  findFreePort,
  findSpecsDirectory,
  PROVIDERS,
  type PrismServer,
  type Provider,
  startPrismServer,
} from "./prism.js";

export {
  FAIL_KEYWORD,
  type LifecycleServer,
  type LifecycleServerOptions,
  MOCK_KIE_WEBHOOK_SECRET,
  OUTCOME_HEADER,
  startLifecycleServer,
} from "./lifecycle-server.js";
export { assertPortFree, findSpecsDirectory, MockServerError, PROVIDERS, type Provider } from "./prism.js";

export interface StartMockServersOptions {
  /** First port; provider n listens on `port + n` in the order of `PROVIDERS`. Default: free ports chosen by the system. */
  port?: number;
  /** Interface to listen on. Default `127.0.0.1`. */
  host?: string;
  /** Which providers to start. Default: all five. */
  providers?: readonly Provider[];
  /** Folder holding `<provider>.yaml`. Default: the specs shipped with this package. */
  specsDirectory?: string;
  /** How long to wait for each server to listen. Default 30 s. */
  startTimeoutMs?: number;
  /**
   * Start the stateful lifecycle server instead of Prism: created tasks move from queued to running to
   * done over `queuedMs` + `runningMs`, and every provider is served on one port (`port` itself).
   */
  lifecycle?: boolean;
  /** Lifecycle mode: how long a task stays queued, in ms (default 1000). */
  queuedMs?: number;
  /** Lifecycle mode: how long a task runs, in ms (default 2000). */
  runningMs?: number;
}

export interface MockServers {
  /** Base URL of each provider's mock, to pass as a client's `baseUrl`. */
  urls: Record<Provider, string>;
  /** Stops every server; resolves once all processes exited. */
  close(): Promise<void>;
}

/** Starts a Prism mock server per provider spec and resolves once all of them listen. */
export async function startMockServers(options: StartMockServersOptions = {}): Promise<MockServers> {
  const host = options.host ?? "127.0.0.1";
  if (options.lifecycle) {
    const server = await startLifecycleServer({
      port: options.port,
      host,
      queuedMs: options.queuedMs,
      runningMs: options.runningMs,
    });
    return { urls: server.urls, close: () => server.close() };
  }
  const providers = options.providers ?? PROVIDERS;
  const specsDirectory = options.specsDirectory ?? findSpecsDirectory();
  const firstPort = options.port;
  const ports = await Promise.all(
    providers.map((provider) =>
      firstPort === undefined ? findFreePort(host) : Promise.resolve(firstPort + PROVIDERS.indexOf(provider)),
    ),
  );
  const started = await Promise.allSettled(
    providers.map((provider, index) =>
      startPrismServer({
        provider,
        port: ports[index] as number,
        host,
        specsDirectory,
        startTimeoutMs: options.startTimeoutMs,
      }),
    ),
  );
  const servers = started.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
  const close = async () => {
    await Promise.all(servers.map((server: PrismServer) => server.close()));
  };
  const failure = started.find((result) => result.status === "rejected");
  if (failure) {
    await close();
    throw failure.reason;
  }
  return {
    urls: Object.fromEntries(servers.map((server) => [server.provider, server.url])) as Record<Provider, string>,
    close,
  };
}
