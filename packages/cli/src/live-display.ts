import type { TrackedTask } from "./tracking.js";

/** Where the display writes: a terminal stream. */
export interface TerminalOutput {
  write(text: string): unknown;
}

const COLORS: Record<string, string> = { succeeded: "32", failed: "31", not_found: "31", error: "31", timeout: "33" };

export function formatSeconds(milliseconds: number): string {
  return `${(milliseconds / 1000).toFixed(1)}s`;
}

/** One line of a task: provider, id, state, elapsed time, progress and result or reason. */
export function taskLine(task: TrackedTask, now: number, color: boolean): string {
  const elapsed = formatSeconds((task.endedAt ?? now) - task.startedAt);
  const progress = task.final === undefined && task.progress !== undefined ? `${Math.round(task.progress)}%` : "";
  const detail = task.urls[0] ?? task.error?.message ?? "";
  const state = task.state.padEnd(11);
  const painted = color && task.final ? `\u001b[${COLORS[task.final] ?? "0"}m${state}\u001b[0m` : state;
  return `${task.provider.padEnd(9)} ${task.id.padEnd(38)} ${painted} ${elapsed.padStart(7)} ${progress.padStart(4)}  ${detail}`;
}

/**
 * A live view for a terminal: one line per task, redrawn in place (cursor up, clear line) when a task
 * changes and a few times a second so elapsed times tick.
 */
export class LiveDisplay {
  private drawnLines = 0;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly output: TerminalOutput,
    private readonly tasks: () => readonly TrackedTask[],
    private readonly now: () => number,
  ) {}

  start(): void {
    this.draw();
    this.timer = setInterval(() => this.draw(), 250);
  }

  draw(): void {
    const lines = this.tasks().map((task) => taskLine(task, this.now(), true));
    let text = this.drawnLines > 0 ? `\u001b[${this.drawnLines}A` : "";
    for (const line of lines) text += `\u001b[2K${line}\n`;
    this.output.write(text);
    this.drawnLines = lines.length;
  }

  stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    this.draw();
  }
}
