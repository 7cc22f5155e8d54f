// `pnpm examples`: runs every program in examples/ (`.mjs` with Node, `.sh` with bash) against the lifecycle mock
// each starts itself, and every app in a folder of examples/ (a workspace package) with its `check` script (the
// Next.js app: `next build`), one at a time, and fails when one exits non-zero. Each runs in its own process group
// with a time limit; past it the whole group (the example and its mock) is killed, so nothing is left running.
// Needs the packages built (`pnpm build`).
import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { repositoryRoot } from "./lib/provider-registry.mjs";

const timeLimitMs = 60_000;
// A framework's production build (next build) takes 15 s on an idle 2-core machine: room for a loaded one.
const appTimeLimitMs = 300_000;
const interpreters = { ".mjs": process.execPath, ".sh": "bash" };
const examplesDirectory = join(repositoryRoot, "examples");
const examples = readdirSync(examplesDirectory, { withFileTypes: true })
  .filter((entry) =>
    entry.isDirectory()
      ? existsSync(join(examplesDirectory, entry.name, "package.json"))
      : Object.keys(interpreters).some((extension) => entry.name.endsWith(extension)),
  )
  .map((entry) => entry.name)
  .sort();

/** How an example runs: a program with its interpreter, an app folder with its package's `check` script. */
function commandOf(name) {
  const extension = name.slice(name.lastIndexOf("."));
  if (interpreters[extension]) return { command: interpreters[extension], args: [join(examplesDirectory, name)] };
  const pnpm = join(repositoryRoot, "node_modules", ".bin", "pnpm");
  return { command: pnpm, args: ["--dir", join(examplesDirectory, name), "run", "check"], app: true };
}

/** Runs one example; resolves with a line saying how it ended, or undefined when it exited 0. */
function run(file) {
  const { command: interpreter, args, app } = commandOf(file);
  const limitMs = app ? appTimeLimitMs : timeLimitMs;
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(interpreter, args, {
      cwd: repositoryRoot,
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
      detached: true, // its own process group, so the mock it starts is killed with it
    });
    const killGroup = (signal) => {
      try {
        process.kill(-child.pid, signal);
      } catch {}
    };
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup("SIGTERM");
      setTimeout(() => killGroup("SIGKILL"), 5_000).unref();
    }, limitMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      resolve(`could not start ${interpreter}: ${error.message}`);
    });
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      // Whatever it left behind in its group goes too.
      killGroup("SIGKILL");
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (timedOut) resolve(`still running after ${limitMs / 1000} s: stopped`);
      else if (code !== 0) resolve(`exited with ${code ?? signal} after ${seconds} s`);
      else {
        console.log(`ok ${file} (${seconds} s)`);
        resolve(undefined);
      }
    });
  });
}

const failures = [];
for (const file of examples) {
  console.log(`--- examples/${file}`);
  const failure = await run(file);
  if (failure) failures.push(`examples/${file}: ${failure}`);
}
for (const failure of failures) console.error(`FAIL ${failure}`);
if (examples.length === 0) failures.push("no examples found");
process.exitCode = failures.length > 0 ? 1 : 0;
