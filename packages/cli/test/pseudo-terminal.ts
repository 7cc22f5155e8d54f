// A real pseudo-terminal for tests: the command runs on a pty (`@lydell/node-pty`, prebuilt binaries from
// npm) and its output is rendered by a headless xterm.js (`@xterm/headless`), so the screen and the
// scrollback read back are what a terminal emulator would show.
import { type IPty, spawn } from "@lydell/node-pty";
import xterm from "@xterm/headless";

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
  /** Stops the command (SIGKILL) if it still runs and frees the terminal. */
  close(): Promise<void>;
}

/**
 * Starts `command` (argv, no shell) on a pseudo-terminal of `columns` × `rows` with exactly the
 * environment `env` plus PATH, HOME, a UTF-8 locale and TERM. The screen stays readable after the
 * command ends; `close` frees everything.
 */
export async function startTerminal(
  command: readonly string[],
  options: { columns: number; rows: number; env: Record<string, string> },
): Promise<TerminalSession> {
  const [file, ...args] = command;
  if (file === undefined) throw new Error("startTerminal needs a command.");
  const terminal = new xterm.Terminal({
    cols: options.columns,
    rows: options.rows,
    scrollback: 100_000,
    allowProposedApi: true,
  });
  const pty: IPty = spawn(file, args, {
    name: "xterm-256color",
    cols: options.columns,
    rows: options.rows,
    env: { ...terminalEnvironment(), ...options.env },
  });
  let status: number | undefined;
  let exited = false;
  // The pty delivers what the command wrote before it tells of the exit: the status is set only after
  // the last output went to the emulator.
  pty.onData((data) => terminal.write(data));
  pty.onExit(({ exitCode, signal }) => {
    terminal.write("", () => {
      exited = true;
      status = signal ? 128 + signal : exitCode;
    });
  });
  /** Resolves once the emulator has parsed everything written to it so far. */
  const settled = () => new Promise<void>((resolve) => terminal.write("", resolve));
  /** Lines `from` to `to` (excluded) of the buffer, a wrapped line joined to the one it continues. */
  const read = (from: number, to: number) => {
    const buffer = terminal.buffer.active;
    const lines: string[] = [];
    for (let index = from; index < to; index++) {
      const line = buffer.getLine(index);
      if (line === undefined) continue;
      const text = line.translateToString(true);
      if (line.isWrapped && lines.length > 0) lines[lines.length - 1] += text;
      else lines.push(text);
    }
    return lines
      .map((line) => line.trimEnd())
      .join("\n")
      .replace(/\n+$/, "")
      .split("\n");
  };
  const session: TerminalSession = {
    async screen() {
      await settled();
      const buffer = terminal.buffer.active;
      return read(buffer.baseY, buffer.baseY + terminal.rows);
    },
    async history() {
      await settled();
      return read(0, terminal.buffer.active.length);
    },
    async resize(columns, rows) {
      await settled();
      terminal.resize(columns, rows);
      if (!exited) pty.resize(columns, rows);
    },
    exitStatus: async () => (exited ? status : undefined),
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
        const current = await session.exitStatus();
        each?.(await session.screen());
        if (current !== undefined) return current;
        if (Date.now() > deadline) {
          throw new Error(`The command did not end in ${timeoutMs} ms:\n${(await session.screen()).join("\n")}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async close() {
      if (!exited) {
        const ended = new Promise<void>((resolve) => pty.onExit(() => resolve()));
        pty.kill("SIGKILL");
        await Promise.race([ended, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      }
      terminal.dispose();
    },
  };
  return session;
}

/** What the command runs with besides its own variables: PATH and HOME, a UTF-8 locale, a terminal type xterm.js speaks. */
function terminalEnvironment(): Record<string, string> {
  return {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: process.env.HOME ?? "/",
    LANG: "C.UTF-8",
    TERM: "xterm-256color",
  };
}
