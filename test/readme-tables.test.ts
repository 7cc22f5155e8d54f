// The READMEs' lists that must follow the registry: the root README's package table names every package of
// packages/ (`pnpm new-provider` writes a new provider's row), and each provider's README names every method of
// its client that starts a task.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { packageTableFolders, withPackageRow } from "../scripts/lib/package-table.mjs";
import { providers } from "./support/specs.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const rootReadme = readFileSync(join(root, "README.md"), "utf8");

describe("the root README's package table", () => {
  const listed = packageTableFolders(rootReadme);

  it("lists every provider of the registry", () => {
    const missing = providers.map((facts) => facts.name).filter((name) => !listed.includes(name));
    expect(missing, "providers missing from README.md's package table (pnpm new-provider writes the row)").toEqual([]);
  });

  it("lists every package, each once", () => {
    const folders = readdirSync(join(root, "packages")).sort();
    expect([...listed].sort()).toEqual(folders);
  });

  it("gets a new provider's row after the providers, once", () => {
    const markdown =
      "| package | what |\n| --- | --- |\n| [`@gentask/a`](packages/a) | A |\n| [`@gentask/core`](packages/core) | C |\n";
    const added = withPackageRow(markdown, "b", "B (video)", ["a"]);
    expect(packageTableFolders(added)).toEqual(["a", "b", "core"]);
    expect(withPackageRow(added, "b", "B (video)", ["a"])).toBe(added);
    expect(() => withPackageRow("# no table\n", "b", "B", ["a"])).toThrow(/no package table/);
  });
});

describe.each(providers.map((facts) => [facts.name, facts] as const))("packages/%s/README.md", (name, facts) => {
  it("names every method that starts a task", () => {
    const readme = readFileSync(join(root, "packages", name, "README.md"), "utf8");
    const missing = Object.keys(facts.starters).filter((method) => !readme.includes(`${method}(`));
    expect(missing, `methods of the ${name} client the README never names`).toEqual([]);
  });
});
