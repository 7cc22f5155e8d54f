// The live view's frames and redraws on a fake terminal, on an injected clock: every line fits the
// width, the rows fit the height, and a redraw moves up by exactly the rows the last frame took.
import { describe, expect, it } from "vitest";
import { providers } from "../../../test/support/specs.js";
import { LiveDisplay, liveFrame } from "./live-display.js";
import { reportLines, summaryLines } from "./report.js";
import { displayWidth, truncate, wrapWords } from "./terminal-text.js";
import type { TrackedTask } from "./tracking.js";

const names = providers.map((facts) => facts.name);
const START = 1_000_000;

function task(index: number, fields: Partial<TrackedTask> = {}): TrackedTask {
  const id = `${index.toString(16).padStart(8, "0")}-59ba-4385-a4ea-0ce8a3fe12ed`;
  return {
    provider: names[index % names.length] as string,
    id,
    state: "running",
    final: undefined,
    progress: undefined,
    urls: [],
    problem: undefined,
    refusedKey: false,
    lastError: undefined,
    handle: undefined,
    resume: `gentask wait x ${id}`,
    startedAt: START,
    endedAt: undefined,
    ...fields,
  };
}

const succeeded = (index: number) =>
  task(index, {
    final: "succeeded",
    state: "succeeded",
    urls: [`https://cdn.example.com/results/${"a".repeat(90)}/${index}.mp4`],
    endedAt: START + 4_200,
  });
const failed = (index: number, reason: string) =>
  task(index, {
    final: "failed",
    state: "failed",
    problem: { name: "TaskFailedError", code: "api_error", message: reason, reason },
    endedAt: START + 5_000,
  });

/** A terminal that records what was written; its size can change as a window's does. */
function fakeTerminal(columns: number, rows: number) {
  const listeners: (() => void)[] = [];
  const terminal = {
    columns,
    rows,
    written: [] as string[],
    write(text: string) {
      terminal.written.push(text);
    },
    on(_event: "resize", listener: () => void) {
      listeners.push(listener);
    },
    off(_event: "resize", listener: () => void) {
      listeners.splice(listeners.indexOf(listener), 1);
    },
    resize(newColumns: number, newRows: number) {
      terminal.columns = newColumns;
      terminal.rows = newRows;
      for (const listener of [...listeners]) listener();
    },
  };
  return terminal;
}

const frameOptions = { now: START + 3_000, startedAt: START, color: false };

describe("liveFrame", () => {
  it.each([
    [40, 10],
    [60, 16],
    [80, 24],
    [120, 40],
    [200, 50],
  ])("fits %i × %i: no line reaches the last column, no more lines than rows", (columns, rows) => {
    const tasks = [
      ...Array.from({ length: 25 }, (_, index) => task(index, { progress: index * 3 })),
      succeeded(25),
      failed(26, "the upstream service failed to generate the video because the prompt was refused by the filter"),
      failed(27, "生成失败：内容不符合规定，请修改提示词后重试"),
      task(28, { lastError: { code: "network_error", text: "connection refused" } }),
      task(29, { state: "queued\u001b[2J\nline" }),
    ];
    const lines = liveFrame(tasks, { ...frameOptions, columns, rows });
    expect(lines.length).toBeLessThanOrEqual(rows - 1);
    for (const line of lines) {
      expect(displayWidth(line), line).toBeLessThanOrEqual(columns - 1);
      expect(line).not.toMatch(/\p{Cc}/u);
    }
    expect(lines[0]).toMatch(/^30 tasks: /);
    if (columns >= 80)
      expect(lines[0]).toMatch(/^30 tasks: 1 succeeded, 2 failed, 27 waiting (\(\d+ shown\) )?· 3\.0s$/);
  });

  it("shows every task when they fit, and says the last error of one whose check fails", () => {
    const tasks = [task(0), task(1, { lastError: { code: "network_error", text: "connection refused" } })];
    const lines = liveFrame(tasks, { ...frameOptions, columns: 80, rows: 24 });
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe("2 tasks: 2 waiting · 3.0s");
    expect(lines[2]).toMatch(/ running {6}3\.0s connection refused, retrying$/);
  });

  it("gives the rows that fit to unfinished tasks first, then failed ones, in their order", () => {
    const tasks = [succeeded(0), failed(1, "no"), task(2), succeeded(3), task(4), failed(5, "no")];
    const lines = liveFrame(tasks, { ...frameOptions, columns: 80, rows: 5 });
    expect(lines[0]).toMatch(/\(3 shown\)/);
    const shownIds = lines.slice(1).map((line) => line.split(/\s+/)[1]?.slice(0, 8));
    expect(shownIds).toEqual(["00000001", "00000002", "00000004"]);
  });

  it("keeps whole ids where the width allows, and cuts them with … where it does not", () => {
    const wide = liveFrame([task(0)], { ...frameOptions, columns: 200, rows: 24 });
    expect(wide[1]).toContain(task(0).id);
    const narrow = liveFrame([task(0)], { ...frameOptions, columns: 80, rows: 24 });
    expect(narrow[1]).not.toContain(task(0).id);
    expect(narrow[1]).toMatch(/ 00000000-59ba-\S*… /);
  });
});

describe("LiveDisplay", () => {
  it("redraws in place: up by the rows of the last frame, never scrolling", () => {
    const terminal = fakeTerminal(80, 24);
    let now = START;
    const tasks = Array.from({ length: 30 }, (_, index) => task(index));
    const display = new LiveDisplay(
      terminal,
      () => tasks,
      () => now,
      false,
    );
    display.draw();
    expect(terminal.written.at(-1)?.startsWith("\r")).toBe(false);
    expect(terminal.written.at(-1)?.split("\n")).toHaveLength(23);
    now += 1_000;
    display.draw();
    expect(terminal.written.at(-1)?.startsWith("\r\u001b[22A")).toBe(true);
    display.draw(); // nothing changed: nothing written
    expect(terminal.written).toHaveLength(2);
    display.stop();
    // Erased line by line, back to where the view began.
    expect(terminal.written.at(-1)).toBe(
      `\r\u001b[22A\u001b[2K${"\u001b[1B\u001b[2K".repeat(22)}\u001b[22A\u001b[?25h`,
    );
  });

  it("after the window narrows, moves up by the rows the rewrapped lines take", () => {
    const terminal = fakeTerminal(80, 24);
    const tasks = [succeeded(0), succeeded(1), task(2)];
    const display = new LiveDisplay(
      terminal,
      () => tasks,
      () => START + 5_000,
      false,
    );
    display.start();
    const drawn =
      terminal.written
        .at(-1)
        ?.split("\n")
        .map((line) => displayWidth(line)) ?? [];
    terminal.resize(40, 24);
    const rowsBefore = drawn.reduce((sum, width) => sum + Math.max(1, Math.ceil(width / 40)), 0);
    expect(rowsBefore).toBeGreaterThan(drawn.length);
    expect(terminal.written.at(-1)?.startsWith(`\r\u001b[${rowsBefore - 1}A`)).toBe(true);
    for (const line of terminal.written.at(-1)?.split("\n") ?? []) expect(displayWidth(line)).toBeLessThanOrEqual(39);
    display.stop();
    terminal.resize(80, 24); // no longer listening
    expect(terminal.written.at(-1)).toMatch(/\[\?25h$/);
  });
});

describe("the summary", () => {
  it("puts results beside the rows when all fit, and below them when one does not", () => {
    const rows = [
      { cells: ["a", "id-1", "succeeded"], result: "http://host/1.png" },
      { cells: ["b", "id-2", "failed"], result: "it failed" },
    ];
    const options = { columns: 80, color: false, stateColumn: 2 };
    expect(reportLines(["provider", "task", "state"], rows, options)).toEqual([
      "provider  task  state      result",
      "a         id-1  succeeded  http://host/1.png",
      "b         id-2  failed     it failed",
    ]);
    const long = [...rows, { cells: ["c", "id-3", "failed"], result: `${"word ".repeat(30)}end` }];
    const lines = reportLines(["provider", "task", "state"], long, options);
    expect(lines.slice(0, 3)).toEqual(["provider  task  state", "a         id-1  succeeded", "  http://host/1.png"]);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(79);
  });

  it("lists every task in full, the counts, and how to resume what timed out", () => {
    const timedOut = task(2, { final: "timeout", state: "timeout", endedAt: START + 9_000 });
    const tasks = [succeeded(0), failed(1, "refused"), timedOut];
    const lines = summaryLines(tasks, { columns: 80, color: false, expected: false });
    for (const each of tasks) expect(lines.some((line) => line.includes(each.id))).toBe(true);
    expect(lines).toContain("3 tasks: 1 succeeded, 1 failed, 1 timed out.");
    expect(lines.at(-1)).toBe(`  ${timedOut.resume}`);
  });
});

describe("terminal text", () => {
  it("measures and cuts by columns, not by characters", () => {
    expect(displayWidth("生成")).toBe(4);
    expect(truncate("生成失败了", 5)).toBe("生成…");
    expect(truncate("short", 5)).toBe("short");
  });

  it("wraps at spaces, leaving a long word whole", () => {
    expect(wrapWords("one two three four", 9)).toEqual(["one two", "three", "four"]);
    expect(wrapWords(`see ${"x".repeat(12)} now`, 9)).toEqual(["see", "x".repeat(12), "now"]);
  });
});
