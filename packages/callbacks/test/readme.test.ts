import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// The README's examples are the files of test/readme/, which the type check compiles: they must not drift apart.
describe("the README", () => {
  it.each(["route-handler.ts", "worker.ts", "long-running.ts"])("shows %s as it compiles", (file) => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const example = readFileSync(new URL(`./readme/${file}`, import.meta.url), "utf8");
    expect(readme).toContain(`\`\`\`ts\n${example}\`\`\``);
  });
});

describe("the root README", () => {
  it.each(["root-route-handler.ts", "root-worker.ts"])("shows %s as it compiles", (file) => {
    const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");
    const example = readFileSync(new URL(`./readme/${file}`, import.meta.url), "utf8");
    expect(readme).toContain(`\`\`\`ts\n${example}\`\`\``);
  });
});
