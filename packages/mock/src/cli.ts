#!/usr/bin/env node
import { parseArgs } from "node:util";
import { MockServerError, PROVIDERS, startMockServers } from "./index.js";

const usage = `Usage: gentask-mock [--lifecycle] [--port <first port>] [--host <host>]

Starts a mock server for each gentask provider (${PROVIDERS.join(", ")}) and prints
the base URL of each. Stop with Ctrl-C.

By default each provider gets Prism, answering from its spec's named examples
(choose one with the header "Prefer: example=<name>" or "Prefer: code=<status>").
With --lifecycle one stateful server serves all five: a created task is queued,
then running, then done, and a prompt containing "[fail]" (or the request header
"x-gentask-mock-outcome: fail") makes it fail. Callbacks are delivered; kie's are
signed with the key "gentask-mock-webhook-secret".

Options:
  --lifecycle        run the stateful lifecycle server instead of Prism
  --queued-ms <n>    lifecycle: how long a task stays queued (default 1000)
  --running-ms <n>   lifecycle: how long a task runs (default 2000)
  --port <n>         first port; provider n listens on port + n (default 4010)
  --host <h>         interface to listen on (default 127.0.0.1)
  -h, --help         show this help`;

async function main(): Promise<number> {
  let values: {
    port?: string;
    host?: string;
    help?: boolean;
    lifecycle?: boolean;
    "queued-ms"?: string;
    "running-ms"?: string;
  };
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: "string" },
        host: { type: "string" },
        help: { type: "boolean", short: "h" },
        lifecycle: { type: "boolean" },
        "queued-ms": { type: "string" },
        "running-ms": { type: "string" },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const port = Number(values.port ?? 4010);
  if (!Number.isInteger(port) || port < 1 || port > 65535 - PROVIDERS.length) {
    console.error(`--port must be a port number, got ${JSON.stringify(values.port)}.\n\n${usage}`);
    return 2;
  }
  const durations = { queuedMs: Number(values["queued-ms"] ?? 1000), runningMs: Number(values["running-ms"] ?? 2000) };
  if (!Object.values(durations).every((value) => Number.isFinite(value) && value >= 0)) {
    console.error(`--queued-ms and --running-ms must be numbers of milliseconds.\n\n${usage}`);
    return 2;
  }
  let servers: Awaited<ReturnType<typeof startMockServers>>;
  try {
    servers = await startMockServers({ port, host: values.host, lifecycle: values.lifecycle, ...durations });
  } catch (error) {
    console.error(error instanceof MockServerError ? error.message : error);
    return 1;
  }
  for (const [provider, url] of Object.entries(servers.urls)) console.log(`${provider.padEnd(9)} ${url}`);
  console.log("Mock servers are running; press Ctrl-C to stop.");
  await new Promise<void>((resolve) => {
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => resolve());
  });
  await servers.close();
  return 0;
}

process.exitCode = await main();
