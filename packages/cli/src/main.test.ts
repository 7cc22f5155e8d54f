// The `gentask` command line in-process, against the lifecycle mock and small servers of its own: every
// provider of the registry, every exit code each command's --help states, JSON lines whenever the
// output is not a terminal, and an API key that never shows.
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { FAIL_KEYWORD, type LifecycleServer, startLifecycleServer } from "@gentask/mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ClosedPort, holdClosedPort } from "../../../test/support/closed-port.js";
import { providers } from "../../../test/support/specs.js";
import { EXIT, type Io, main, parseDuration } from "./main.js";

const SECRET = "sk-test-SECRET-0123456789";
const keyVariables = [...new Set(providers.map((facts) => facts.apiKeyVariable))];
const allKeys = (key: string) => Object.fromEntries(keyVariables.map((variable) => [variable, key]));
const [first] = providers;
if (first === undefined) throw new Error("The registry has no provider.");
const provider = first.name;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout as JSON lines: every line must parse. */
  lines(): Record<string, any>[];
}

/** Runs the command in-process; stdout is a pipe unless `tty`. Fails the test if the key shows anywhere. */
async function run(
  argv: string[],
  options: { tty?: boolean; env?: Record<string, string | undefined>; secrets?: string[] } = {},
): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: {
      write: (text: string) => (stdout += text),
      isTTY: options.tty ?? false,
      columns: 80,
      rows: 24,
    },
    stderr: { write: (text: string) => (stderr += text) },
    env: options.env ?? allKeys(SECRET),
  };
  const code = await main(argv, io);
  for (const secret of options.secrets ?? [SECRET]) expect(`${stdout}${stderr}`).not.toContain(secret);
  return {
    code,
    stdout,
    stderr,
    lines: () =>
      stdout
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line)),
  };
}

/** The exit codes a --help lists under "Exit codes:". */
async function exitCodesInHelp(command: string | undefined): Promise<number[]> {
  const help = (await run(command === undefined ? ["--help"] : [command, "--help"])).stdout;
  const section = help.split("Exit codes:")[1] ?? "";
  return [...section.matchAll(/^ {2}(\d) {2}/gm)].map((match) => Number(match[1]));
}

let mock: LifecycleServer;
let slow: LifecycleServer;
/** Refuses every connection, and stays so: no server of another test can take its port. */
let closed: ClosedPort;
let closedUrl: string;
/** Answers every request 401 with the caller's Authorization header in the message, as a careless provider might. */
let echoingUrl: string;
let echoing: ReturnType<typeof createServer>;

beforeAll(async () => {
  // Tasks finish 150 ms after creation; the commands check every 50 ms.
  mock = await startLifecycleServer({ queuedMs: 50, runningMs: 100 });
  slow = await startLifecycleServer({ queuedMs: 600_000, runningMs: 600_000 });
  closed = await holdClosedPort();
  closedUrl = closed.url;
  echoing = createServer((request: IncomingMessage, response: ServerResponse) => {
    request.resume();
    const echoed = `the key ${String(request.headers.authorization)} is not valid`;
    response
      .writeHead(401, { "content-type": "application/json" })
      .end(JSON.stringify({ code: 401, msg: echoed, error: { code: "invalid_token", message: echoed } }));
  });
  await new Promise<void>((resolve) => echoing.listen(0, "127.0.0.1", resolve));
  echoingUrl = `http://127.0.0.1:${(echoing.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await Promise.all([mock.close(), slow.close(), closed.release(), new Promise((resolve) => echoing.close(resolve))]);
});

const fast = ["--interval", "50ms", "--timeout", "20s"];

async function createdTask(name: string, prompt: string, url = mock.url): Promise<string> {
  const created = await run(["create", name, "--prompt", prompt, "--base-url", url]);
  expect(created.code, created.stderr).toBe(EXIT.ok);
  const [line] = created.lines();
  return line?.id as string;
}

/** What each command is run with for each exit code its --help states. */
type Case = { name: string; code: number; run: () => Promise<Run>; check?: (result: Run) => void };
const cases: Record<string, Case[]> = {
  main: [
    { name: "--help", code: 0, run: () => run(["--help"]), check: (r) => expect(r.stdout).toMatch(/Commands:/) },
    {
      name: "--version prints the package's version",
      code: 0,
      run: () => run(["--version"]),
      check: (result) => {
        const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
        expect(result.stdout).toBe(`${manifest.version}\n`);
      },
    },
    { name: "no command", code: 2, run: () => run([]), check: (r) => expect(r.stderr).toMatch(/Name a command/) },
    {
      name: "an unknown command",
      code: 2,
      run: () => run(["frobnicate"]),
      check: (result) => expect(result.stderr).toMatch(/Unknown command "frobnicate"/),
    },
  ],
  get: [
    {
      name: "running tasks, as JSON lines when piped",
      code: 0,
      // On the slow mock: on the fast one a loaded machine may take the 150 ms the task runs between the two commands.
      run: async () => run(["get", provider, await createdTask(provider, "a fox", slow.url), "--base-url", slow.url]),
      check: (result) => expect(result.lines()).toMatchObject([{ provider, state: "pending", urls: [] }]),
    },
    {
      name: "an unknown task",
      code: 1,
      run: () => run(["get", provider, "no-such-task", "--base-url", mock.url]),
      check: (result) => expect(result.lines()).toMatchObject([{ id: "no-such-task", state: "not_found" }]),
    },
    {
      name: "a failed task",
      code: 1,
      run: async () => {
        const id = await createdTask(provider, `a fox ${FAIL_KEYWORD}`);
        expect((await run(["wait", provider, id, "--base-url", mock.url, ...fast])).code).toBe(EXIT.taskFailed);
        return run(["get", provider, id, "--base-url", mock.url]);
      },
      check: (result) =>
        expect(result.lines()).toMatchObject([{ state: "failed", error: { message: expect.any(String) } }]),
    },
    {
      name: "a closed port",
      code: 1,
      run: () => run(["get", provider, "some-task", "--base-url", closedUrl]),
      check: (result) =>
        expect(result.stderr).toMatch(`could not read ${provider} tasks at ${closedUrl}: connection refused`),
    },
    {
      name: "a malformed --base-url",
      code: 2,
      run: () => run(["get", provider, "x", "--base-url", "127.0.0.1:8080"]),
      check: (result) => expect(result.stderr).toMatch(/--base-url must be an absolute http or https URL/),
    },
    {
      name: "no API key",
      code: 2,
      run: () => run(["get", provider, "x"], { env: {} }),
      check: (result) => expect(result.stderr).toMatch(`set ${first.apiKeyVariable} in the environment`),
    },
    {
      name: "a refused key the provider echoes",
      code: 2,
      run: () => run(["get", provider, "x", "--base-url", echoingUrl]),
      check: (result) => expect(result.stderr).toMatch(`the key in ${first.apiKeyVariable} was refused (HTTP 401`),
    },
  ],
  wait: [
    {
      name: "a task that succeeds",
      code: 0,
      run: async () => run(["wait", provider, await createdTask(provider, "a boat"), "--base-url", mock.url, ...fast]),
      check: (result) =>
        expect(result.lines()).toMatchObject([{ state: "succeeded", urls: [expect.stringMatching(/^http:\/\/127/)] }]),
    },
    {
      name: "a task that fails",
      code: 1,
      run: async () =>
        run(["wait", provider, await createdTask(provider, `a boat ${FAIL_KEYWORD}`), "--base-url", mock.url, ...fast]),
      check: (result) =>
        expect(result.lines()).toMatchObject([{ state: "failed", error: { name: "TaskFailedError" } }]),
    },
    {
      name: "a refused key",
      code: 2,
      run: () => run(["wait", provider, "some-task", "--base-url", echoingUrl, ...fast]),
      check: (result) =>
        expect(result.lines()).toMatchObject([{ state: "error", error: { name: "ApiError", status: 401 } }]),
    },
    {
      name: "a malformed duration",
      code: 2,
      run: () => run(["wait", provider, "x", "--timeout", "soon"]),
      check: (result) => expect(result.stderr).toMatch(/--timeout must be a positive duration/),
    },
    {
      name: "a timeout, with a handle and the command that resumes",
      code: 3,
      run: async () =>
        run([
          "wait",
          provider,
          await createdTask(provider, "a cat", slow.url),
          "--base-url",
          slow.url,
          "--interval",
          "50ms",
          "--timeout",
          "300ms",
        ]),
      check: (result) => {
        const [line] = result.lines();
        expect(line).toMatchObject({ state: "timeout", handle: { taskId: line?.id } });
        expect(line?.resume).toBe(`gentask wait ${provider} ${line?.id} --base-url ${slow.url}`);
        expect(line?.error.message).not.toMatch(/waitForTask|handle\)/);
      },
    },
    {
      name: "a closed port: the last error at the end",
      code: 3,
      run: () =>
        run(["wait", provider, "some-task", "--base-url", closedUrl, "--interval", "100ms", "--timeout", "2s"]),
      check: (result) =>
        expect(result.lines()).toMatchObject([
          { state: "timeout", lastError: { code: "network_error", message: "connection refused" } },
        ]),
    },
  ],
  create: [
    {
      name: "a task created, as a JSON line when piped",
      code: 0,
      run: () => run(["create", provider, "--prompt", "an owl", "--base-url", mock.url]),
      check: (result) => expect(result.lines()).toEqual([{ provider, id: expect.any(String) }]),
    },
    {
      name: "--wait for a task that fails",
      code: 1,
      run: () =>
        run(["create", provider, "--prompt", `an owl ${FAIL_KEYWORD}`, "--wait", "--base-url", mock.url, ...fast]),
      check: (result) => expect(result.lines()).toMatchObject([{ state: "failed" }]),
    },
    {
      name: "a closed port",
      code: 1,
      run: () => run(["create", provider, "--prompt", "an owl", "--base-url", closedUrl]),
      check: (result) => expect(result.stderr).toMatch(/connection refused/),
    },
    {
      name: "no --prompt",
      code: 2,
      run: () => run(["create", provider]),
      check: (result) => expect(result.stderr).toMatch(/--prompt is required/),
    },
    {
      name: "a refused key",
      code: 2,
      run: () => run(["create", provider, "--prompt", "an owl", "--base-url", echoingUrl]),
      check: (result) => expect(result.stderr).toMatch(first.apiKeyVariable),
    },
    {
      name: "--wait that times out",
      code: 3,
      run: () =>
        run([
          "create",
          provider,
          "--prompt",
          "an owl",
          "--wait",
          "--base-url",
          slow.url,
          "--interval",
          "50ms",
          "--timeout",
          "300ms",
        ]),
      check: (result) => expect(result.lines()).toMatchObject([{ state: "timeout" }]),
    },
  ],
  demo: [
    {
      name: "against its own mock, as JSON lines when piped",
      code: 0,
      run: () => run(["demo", "--interval", "200ms"]),
      check: (result) => {
        const lines = result.lines();
        expect(lines).toHaveLength(providers.length * 2);
        for (const facts of providers) {
          const own = lines.filter((line) => line.provider === facts.name);
          expect(own.map((line) => [line.expected, line.state]).sort()).toEqual([
            ["failed", "failed"],
            ["succeeded", "succeeded"],
          ]);
        }
        expect(result.stderr).toMatch(`All ${providers.length * 2} tasks ended as expected.`);
      },
    },
    {
      name: "--live against another host",
      code: 0,
      run: () => run(["demo", "--live", "--base-url", mock.url, "--interval", "50ms"]),
      check: (result) => expect(result.lines().map((line) => line.state)).toEqual(providers.map(() => "succeeded")),
    },
    {
      name: "--live against a closed port",
      code: 1,
      run: () => run(["demo", "--live", "--base-url", closedUrl]),
      check: (result) => expect(result.stderr).toMatch(/connection refused/),
    },
    {
      name: "--live without any key",
      code: 2,
      run: () => run(["demo", "--live"], { env: {} }),
      check: (result) => expect(result.stderr).toMatch(keyVariables.join(" and/or ")),
    },
    {
      name: "--base-url without --live",
      code: 2,
      run: () => run(["demo", "--base-url", mock.url]),
      check: (result) => expect(result.stderr).toMatch(/--base-url needs --live/),
    },
    {
      name: "a timeout",
      code: 3,
      run: () => run(["demo", "--timeout", "300ms", "--interval", "50ms"]),
      check: (result) => expect(result.lines().every((line) => line.state === "timeout")).toBe(true),
    },
  ],
};

describe("exit codes, as each --help states them", () => {
  it.each(Object.keys(cases).filter((command) => command !== "main"))(
    "gentask %s --help lists exactly the codes tested here",
    async (command) => {
      const tested = [...new Set(cases[command]?.map((testCase) => testCase.code))].sort();
      expect(await exitCodesInHelp(command)).toEqual(tested);
    },
  );

  it("gentask --help lists every code a command can give", async () => {
    const tested = [...new Set(Object.values(cases).flatMap((list) => list.map((testCase) => testCase.code)))].sort();
    expect(await exitCodesInHelp(undefined)).toEqual(tested);
  });

  for (const [command, list] of Object.entries(cases)) {
    describe(command, () => {
      it.each(list.map((testCase) => [testCase.code, testCase.name, testCase] as const))(
        "exits %i: %s",
        async (code, _name, testCase) => {
          const result = await testCase.run();
          expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(code);
          testCase.check?.(result);
        },
      );
    });
  }
});

describe("every provider of the registry", () => {
  it.each(providers.map((facts) => [facts.name, facts] as const))(
    "%s: create --wait succeeds, and get reads the finished task",
    async (name) => {
      const created = await run([
        "create",
        name,
        "--prompt",
        "a lighthouse",
        "--wait",
        "--base-url",
        mock.url,
        ...fast,
      ]);
      expect(created.code, created.stderr).toBe(EXIT.ok);
      const [line] = created.lines();
      expect(line).toMatchObject({ provider: name, state: "succeeded" });
      const read = await run(["get", name, line?.id, "--base-url", mock.url]);
      expect(read.code).toBe(EXIT.ok);
      expect(read.lines()).toMatchObject([{ provider: name, id: line?.id, state: "succeeded" }]);
    },
  );
});

describe("usage errors name the flag or variable", () => {
  it.each([
    [["wait", "no-such-provider", "x"], /Unknown provider "no-such-provider"/],
    [["wait", provider], /at least one task id/],
    [["get"], /Name a provider/],
    [["wait", provider, "x", "--colour"], /Unknown option "--colour" for gentask wait\./],
    [["wait", provider, "x", "--interval", "0"], /--interval must be a positive duration/],
    [["wait", provider, "x", "--base-url", ""], /--base-url must be an absolute http or https URL/],
    [["wait", provider, "x", "--base-url", "ftp://127.0.0.1"], /--base-url must be an absolute http or https URL/],
    [["wait", provider, "x", "--base-url", "http://exa mple"], /--base-url must be an absolute http or https URL/],
    [["create", provider, "--prompt", "x", "extra"], /Unexpected argument "extra"/],
  ])("gentask %j exits 2", async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(EXIT.usage);
    expect(result.stderr).toMatch(message);
  });

  it("never speaks of library options", async () => {
    const missingKey = await run(["create", provider, "--prompt", "x"], { env: {} });
    expect(missingKey.stderr).not.toMatch(/apiKey|\{|waitForTask/);
  });

  it("parses durations", () => {
    expect(["90", "1.5s", "5m", "250ms", "1h"].map((text) => parseDuration(text, "--timeout"))).toEqual([
      90_000, 1_500, 300_000, 250, 3_600_000,
    ]);
  });
});

describe("the API key never shows", () => {
  it("refuses a key with a line break (read from a two-line file) with exit 2, naming the variable", async () => {
    const key = "sk-first-line-0123\nsk-second-line-4567";
    for (const argv of [
      ["get", provider, "x", "--base-url", mock.url],
      ["wait", provider, "x", "--base-url", mock.url],
      ["create", provider, "--prompt", "x", "--base-url", mock.url],
      ["demo", "--live", "--base-url", mock.url],
    ]) {
      const result = await run(argv, {
        env: allKeys(key),
        secrets: [key, "sk-first-line-0123", "sk-second-line-4567"],
      });
      expect(result.code).toBe(EXIT.usage);
      expect(result.stderr).toMatch(`${first.apiKeyVariable} holds a character HTTP cannot send`);
    }
  });

  it.each([
    ["a carriage return", "sk-carriage-0123\rrest-4567"],
    ["a NUL", "sk-nul-0123\u0000rest-4567"],
  ])("refuses a key with %s", async (_what, key) => {
    const result = await run(["get", provider, "x", "--base-url", mock.url], {
      env: allKeys(key),
      secrets: [key, ...key.split(/\p{Cc}/u)],
    });
    expect(result.code).toBe(EXIT.usage);
  });

  it("keeps a key the provider echoes out of every output, on a terminal too", async () => {
    for (const tty of [false, true]) {
      const waited = await run(["wait", provider, "some-task", "--base-url", echoingUrl, ...fast], { tty });
      expect(waited.code).toBe(EXIT.usage);
      expect(`${waited.stdout}${waited.stderr}`).toMatch(/\[redacted\]/);
    }
  });
});

describe("on a terminal", () => {
  it("draws the live view, then a summary with every id and result in full", async () => {
    const good = await createdTask(provider, "a lighthouse");
    const bad = await createdTask(provider, `a lighthouse ${FAIL_KEYWORD}`);
    const result = await run(["wait", provider, good, bad, "--base-url", mock.url, ...fast], { tty: true });
    expect(result.code).toBe(EXIT.taskFailed);
    expect(result.stdout).toContain("\u001b[?25l"); // the live view hid the cursor...
    expect(result.stdout).toContain("\u001b[?25h"); // ...and gave it back
    const summary = result.stdout.slice(result.stdout.lastIndexOf("\u001b[?25h"));
    expect(summary).toMatch(new RegExp(`${provider}\\s+${good}\\s+\\S*succeeded`));
    expect(summary).toMatch(new RegExp(`${provider}\\s+${bad}\\s+\\S*failed`));
    expect(summary).toMatch(`/media/${good}.`);
    expect(summary).toMatch("2 tasks: 1 succeeded, 1 failed.");
  });

  it("prints the id alone after create, and a table for get", async () => {
    const created = await run(["create", provider, "--prompt", "an owl", "--base-url", mock.url], { tty: true });
    const id = created.stdout.trim();
    expect(id).toMatch(/^\S+$/);
    const read = await run(["get", provider, id, "--base-url", mock.url], { tty: true });
    expect(read.code).toBe(EXIT.ok);
    expect(read.stdout).toMatch(/^provider\s+task\s+state/);
    expect(read.stdout).toMatch(new RegExp(`${provider}\\s+${id}\\s+`));
  });

  it("gives JSON lines with --json", async () => {
    const result = await run(["create", provider, "--prompt", "an owl", "--base-url", mock.url, "--json"], {
      tty: true,
    });
    expect(result.lines()).toEqual([{ provider, id: expect.any(String) }]);
  });
});
