import { countsText, formatDuration, paint, toneOf } from "./live-display.js";
import { displayWidth, plainText, wrapWords } from "./terminal-text.js";
import type { TrackedTask } from "./tracking.js";

// What stays on a terminal after a command: a table with every id, state and result in full.

export interface ReportRow {
  cells: string[];
  /** The result URL or the reason, shown whole: beside the row when every row has room, else below it. */
  result: string;
  tone?: "good" | "bad" | "warning" | undefined;
}

export interface ReportOptions {
  columns: number;
  color: boolean;
  /** Which cell holds the state (painted in the row's tone). */
  stateColumn: number;
}

/**
 * A table fitted to the terminal: the rows' cells in padded columns, and each row's result in a last
 * column when all of them fit the width, otherwise on lines of their own below each row (a reason
 * broken at spaces, a URL left whole for copying).
 */
export function reportLines(header: readonly string[], rows: readonly ReportRow[], options: ReportOptions): string[] {
  const width = Math.max(1, options.columns - 1);
  const table = [header, ...rows.map((row) => row.cells.map(plainText))];
  const widths = header.map((_cell, column) => Math.max(...table.map((cells) => displayWidth(cells[column] ?? ""))));
  const padded = (cells: readonly string[], tone?: ReportRow["tone"]) =>
    cells.map((cell, column) => {
      const text = cell + " ".repeat(Math.max(0, (widths[column] ?? 0) - displayWidth(cell)));
      return column === options.stateColumn ? paint(text, tone, options.color) : text;
    });
  const join = (cells: readonly string[]) => cells.join("  ").trimEnd();
  const tableWidth = widths.reduce((sum, cellWidth) => sum + cellWidth, 0) + 2 * (widths.length - 1);
  const resultsBeside = rows.every((row) => tableWidth + 2 + displayWidth(plainText(row.result)) <= width);

  if (resultsBeside) {
    return [
      join([...padded(header), "result"]),
      ...rows.map((row) => join([...padded(row.cells.map(plainText), row.tone), plainText(row.result)])),
    ];
  }
  const lines = [join(padded(header))];
  for (const row of rows) {
    lines.push(join(padded(row.cells.map(plainText), row.tone)));
    if (row.result !== "") lines.push(...wrapWords(plainText(row.result), width - 2).map((line) => `  ${line}`));
  }
  return lines;
}

/** The result of a task that ended: its first URL (and how many more), or why it did not succeed. */
function resultOf(task: TrackedTask): string {
  if (task.final !== "succeeded") return task.problem?.reason ?? "";
  const [first, ...more] = task.urls;
  return `${first ?? "(no URL)"}${more.length > 0 ? ` (+${more.length} more: --json lists them)` : ""}`;
}

/** The summary after a wait: every task in full, then the counts and how to resume what timed out. */
export function summaryLines(
  tasks: readonly TrackedTask[],
  options: { columns: number; color: boolean; expected: boolean },
): string[] {
  const header = ["provider", "task", ...(options.expected ? ["expected"] : []), "state", "time"];
  const rows = tasks.map((task) => {
    const unexpected = options.expected && task.expected !== undefined && task.final !== task.expected;
    return {
      cells: [
        task.provider,
        task.id,
        ...(options.expected ? [task.expected ?? ""] : []),
        `${task.final ?? task.state}${unexpected ? " (unexpected)" : ""}`,
        formatDuration((task.endedAt ?? task.startedAt) - task.startedAt),
      ],
      result: resultOf(task),
      tone: unexpected ? "bad" : toneOf(task),
    } satisfies ReportRow;
  });
  const lines = reportLines(header, rows, { ...options, stateColumn: options.expected ? 3 : 2 });
  const timedOut = tasks.filter((task) => task.final === "timeout");
  if (!options.expected) lines.push("", `${countsText(tasks)}.`);
  if (timedOut.length > 0) {
    lines.push(`${timedOut.length === 1 ? "It" : "They"} may still finish; resume with:`);
    for (const task of timedOut) lines.push(`  ${task.resume}`);
  }
  return lines;
}
