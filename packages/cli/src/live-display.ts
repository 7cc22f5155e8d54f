import { displayWidth, fit, plainText, truncate } from "./terminal-text.js";
import type { TrackedTask } from "./tracking.js";

/** Where the live view draws: a terminal stream (`process.stdout` on a terminal). */
export interface Terminal {
  write(text: string): unknown;
  columns?: number | undefined;
  rows?: number | undefined;
  on?(event: "resize", listener: () => void): unknown;
  off?(event: "resize", listener: () => void): unknown;
}

const ESC = "\u001b[";
const ERASE_LINE_END = `${ESC}K`;
const ERASE_LINE = `${ESC}2K`;
const ERASE_SCREEN_END = `${ESC}J`;
const HIDE_CURSOR = `${ESC}?25l`;
export const SHOW_CURSOR = `${ESC}?25h`;

type Tone = "good" | "bad" | "warning";
const TONE_COLOR: Record<Tone, string> = { good: "32", bad: "31", warning: "33" };

/** Paints text in a tone's colour (SGR), or leaves it plain. */
export function paint(text: string, tone: Tone | undefined, color: boolean): string {
  return color && tone ? `${ESC}${TONE_COLOR[tone]}m${text}${ESC}0m` : text;
}

export function toneOf(task: TrackedTask): Tone | undefined {
  if (task.final === "succeeded") return "good";
  if (task.final === "timeout") return "warning";
  return task.final === undefined ? undefined : "bad";
}

/** A duration in at most 6 columns: 4.2s, 12m05s, 1h02m. */
export function formatDuration(milliseconds: number): string {
  const seconds = Math.max(0, milliseconds) / 1000;
  if (seconds < 60) return `${seconds.toFixed(1)}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m${String(Math.floor(seconds % 60)).padStart(2, "0")}s`;
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, "0")}m`;
}

/** What a task's row says after its state: the result or reason once it ended, else progress or the last error. */
function detailOf(task: TrackedTask): string {
  if (task.final === "succeeded") return task.urls[0] ?? "";
  if (task.final !== undefined) return task.problem?.reason ?? "";
  if (task.lastError) return `${task.lastError.text}, retrying`;
  return task.progress === undefined ? "" : `${Math.round(task.progress)}%`;
}

/** "30 tasks: 4 succeeded, 2 failed, 24 waiting": counts of the tasks by where they stand. */
export function countsText(tasks: readonly TrackedTask[]): string {
  const count = (test: (task: TrackedTask) => boolean) => tasks.filter(test).length;
  const parts = [
    [count((task) => task.final === "succeeded"), "succeeded"],
    [count((task) => task.final !== undefined && task.final !== "succeeded" && task.final !== "timeout"), "failed"],
    [count((task) => task.final === "timeout"), "timed out"],
    [count((task) => task.final === undefined), "waiting"],
  ] as const;
  const said = parts.filter(([number]) => number > 0).map(([number, word]) => `${number} ${word}`);
  return `${tasks.length} ${tasks.length === 1 ? "task" : "tasks"}: ${said.join(", ")}`;
}

export interface FrameOptions {
  now: number;
  /** The terminal's size. */
  columns: number;
  rows: number;
  color: boolean;
  /** When the wait began, for the elapsed time on the first line. */
  startedAt: number;
}

const STATE_WIDTH = 10;
const TIME_WIDTH = 6;
/** The columns a row's detail gets before ids are shortened: "connection refused, retrying" fits. */
const DETAIL_WIDTH = 32;
/** Ids are never shortened below this: a prefix this long still tells tasks apart. */
const SHORTEST_ID = 12;

/**
 * The live view's lines: a line of counts, then one row per task (provider, id, state, elapsed time,
 * and result, reason, progress or last error), each fitted to the terminal's width so that no line
 * wraps. With more tasks than rows, the rows that fit go to unfinished tasks first, then to failed
 * ones, and the first line says how many are shown. Ids and details are cut with "…"; the summary
 * after the wait shows them whole.
 */
export function liveFrame(tasks: readonly TrackedTask[], options: FrameOptions): string[] {
  // The last column stays empty: some terminals wrap a line that reaches it.
  const width = Math.max(1, options.columns - 1);
  const capacity = Math.max(1, options.rows - 1);
  const shown = tasksToShow(tasks, capacity - 1);
  const hidden = tasks.length - shown.length;
  const elapsed = formatDuration(options.now - options.startedAt);
  const counts = `${countsText(tasks)}${hidden > 0 ? ` (${shown.length} shown)` : ""}`;
  const lines = [truncate(`${counts} · ${elapsed}`, width)];

  const providerWidth = Math.max(0, ...shown.map((task) => displayWidth(task.provider)));
  const fixedWidth = providerWidth + 1 + 1 + STATE_WIDTH + 1 + TIME_WIDTH + 1;
  const longestId = Math.max(0, ...shown.map((task) => displayWidth(plainText(task.id))));
  const idWidth = Math.min(longestId, Math.max(SHORTEST_ID, width - fixedWidth - DETAIL_WIDTH));
  const detailWidth = Math.max(0, width - fixedWidth - idWidth);
  for (const task of shown) {
    const cells = [
      fit(task.provider, providerWidth),
      fit(plainText(task.id), idWidth),
      fit(plainText(task.state), STATE_WIDTH),
      fit(formatDuration((task.endedAt ?? options.now) - task.startedAt), TIME_WIDTH, "right"),
    ];
    const detail = truncate(plainText(detailOf(task)), detailWidth);
    const line = [...cells, detail].join(" ").trimEnd();
    if (displayWidth(line) > width) {
      lines.push(truncate(line, width));
      continue;
    }
    cells[2] = paint(cells[2] as string, toneOf(task), options.color);
    lines.push([...cells, detail].join(" ").trimEnd());
  }
  return lines;
}

/** The tasks that get a row, in their order: all when they fit, else unfinished first, then failed, then the rest. */
function tasksToShow(tasks: readonly TrackedTask[], room: number): TrackedTask[] {
  if (tasks.length <= room) return [...tasks];
  const rank = (task: TrackedTask) => (task.final === undefined ? 0 : task.final === "succeeded" ? 2 : 1);
  const chosen = new Set(
    tasks
      .map((task, index) => ({ task, index }))
      .sort((left, right) => rank(left.task) - rank(right.task) || left.index - right.index)
      .slice(0, Math.max(0, room))
      .map(({ task }) => task),
  );
  return tasks.filter((task) => chosen.has(task));
}

/**
 * A live view on a terminal: the frame of {@link liveFrame}, redrawn in place when a task changes, a
 * few times a second so elapsed times tick, and at once when the terminal is resized. A frame is at
 * most one line shorter than the terminal, so redrawing never scrolls it into the scrollback.
 */
export class LiveDisplay {
  /** The widths of the lines on screen, to know how many rows they take after a resize. */
  private drawnWidths: number[] = [];
  private drawnText = "";
  private timer: ReturnType<typeof setInterval> | undefined;
  private drawSoon: ReturnType<typeof setImmediate> | undefined;
  private readonly startedAt: number;
  private readonly onResize = () => this.draw(true);

  constructor(
    private readonly terminal: Terminal,
    private readonly tasks: () => readonly TrackedTask[],
    private readonly now: () => number,
    private readonly color: boolean,
  ) {
    this.startedAt = now();
  }

  start(): void {
    this.terminal.write(HIDE_CURSOR);
    this.draw();
    // Through update: a resize's signal that arrived meanwhile is handled first, so no frame is drawn
    // for the old size into the new one.
    this.timer = setInterval(() => this.update(), 250);
    this.terminal.on?.("resize", this.onResize);
  }

  /** Redraws once the current burst of changes is over (many tasks often change at once). */
  update(): void {
    this.drawSoon ??= setImmediate(() => {
      this.drawSoon = undefined;
      this.draw();
    });
  }

  draw(force = false): void {
    const lines = liveFrame(this.tasks(), {
      now: this.now(),
      columns: this.terminal.columns || 80,
      rows: this.terminal.rows || 24,
      color: this.color,
      startedAt: this.startedAt,
    });
    const text = lines.join("\n");
    if (!force && text === this.drawnText) return;
    this.terminal.write(
      `${this.cursorToFirstLine()}${lines.map((line) => line + ERASE_LINE_END).join("\n")}${ERASE_SCREEN_END}`,
    );
    this.drawnText = text;
    this.drawnWidths = lines.map((line) => displayWidth(line));
  }

  /** Erases the view, leaving the cursor where it began; what is written next takes its place. */
  stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    if (this.drawSoon !== undefined) clearImmediate(this.drawSoon);
    this.timer = undefined;
    this.drawSoon = undefined;
    this.terminal.off?.("resize", this.onResize);
    // Line by line: erasing to the end of the screen from its top-left corner counts as clearing the
    // screen, and tmux then keeps the cleared frame in the scrollback.
    const rows = this.drawnRows();
    const eraseRows =
      rows === 0
        ? ""
        : `${ERASE_LINE}${`${ESC}1B${ERASE_LINE}`.repeat(rows - 1)}${rows > 1 ? `${ESC}${rows - 1}A` : ""}`;
    this.terminal.write(`${this.cursorToFirstLine()}${eraseRows}${SHOW_CURSOR}`);
    this.drawnWidths = [];
    this.drawnText = "";
  }

  /**
   * Moves the cursor from the end of the frame on screen to its first column. After the terminal got
   * narrower, terminals rewrap the lines, so a line takes as many rows as the new width needs.
   */
  private cursorToFirstLine(): string {
    const rows = this.drawnRows();
    if (rows === 0) return "";
    return `\r${rows > 1 ? `${ESC}${rows - 1}A` : ""}`;
  }

  /** The rows the frame on screen takes at the terminal's width now. */
  private drawnRows(): number {
    const columns = this.terminal.columns || 80;
    return this.drawnWidths.reduce((sum, lineWidth) => sum + Math.max(1, Math.ceil(lineWidth / columns)), 0);
  }
}
