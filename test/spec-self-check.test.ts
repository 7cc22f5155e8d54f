// Every spec checks itself: `pnpm generate` reads each named status example with @gentask/core's classifier
// and the spec's `x-gentask`, and a wrong mapping fails it with the field to fix. These tests break a copy of
// a spec on purpose and run the real generate on it.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { family, repositoryRoot } from "./support/specs.js";

type Spec = Record<string, any>;

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** Runs `generate --check` on a folder holding only `name`'s spec, changed by `change`. */
function generateWith(name: string, change: (spec: Spec) => void) {
  const folder = mkdtempSync(join(tmpdir(), "gentask-self-check-"));
  folders.push(folder);
  cpSync(join(repositoryRoot, "specs", "common"), join(folder, "common"), { recursive: true });
  const spec = parse(readFileSync(join(repositoryRoot, "specs", `${name}.yaml`), "utf8")) as Spec;
  change(spec);
  writeFileSync(join(folder, `${name}.yaml`), stringify(spec));
  const result = spawnSync(process.execPath, ["scripts/generate.mjs", "--check", "--specs", folder], {
    cwd: repositoryRoot,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, stderr: result.stderr, stdout: result.stdout };
}

const aceData = family("acedata")[0];
const kie = family("kie")[0];

describe.runIf(aceData !== undefined)("an Ace Data spec that maps its records wrong", () => {
  const name = aceData?.name as string;

  it("fails generate naming x-gentask.record.items and the example", () => {
    const result = generateWith(name, (spec) => {
      spec["x-gentask"].record.items = "results";
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `specs/${name}.yaml: the status example \`succeeded\` (x-gentask.answers.succeeded)`,
    );
    expect(result.stderr).toContain('x-gentask.record.items ("results") finds no result item');
  });

  it("fails generate naming x-gentask.record.mediaUrls when the succeeded example has no URL there", () => {
    const result = generateWith(name, (spec) => {
      spec["x-gentask"].record.mediaUrls = ["no_such_url"];
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('x-gentask.record.mediaUrls (["no_such_url"]) finds no media URL');
  });

  it("accepts a spec without a model: modelPointer is optional", () => {
    const result = generateWith(name, (spec) => {
      delete spec["x-gentask"].common.modelPointer;
    });
    // The copy's facts differ from the committed registry (no model), so --check reports drift, not a spec error.
    expect(result.stderr).not.toContain("modelPointer");
    expect(result.stderr).toContain("Generated files differ from the specs");
  });
});

describe.runIf(kie !== undefined)("a kie spec", () => {
  it("fails generate naming x-gentask.record.failedWords when the failed example reads as running", () => {
    const result = generateWith(kie?.name as string, (spec) => {
      spec["x-gentask"].record.failedWords = ["error"];
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      "the status example `failed` (x-gentask.answers.failed) reads as pending, not failed",
    );
    expect(result.stderr).toContain('is in x-gentask.record.failedWords (["error"])');
  });

  it("may not say record.items: kie records are the item", () => {
    const result = generateWith(kie?.name as string, (spec) => {
      spec["x-gentask"].record.items = "data";
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("x-gentask/record/items boolean schema is false");
  });
});
