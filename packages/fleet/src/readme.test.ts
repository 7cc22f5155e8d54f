import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// The README's example is test/readme-example.ts, which the type check compiles: they must not drift apart.
describe("the README", () => {
  it("shows the example that compiles", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const example = readFileSync(new URL("../test/readme-example.ts", import.meta.url), "utf8");
    expect(readme).toContain(`\`\`\`ts\n${example}\`\`\``);
  });
});
