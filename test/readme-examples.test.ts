// The README examples check (scripts/check-readme-examples.mjs): its extractor finds every TypeScript block,
// and its type check fails on a wrong block, so a README example that stops compiling fails the test command.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  extractTypeScriptBlocks,
  findReadmes,
  ReadmeExampleError,
  typeCheckBlocks,
} from "../scripts/lib/readme-examples.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));

const markdown = [
  "# Title", // 1
  "", // 2
  "```ts", // 3
  'const first = "one";', // 4
  "```", // 5
  "", // 6
  "```sh", // 7
  "npm install @gentask/veo", // 8
  "```", // 9
  "", // 10
  "1. In a list:", // 11
  "", // 12
  "   ```typescript", // 13
  "   const second = 2;", // 14
  "     const indented = true;", // 15
  "   ```", // 16
  "", // 17
  "````ts no-check a fragment of the handler above", // 18
  "```", // 19
  "````", // 20
  "~~~js", // 21
  "const notTypeScript = 1;", // 22
  "~~~", // 23
].join("\n");

describe("extractTypeScriptBlocks", () => {
  it("finds ts and typescript blocks, with the line of their first code line, and nothing else", () => {
    expect(extractTypeScriptBlocks(markdown)).toEqual([
      { line: 4, code: 'const first = "one";\n', skipReason: undefined },
      { line: 14, code: "const second = 2;\n  const indented = true;\n", skipReason: undefined },
      { line: 19, code: "```\n", skipReason: "a fragment of the handler above" },
    ]);
  });

  it("refuses a no-check without a reason, and a block that is never closed", () => {
    expect(() => extractTypeScriptBlocks("```ts no-check\nlet x;\n```\n", "a.md")).toThrow(ReadmeExampleError);
    expect(() => extractTypeScriptBlocks("text\n```ts\nlet x;\n", "b.md")).toThrow(/b\.md:2: .*never closed/);
  });

  it("finds every README of the repository, and every ts block in each", () => {
    const readmes = findReadmes(root);
    const packageReadmes = readdirSync(join(root, "packages")).map((name) => `packages/${name}/README.md`);
    expect(readmes).toEqual(expect.arrayContaining(["README.md", "examples/README.md", ...packageReadmes]));
    expect(readmes.some((readme) => readme.includes("node_modules"))).toBe(false);
    for (const readme of readmes) {
      const text = readFileSync(join(root, readme), "utf8");
      // An independent count of the opening fences of TypeScript blocks.
      const openings = text.match(/^ {0,3}(`{3,}|~{3,}) *(ts|typescript)\b/gim) ?? [];
      expect(extractTypeScriptBlocks(text, readme), readme).toHaveLength(openings.length);
    }
  });
});

describe("typeCheckBlocks", () => {
  it("passes a right block and fails a wrong one, pointing into the README", () => {
    const workDirectory = mkdtempSync(join(tmpdir(), "gentask-readme-test-"));
    try {
      const { ok, errors } = typeCheckBlocks(
        [
          {
            source: "right.md",
            line: 10,
            code: 'import { ApiError } from "@gentask/core";\nconst error: Error = new ApiError({ provider: "veo", status: 500, code: "internal_error" });\nconsole.log(await Promise.resolve(error.message));\n',
          },
          { source: "wrong.md", line: 20, code: 'const count: number = "three";\n' },
          {
            source: "private.md",
            line: 30,
            code: 'import { createPollerCore } from "@gentask/poller/core";\nconsole.log(createPollerCore);\n',
          },
        ],
        { root, workDirectory },
      );
      expect(ok).toBe(false);
      expect(errors.map(({ source, line, code }) => ({ source, line, code }))).toEqual([
        { source: "wrong.md", line: 20, code: "TS2322" },
        // Only what a package exports resolves.
        { source: "private.md", line: 30, code: "TS2307" },
      ]);
    } finally {
      rmSync(workDirectory, { recursive: true, force: true });
    }
  }, 60_000);
});
