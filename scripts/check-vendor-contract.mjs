// Drives our clients against Prism serving the vendor's own OpenAPI files: a maintainer's tool, run by hand
// (the vendor's files are not ours to commit, so CI cannot run it).
//
//   node scripts/check-vendor-contract.mjs <vendor openapi .json>...
//
// For each file, every request our client builds for the paths it documents (each start operation with
// each of our spec's request examples, and the status reads) goes to Prism serving the vendor's file;
// Prism's `sl-violations` header lists what the vendor's spec refuses in the request, headers included.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { readProviderRegistry, repositoryRoot } from "./lib/provider-registry.mjs";

const build = await import("node:child_process").then(({ spawnSync }) =>
  spawnSync(
    join(repositoryRoot, "node_modules", ".bin", "turbo"),
    ["run", "build", "--filter=@gentask/mock...", "--output-logs=errors-only"],
    {
      cwd: repositoryRoot,
      stdio: "inherit",
      env: { ...process.env, PATH: `${join(repositoryRoot, "node_modules", ".bin")}:${process.env.PATH}` },
    },
  ),
);
if (build.status !== 0) process.exit(1);
const { connectProvider } = await import(join(repositoryRoot, "packages", "core", "dist", "index.js"));
const { loadSpec, namedExamples } = await import(join(repositoryRoot, "packages", "mock", "dist", "index.js"));

const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

/** Prism on a port found free; another process may take it before Prism binds it: then another port, a few times. */
async function startPrism(file) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startPrismOn(file, await freePort());
    } catch (error) {
      if (attempt === 3 || !/EADDRINUSE/.test(error.message)) throw error;
    }
  }
}

async function startPrismOn(file, port) {
  const prism = join(repositoryRoot, "node_modules", "@stoplight", "prism-cli", "dist", "index.js");
  const child = spawn(process.execPath, [prism, "mock", file, "--port", String(port), "--host", "127.0.0.1"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Prism did not start for ${file}:\n${output}`)), 60_000);
    const onData = (chunk) => {
      output += chunk;
      if (output.includes("Prism is listening")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", () => reject(new Error(`Prism exited for ${file}:\n${output}`)));
  });
  child.stdout.resume();
  child.stderr.resume();
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill("SIGKILL") };
}

const registry = readProviderRegistry();
let failures = 0;
for (const file of process.argv.slice(2)) {
  const vendorPaths = Object.keys(JSON.parse(readFileSync(file, "utf8")).paths ?? {});
  const facts = registry.find((candidate) =>
    vendorPaths.some((path) => path === candidate.statusPath || Object.values(candidate.starters).includes(path)),
  );
  if (!facts) {
    console.log(`skip ${file}: none of its paths is one of ours`);
    continue;
  }
  const prism = await startPrism(file);
  const violations = [];
  let requests = 0;
  const fetchRecording = async (request) => {
    requests += 1;
    const response = await fetch(request);
    // Only what the vendor's spec refuses in our request counts; Prism also reports where the vendor's own
    // example answers miss the vendor's own schemas, which says nothing about our client.
    const refused = JSON.parse(response.headers.get("sl-violations") ?? "[]").filter(
      (violation) => violation.location?.[0] === "request",
    );
    if (refused.length > 0) {
      const what = refused.map((violation) => violation.message).join("; ");
      violations.push(`${request.method} ${new URL(request.url).pathname}: ${what.slice(0, 300)}`);
    }
    return response;
  };
  const connection = connectProvider(facts, {
    apiKey: "vendor-contract-key",
    baseUrl: prism.url,
    fetch: fetchRecording,
  });
  try {
    const examples = namedExamples(loadSpec(facts.name)).filter(
      (example) => example.status === "request" && vendorPaths.includes(example.path),
    );
    for (const example of examples) {
      if (Object.hasOwn(facts.starters, example.operationId)) {
        await connection.start(example.operationId, example.value).catch(() => undefined);
      }
    }
    if (vendorPaths.includes(facts.statusPath)) {
      await connection.tasks.read(["a-task-id"]).catch(() => undefined);
      if (facts.batchSize > 1) await connection.tasks.read(["a-task-id", "another-task-id"]).catch(() => undefined);
    }
  } finally {
    prism.stop();
  }
  failures += violations.length;
  console.log(
    `${violations.length === 0 ? "ok  " : "FAIL"} ${file}: ${requests} requests from the ${facts.name} client, ${violations.length} refused`,
  );
  for (const violation of violations) console.log(`     ${violation}`);
}
process.exit(failures > 0 ? 1 : 0);
