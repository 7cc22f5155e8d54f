// The live view as a person sees it: the built `gentask` on a real pseudo-terminal of 80 × 24, rendered
// by a terminal emulator and read back from the screen and the scrollback.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { FAIL_KEYWORD, type LifecycleServer, startLifecycleServer } from "@gentask/mock";
import { afterEach, describe, expect, it } from "vitest";
import { holdClosedPort } from "../../../test/support/closed-port.js";
import { providers } from "../../../test/support/specs.js";
import { connect } from "../src/providers.js";
import { displayWidth } from "../src/terminal-text.js";
import { startTerminal, type TerminalSession } from "./pseudo-terminal.js";

const bin = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const SECRET = "sk-terminal-SECRET-42";
const keys = Object.fromEntries(providers.map((facts) => [facts.apiKeyVariable, SECRET]));

/** The first line of the live view: "30 tasks: 12 succeeded, 18 waiting (22 shown) · 4.2s". */
const LIVE_HEADER = /^\d+ tasks?: .* · \S+$/;

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function terminal(args: string[], columns = 80, rows = 24): Promise<TerminalSession> {
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run \`pnpm build\` before these tests.`);
  const session = await startTerminal([process.execPath, bin, ...args], { columns, rows, env: keys });
  cleanups.push(() => session.close());
  return session;
}

async function lifecycleMock(options: Parameters<typeof startLifecycleServer>[0]): Promise<LifecycleServer> {
  const mock = await startLifecycleServer(options);
  cleanups.push(() => mock.close());
  return mock;
}

/** Lines wider than the terminal: what would have wrapped (the session joins wrapped lines). */
const tooWide = (lines: readonly string[], columns: number) =>
  lines.filter((line) => displayWidth(line.trimEnd()) > columns);

describe("the live view in a real terminal", () => {
  it("shows the demo's tasks at 80 × 24 without a wrapped line, then a right summary", async () => {
    const session = await terminal(["demo", "--interval", "200ms"]);
    const screens: string[][] = [];
    const status = await session.waitForExit(60_000, (screen) => screens.push(screen));
    const finalScreen = await session.screen();
    const history = await session.history();

    expect(status, finalScreen.join("\n")).toBe(0);
    const liveFrames = screens.filter((screen) => screen.some((line) => LIVE_HEADER.test(line)));
    expect(liveFrames.length).toBeGreaterThan(0);
    for (const screen of screens) {
      expect(tooWide(screen, 80)).toEqual([]);
      expect(screen.length).toBeLessThanOrEqual(24);
    }
    // Every task had its row while they fit (the counts line and 22 rows in 24 lines), else 22 rows and
    // the counts line says so.
    const taskCount = providers.length * 2;
    const rowsShown = Math.min(taskCount, 24 - 2);
    const frame = liveFrames.at(-1) as string[];
    const header = frame.findIndex((line) => LIVE_HEADER.test(line));
    expect(frame[header]).toMatch(new RegExp(`^${taskCount} tasks: `));
    if (rowsShown < taskCount) expect(frame[header]).toContain(`(${rowsShown} shown)`);
    else expect(frame[header]).not.toContain("shown");
    expect(frame.slice(header + 1).filter((line) => line.trim() !== "")).toHaveLength(rowsShown);

    expect(tooWide(history, 80)).toEqual([]);
    // The view was redrawn in place and erased at the end: no frame went into the scrollback.
    expect(history.filter((line) => LIVE_HEADER.test(line))).toEqual([]);
    for (const facts of providers) {
      const rows = history.filter((line) => line.startsWith(`${facts.name} `));
      expect(rows.map((line) => line.split(/\s+/).slice(2, 4))).toEqual(
        expect.arrayContaining([
          ["succeeded", "succeeded"],
          ["failed", "failed"],
        ]),
      );
      expect(rows).toHaveLength(2);
    }
    expect(finalScreen.at(-1)).toBe(`All ${taskCount} tasks ended as expected.`);
    expect(history.join("\n")).not.toContain(SECRET);
  }, 90_000);

  it("waits for 30 tasks at 80 × 24: a counts line and the rows that fit, in place, through a resize", async () => {
    // The mock's clock stands still until the test moves it, so the tasks finish when the test says.
    let mockTime = Date.now();
    const mock = await lifecycleMock({ now: () => mockTime, queuedMs: 1_000, runningMs: 1_000 });
    const [facts] = providers;
    if (facts === undefined) throw new Error("The registry has no provider.");
    const connection = connect(facts.name, { apiKey: SECRET, baseUrl: mock.url });
    const ids: string[] = [];
    const failing = new Set<string>();
    for (let index = 0; index < 30; index++) {
      const fails = index % 3 === 2;
      const id = await connection.createTask(
        `${facts.common.prompt}${fails ? ` ${FAIL_KEYWORD}` : ""}`,
        facts.common.model,
      );
      ids.push(id);
      if (fails) failing.add(id);
    }

    const session = await terminal([
      "wait",
      facts.name,
      ...ids,
      "--base-url",
      mock.url,
      "--interval",
      "100ms",
      "--timeout",
      "2m",
    ]);
    const frameAt = async (columns: number, rows: number) =>
      session.waitForScreen((screen) => {
        // Growing the window brings back rows it had pushed into the scrollback: rows above the view.
        const header = screen.findIndex((line) => LIVE_HEADER.test(line));
        const taskRows = screen.slice(header + 1).filter((line) => line.startsWith(`${facts.name} `));
        return header >= 0 && taskRows.length === rows - 2 && tooWide(screen, columns).length === 0;
      }, 20_000);

    // 30 tasks, 23 lines for the view: the counts line and 22 rows.
    const first = await frameAt(80, 24);
    expect(first.find((line) => LIVE_HEADER.test(line))).toMatch(/^30 tasks: 30 waiting \(22 shown\) · /);
    expect(first.length).toBeLessThanOrEqual(24);

    mockTime += 1_500; // running
    await session.resize(60, 16);
    const narrow = await frameAt(60, 16);
    expect(narrow.length).toBeLessThanOrEqual(16);
    await session.resize(80, 24);
    await frameAt(80, 24);

    mockTime += 60_000; // every task ended
    const status = await session.waitForExit(30_000);
    const history = await session.history();
    expect(status, history.join("\n")).toBe(1);

    expect(tooWide(history, 80)).toEqual([]);
    // The summary: each task once, whole, in its state.
    for (const id of ids) {
      const rows = history.filter((line) => line.startsWith(`${facts.name} `) && line.includes(id));
      expect(rows, id).toHaveLength(1);
      expect(rows[0]?.split(/\s+/).slice(0, 3)).toEqual([facts.name, id, failing.has(id) ? "failed" : "succeeded"]);
    }
    expect(history).toContain("30 tasks: 20 succeeded, 10 failed.");
    // Redrawn in place: before the fix, 300 repeated lines piled up in 5 s. What the shrinking resize
    // pushed up stays: the frame on screen then, and at most two drawn for the old size before the
    // program learnt the new one (one in flight, one racing the signal).
    expect(history.filter((line) => LIVE_HEADER.test(line)).length).toBeLessThanOrEqual(3);
    const rowsLeft = history.filter((line) => line.startsWith(`${facts.name} `) && line.includes("…"));
    expect(rowsLeft.length).toBeLessThanOrEqual(3 * 23);
    expect(history.join("\n")).not.toContain(SECRET);
  }, 120_000);

  it("shows the last error while a check fails and is retried, not a bare pending", async () => {
    const closed = await holdClosedPort();
    cleanups.push(() => closed.release());
    const [facts] = providers;
    if (facts === undefined) throw new Error("The registry has no provider.");
    const url = closed.url;
    const session = await terminal([
      "wait",
      facts.name,
      "some-task",
      "--base-url",
      url,
      "--interval",
      "200ms",
      "--timeout",
      "6s",
    ]);
    const screen = await session.waitForScreen(
      (lines) => lines.some((line) => line.startsWith(`${facts.name} `) && /connection refused, retrying$/.test(line)),
      20_000,
    );
    expect(tooWide(screen, 80)).toEqual([]);
    // Refused reads in a row end the wait as unreachable (exit 1), well before its 6 s deadline (exit 3).
    const status = await session.waitForExit(30_000);
    const history = await session.history();
    expect(status, history.join("\n")).toBe(1);
    // The view began at the top of the window: erased at the end, it is not kept in the scrollback.
    expect(history.filter((line) => LIVE_HEADER.test(line))).toEqual([]);
    expect(history.join(" ")).toMatch(/connection refused \d+ times in a row at/);
  }, 60_000);
});
