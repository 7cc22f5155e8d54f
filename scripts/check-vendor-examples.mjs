// Checks the vendor's own JSON examples against our specs: a maintainer's tool, run by hand when the
// vendor's documentation changes (the vendor's files are not ours to commit, so CI cannot run it).
//
//   node scripts/check-vendor-examples.mjs <examples folder> [...]
//
// Each folder holds one JSON file per example and a manifest.json listing them:
//   [{ "file", "provider", "kind": "request" | "response" | "callback" | "error", "method", "path",
//      "status", "validJson", "sources": [...] }]
// Every example of a provider we have a spec for must validate against the schema of its operation in
// specs/<provider>.yaml, or be listed with its reason in the table "Vendor examples that do not conform"
// of docs/spec-conventions.md: a row naming the example's source file (`repo:path`) and its location.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repositoryRoot } from "./lib/provider-registry.mjs";

const build = spawnSync(
  join(repositoryRoot, "node_modules", ".bin", "turbo"),
  ["run", "build", "--filter=@gentask/mock...", "--output-logs=errors-only"],
  {
    cwd: repositoryRoot,
    stdio: "inherit",
    // turbo looks for the pinned pnpm in node_modules/.bin.
    env: { ...process.env, PATH: `${join(repositoryRoot, "node_modules", ".bin")}:${process.env.PATH}` },
  },
);
if (build.status !== 0) process.exit(build.status ?? 1);
const { describeSchemaErrors, loadSpec, schemaValidator, specOperations } = await import(
  join(repositoryRoot, "packages", "mock", "dist", "spec-documents.js")
);

const conventions = readFileSync(join(repositoryRoot, "docs", "spec-conventions.md"), "utf8");
const exceptionRows = conventions.split("\n").filter((line) => line.startsWith("|"));
const stripCommit = (source) => source.replace(/@[0-9a-f]{7,40}$/, "");
const isListed = (entry) =>
  (entry.sources ?? []).some((source) =>
    exceptionRows.some((row) => row.includes(stripCommit(source)) && row.includes(entry.location ?? "\u0000")),
  );
const specs = new Map();
const compile = schemaValidator();
const counts = { checked: 0, conform: 0, listed: 0, notJson: 0, failed: 0, otherProviders: 0 };

function schemasFor(spec, entry) {
  // A callback belongs to whichever operation sends it; an example shared by paths names the first.
  if (entry.kind === "callback") {
    return specOperations(spec).flatMap(({ operation }) =>
      Object.values(operation.callbacks ?? {}).flatMap((callback) =>
        Object.values(callback).map((item) => item?.post?.requestBody?.content?.["application/json"]?.schema),
      ),
    );
  }
  const path = String(entry.path).split(" ")[0];
  const operation = specOperations(spec).find(
    (candidate) => candidate.path === path && candidate.method === (entry.method ?? "post").toLowerCase(),
  )?.operation;
  if (!operation) return undefined;
  if (entry.kind === "request") return [operation.requestBody?.content?.["application/json"]?.schema];
  const responses = Object.entries(operation.responses ?? {});
  const byStatus = responses.filter(([status]) => String(entry.status) === status);
  const candidates =
    byStatus.length > 0
      ? byStatus
      : responses.filter(([status]) => (entry.kind === "error" ? Number(status) >= 400 : Number(status) < 400));
  return candidates.map(([, response]) => response?.content?.["application/json"]?.schema);
}

for (const folder of process.argv.slice(2)) {
  const manifest = JSON.parse(readFileSync(join(folder, "manifest.json"), "utf8"));
  for (const entry of manifest) {
    if (!specs.has(entry.provider)) {
      try {
        specs.set(entry.provider, loadSpec(entry.provider));
      } catch {
        specs.set(entry.provider, undefined);
      }
    }
    const spec = specs.get(entry.provider);
    // An example of a path under one of the spec's prefixes (`/flux/...`) is ours, documented or not yet.
    const prefix = (path) => String(path).split("/").slice(0, 2).join("/");
    const ours = spec && specOperations(spec).some((operation) => prefix(operation.path) === prefix(entry.path));
    if (!spec || (!ours && !String(entry.path).includes("{callback_url}"))) {
      counts.otherProviders += 1;
      continue;
    }
    counts.checked += 1;
    if (entry.validJson === false || !entry.file.endsWith(".json")) {
      counts.notJson += 1;
      if (isListed(entry)) counts.listed += 1;
      else {
        counts.failed += 1;
        console.log(
          `FAIL ${entry.file}: not JSON and not listed (${entry.sources?.[0] ?? ""} ${entry.location ?? ""})`,
        );
      }
      continue;
    }
    const value = JSON.parse(readFileSync(join(folder, entry.file), "utf8"));
    const schemas = spec ? (schemasFor(spec, entry) ?? []).filter(Boolean) : [];
    const problems = [];
    const conforms =
      schemas.length > 0 &&
      schemas.some((schema) => {
        const validate = compile(schema);
        if (validate(value)) return true;
        problems.push(...describeSchemaErrors(validate));
        return false;
      });
    if (conforms) {
      counts.conform += 1;
    } else if (isListed(entry)) {
      counts.listed += 1;
    } else {
      counts.failed += 1;
      const where = spec ? (schemas.length ? problems.slice(0, 4).join("; ") : "no operation/schema") : "no spec";
      console.log(
        `FAIL ${entry.file} ${entry.kind} ${entry.method ?? ""} ${entry.path} ${entry.status ?? ""}: ${where}`,
      );
    }
  }
}
console.log(
  `\n${counts.checked} vendor examples of our providers: ${counts.conform} conform, ${counts.listed} listed exceptions (${counts.notJson} not JSON), ${counts.failed} failing; ${counts.otherProviders} of other providers or endpoints skipped`,
);
process.exit(counts.failed > 0 ? 1 : 0);
