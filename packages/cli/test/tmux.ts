// A real pseudo-terminal for tests: a tmux server of its own (Debian's tmux; `.ci/run` installs it),
// running one command in a window of a given size, read back with capture-pane.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface TerminalSession {
  /** The visible screen, one string per line without trailing spaces, wrapped lines joined (so a line wider than the window shows as such). */
  screen(): Promise<string[]>;
  /** Everything: the scrollback and the screen, wrapped lines joined, trailing blank lines dropped. */
  history(): Promise<string[]>;
  /** Resizes the window; the command gets SIGWINCH, as from a terminal emulator. */
  resize(columns: number, rows: number): Promise<void>;
  /** The command's exit status once it ended, else `undefined`. */
  exitStatus(): Promise<number | undefined>;
  /** Polls the screen every 100 ms until `test` accepts it; rejects with the last screen after `timeoutMs`. */
  waitForScreen(test: (lines: string[]) => boolean, timeoutMs: number): Promise<string[]>;
  /** Polls until the command ended, calling `each` with every screen seen on the way; resolves with its status. */
  waitForExit(timeoutMs: number, each?: (lines: string[]) => void): Promise<number>;
  /** Stops the tmux server and removes its socket. */
  close(): Promise<void>;
}

/**
 * Starts `command` (argv, no shell) in a detached tmux window of `columns` × `rows` with exactly the
 * environment `env` plus PATH, HOME and a UTF-8 locale. The window stays after the command ends, so
 * that its screen and status can be read; `close` stops everything.
 */
export async function startTerminal(
  command: readonly string[],
  options: { columns: number; rows: number; env: Record<string, string> },
): Promise<TerminalSession> {
  const directory = mkdtempSync(join(tmpdir(), "gentask-tmux-"));
  const socket = join(directory, "socket");
  const configuration = join(directory, "tmux.conf");
  const statusFile = join(directory, "status");
  // No user configuration; keep the window after the command ends; keep the whole scrollback.
  writeFileSync(configuration, "set -g remain-on-exit on\nset -g history-limit 100000\nset -g status off\n");
  const tmux = async (...args: string[]) => {
    try {
      return (await run("tmux", ["-u", "-S", socket, ...args], { env: tmuxEnvironment() })).stdout;
    } catch (error) {
      if ((error as { code?: unknown }).code === "ENOENT") {
        throw new Error("tmux is missing: install Debian's package (apt-get install -y tmux); .ci/run does so.");
      }
      throw error;
    }
  };
  const environment = Object.entries(options.env).flatMap(([name, value]) => ["-e", `${name}=${value}`]);
  await tmux(
    "-f",
    configuration,
    "new-session",
    "-d",
    "-s",
    "test",
    "-x",
    String(options.columns),
    "-y",
    String(options.rows),
    ...environment,
    // A shell notes the exit status in a file: tmux's own (#{pane_dead_status}) sometimes never arrives,
    // its server not reaping the command (seen with tmux 3.3a).
    "/bin/sh",
    "-c",
    'status=0; "$@" || status=$?; printf %s "$status" > "$0"',
    statusFile,
    ...command,
  );
  // Trailing spaces dropped (a capture keeps those of rewrapped lines), and tmux's own "Pane is dead" line.
  const lines = (text: string) =>
    text
      .split("\n")
      .map((line) => line.trimEnd())
      .filter((line) => !/^Pane is dead \(/.test(line))
      .join("\n")
      .replace(/\n+$/, "")
      .split("\n");
  const session: TerminalSession = {
    screen: async () => lines(await tmux("capture-pane", "-p", "-J", "-t", "test")),
    history: async () => lines(await tmux("capture-pane", "-p", "-J", "-S", "-", "-E", "-", "-t", "test")),
    resize: async (columns, rows) => {
      await tmux("resize-window", "-t", "test", "-x", String(columns), "-y", String(rows));
    },
    exitStatus: async () => (existsSync(statusFile) ? Number(readFileSync(statusFile, "utf8")) : undefined),
    async waitForScreen(test, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const screen = await session.screen();
        if (test(screen)) return screen;
        if (Date.now() > deadline) throw new Error(`The screen never showed what was awaited:\n${screen.join("\n")}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async waitForExit(timeoutMs, each) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const status = await session.exitStatus();
        each?.(await session.screen());
        if (status !== undefined) return status;
        if (Date.now() > deadline) {
          throw new Error(`The command did not end in ${timeoutMs} ms:\n${(await session.screen()).join("\n")}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async close() {
      await tmux("kill-server").catch(() => undefined);
      rmSync(directory, { recursive: true, force: true });
    },
  };
  return session;
}

/** What tmux itself runs with: the same PATH and HOME, a UTF-8 locale, a terminal type it knows. */
function tmuxEnvironment(): Record<string, string> {
  return {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: process.env.HOME ?? tmpdir(),
    LANG: "C.UTF-8",
    TERM: "xterm-256color",
  };
}
