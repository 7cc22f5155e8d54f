// What the command line says before any request: every help line fits 100 columns, an unknown option's error
// reads as a sentence with its quotes closed, and a missing key next to --base-url says a mock takes any key.
import { describe, expect, it } from "vitest";
import { providers } from "../../../test/support/specs.js";
import { EXIT, HELP_WIDTH, main } from "./main.js";

const [first] = providers;
if (first === undefined) throw new Error("The registry has no provider.");

async function run(argv: string[], env: Record<string, string> = {}) {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: { write: (text: string) => (stdout += text), isTTY: false, columns: 80, rows: 24 },
    stderr: { write: (text: string) => (stderr += text) },
    env,
  });
  return { code, stdout, stderr };
}

describe("help", () => {
  it.each([[[]], [["get"]], [["wait"]], [["create"]], [["demo"]]])(
    `gentask %j --help fits ${HELP_WIDTH} columns`,
    async (argv) => {
      const { code, stdout } = await run([...argv, "--help"]);
      expect(code).toBe(EXIT.ok);
      const tooWide = stdout.split("\n").filter((line) => line.length > HELP_WIDTH);
      expect(tooWide).toEqual([]);
    },
  );

  it("lists every provider's default model under --model", async () => {
    const { stdout } = await run(["create", "--help"]);
    const models = stdout.slice(stdout.indexOf("--model"), stdout.indexOf("--wait")).replace(/\s+/g, " ");
    for (const facts of providers) expect(models).toContain(`${facts.name} ${facts.common.model}`);
  });
});

describe("usage errors", () => {
  it.each([
    ["wait", first.name, "x", "--colour"],
    ["create", first.name, "--prompt", "x", "-q"],
  ])("an unknown option (%s ... %s) is named once, with its quotes closed", async (...argv) => {
    const { code, stderr } = await run(argv, { [first.apiKeyVariable]: "any" });
    expect(code).toBe(EXIT.usage);
    const [sentence] = stderr.split("\n");
    const option = argv.at(-1) as string;
    expect(sentence).toBe(`gentask: Unknown option "${option}" for gentask ${argv[0]}.`);
  });

  it("a missing key with --base-url says that a mock accepts any value", async () => {
    const withBaseUrl = await run(["get", first.name, "x", "--base-url", "http://127.0.0.1:4010"]);
    expect(withBaseUrl.code).toBe(EXIT.usage);
    expect(withBaseUrl.stderr).toContain(
      `No API key for ${first.name}: set ${first.apiKeyVariable} in the environment. ` +
        `A mock such as gentask-mock accepts any value: ${first.apiKeyVariable}=any.`,
    );
    const production = await run(["get", first.name, "x"]);
    expect(production.stderr).toContain(`set ${first.apiKeyVariable} in the environment.`);
    expect(production.stderr).not.toContain("gentask-mock");
  });
});
