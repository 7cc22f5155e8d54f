#!/usr/bin/env node
import { SHOW_CURSOR } from "./live-display.js";
import { main } from "./main.js";

// Interrupted during the live view: give the cursor back and leave the view on screen, then exit as the
// signal would have (128 + its number).
for (const [signal, code] of [
  ["SIGINT", 130],
  ["SIGTERM", 143],
] as const) {
  process.once(signal, () => {
    if (process.stdout.isTTY) process.stdout.write(`${SHOW_CURSOR}\n`);
    process.exit(code);
  });
}

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
