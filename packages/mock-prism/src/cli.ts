#!/usr/bin/env node
import { parseArgs } from "node:util";
import { MockServerError } from "@gentask/mock";
import { prismProviders, startPrismServers } from "./index.js";

const usage = `Usage: gentask-mock-prism [--port <first port>] [--host <host>]

Starts Prism for each gentask provider spec (${prismProviders.join(", ")}) and prints the base URL of
each. Prism validates every request against the spec and answers from its named examples (choose one
with the header "Prefer: example=<name>" or "Prefer: code=<status>"). Stop with Ctrl-C.

Options:
  --port <n>   first port; the n-th provider listens on port + n (default 4010; 0: free
               ports chosen by the system)
  --host <h>   interface to listen on (default 127.0.0.1)
  -h, --help   show this help`;

async function main(): Promise<number> {
  let values: { port?: string; host?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: { port: { type: "string" }, host: { type: "string" }, help: { type: "boolean", short: "h" } },
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
  if (!Number.isInteger(port) || port < 0 || port > 65535 - prismProviders.length) {
    console.error(`--port must be a port number, got ${JSON.stringify(values.port)}.\n\n${usage}`);
    return 2;
  }
  let servers: Awaited<ReturnType<typeof startPrismServers>>;
  try {
    servers = await startPrismServers({ port: port === 0 ? undefined : port, host: values.host });
  } catch (error) {
    console.error(error instanceof MockServerError ? error.message : error);
    return 1;
  }
  // The handlers go in before the "press Ctrl-C" line: a signal right after it must stop the servers.
  const stopped = new Promise<void>((resolve) => {
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => resolve());
  });
  for (const [provider, url] of Object.entries(servers.urls)) console.log(`${provider.padEnd(9)} ${url}`);
  console.log("Prism mock servers are running; press Ctrl-C to stop.");
  await stopped;
  await servers.close();
  return 0;
}

process.exitCode = await main();
