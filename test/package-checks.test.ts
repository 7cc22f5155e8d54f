// The package checks of scripts/check-packages.mjs: each fails on what it guards against, and every package of
// the repository passes the ones that need no tarball.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type Manifest, metadataProblems, readmeProblems, tarballProblems } from "../scripts/lib/package-checks.mjs";

const packagesDirectory = new URL("../packages/", import.meta.url);
const rootManifest: Manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const names = readdirSync(packagesDirectory).sort();

const goodManifest: Manifest = {
  name: "@gentask/example",
  description: "An example.",
  keywords: ["gentask"],
  homepage: "https://github.com/gentask/gentask/tree/main/packages/example#readme",
  bugs: { url: "https://github.com/gentask/gentask/issues" },
  repository: { type: "git", url: "git+https://github.com/gentask/gentask.git", directory: "packages/example" },
  license: "MIT",
  type: "module",
  engines: { node: ">=20.19" },
  bin: { example: "./bin/example.js" },
  files: ["bin", "dist", "specs", "!src/**/*.test.ts"],
};
const goodReadme = [
  "# @gentask/example",
  "",
  "```sh",
  "npm install @gentask/example @gentask/poller",
  "```",
  "",
  "ESM-only. See [the poller](https://www.npmjs.com/package/@gentask/poller) and [options](#options).",
].join("\n");

describe("metadataProblems", () => {
  it("passes the metadata every package needs", () => {
    expect(metadataProblems(goodManifest, "example", rootManifest)).toEqual([]);
  });

  it("names each field that is missing or differs", () => {
    const { repository: _repository, ...withoutRepository } = goodManifest;
    expect(metadataProblems({ ...withoutRepository, engines: { node: ">=20" } }, "example", rootManifest)).toEqual([
      expect.stringMatching(/^"repository" is undefined/),
      expect.stringMatching(/^"engines" is \{"node":">=20"\}/),
    ]);
    expect(metadataProblems({ ...goodManifest, license: "ISC", keywords: [] }, "example", rootManifest)).toEqual([
      expect.stringMatching(/^"license"/),
      '"keywords" is empty',
    ]);
    expect(metadataProblems(goodManifest, "other", rootManifest).join("\n")).toMatch(/"repository"[\s\S]*"homepage"/);
  });

  it.each(names)("passes packages/%s/package.json", (name) => {
    const manifest = JSON.parse(readFileSync(new URL(`${name}/package.json`, packagesDirectory), "utf8"));
    expect(metadataProblems(manifest, name, rootManifest)).toEqual([]);
  });
});

describe("readmeProblems", () => {
  it("passes an install line, the ESM note and absolute links", () => {
    expect(readmeProblems(goodReadme, "@gentask/example")).toEqual([]);
  });

  it("fails a relative link, a missing install line and a missing ESM note", () => {
    expect(
      readmeProblems(
        goodReadme.replace("https://www.npmjs.com/package/@gentask/poller", "../poller"),
        "@gentask/example",
      ),
    ).toEqual(['the README links to "../poller", which breaks on npm']);
    expect(readmeProblems(goodReadme, "@gentask/other")).toEqual([
      "the README shows no `npm install` line for @gentask/other",
    ]);
    expect(readmeProblems(goodReadme.replace("ESM-only.", ""), "@gentask/example")).toEqual([
      "the README does not say the package is ESM-only",
    ]);
  });
});

describe("tarballProblems", () => {
  const files = ["LICENSE", "README.md", "package.json", "bin/example.js", "dist/index.js", "specs/veo.yaml"];

  it("passes a tarball with LICENSE, README, package.json and every bin", () => {
    expect(tarballProblems(files, goodManifest)).toEqual([]);
  });

  it("names what the tarball lacks", () => {
    expect(tarballProblems(["package.json", "dist/index.js"], goodManifest)).toEqual([
      "the tarball has no LICENSE",
      "the tarball has no README.md",
      "the tarball has no bin/example.js",
      'the tarball has nothing of "bin", which "files" lists',
      'the tarball has nothing of "specs", which "files" lists',
    ]);
  });
});
