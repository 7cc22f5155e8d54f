#!/usr/bin/env node
import { parseArgs } from "node:util";
import { providerRegistry } from "@gentask/core";
import { MockServerError } from "./errors.js";
import { FAIL_KEYWORD, MOCK_KIE_WEBHOOK_SECRET, OUTCOME_HEADER, startLifecycleServer } from "./lifecycle/server.js";

const usage = `Usage: gentask-mock [--port <port>] [--host <host>] [--queued-ms <ms>] [--running-ms <ms>]

Starts one stateful mock server for every gentask provider (${Object.keys(providerRegistry).join(", ")}) at
their production paths, and prints its base URL. Stop with Ctrl-C.

A created task is queued, then running, then done; a create request containing "${FAIL_KEYWORD}" (in its prompt,
say) or the header "${OUTCOME_HEADER}: fail" makes it fail. Requests are validated against the specs.
Callbacks are delivered; kie's are signed with the key "${MOCK_KIE_WEBHOOK_SECRET}".

Options:
  --port <n>         port to listen on (default 4010)
  --host <h>         interface to listen on (default 127.0.0.1)
  --queued-ms <n>    how long a task stays queued (default 1000)
  --running-ms <n>   how long a task runs (default 2000)
  -h, --help         show this help`;

async function main(): Promise<number> {
  let values: { port?: string; host?: string; help?: boolean; "queued-ms"?: string; "running-ms"?: string };
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: "string" },
        host: { type: "string" },
        help: { type: "boolean", short: "h" },
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
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`--port must be a port number, got ${JSON.stringify(values.port)}.\n\n${usage}`);
    return 2;
  }
  const durations = { queuedMs: Number(values["queued-ms"] ?? 1000), runningMs: Number(values["running-ms"] ?? 2000) };
  if (!Object.values(durations).every((value) => Number.isFinite(value) && value >= 0)) {
    console.error(`--queued-ms and --running-ms must be numbers of milliseconds.\n\n${usage}`);
    return 2;
  }
  let server: Awaited<ReturnType<typeof startLifecycleServer>>;
  try {
    server = await startLifecycleServer({ port, host: values.host, ...durations });
  } catch (error) {
    console.error(error instanceof MockServerError ? error.message : error);
    return 1;
  }
  // The handlers go in before the "press Ctrl-C" line: a signal right after it must stop the servers.
  const stopped = new Promise<void>((resolve) => {
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => resolve());
  });
  console.log(`Lifecycle mock of ${Object.keys(server.urls).join(", ")} at ${server.url}`);
  console.log("Press Ctrl-C to stop.");
  await stopped;
  await server.close();
  return 0;
}

process.exitCode = await main();
