// What the scripts use of @gentask/core (the record classifier and its defaults), from core's TypeScript
// source: `pnpm generate` runs on a fresh clone before anything is built, and must judge the specs with the
// very code the clients run. esbuild bundles the few modules in memory; nothing is written.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSync } from "esbuild";

const coreDirectory = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "packages", "core");

const { outputFiles } = buildSync({
  stdin: {
    contents: [
      'export { classifyTaskRecord, statusAnswerRecord } from "./src/connect.ts";',
      'export { DEFAULT_RECORD_ITEMS, recordItemsPath } from "./src/provider-facts.ts";',
      'export { valuesAt } from "./src/record-shape.ts";',
    ].join("\n"),
    resolveDir: coreDirectory,
    sourcefile: "core-source.ts",
    loader: "ts",
  },
  bundle: true,
  format: "esm",
  platform: "neutral",
  write: false,
  logLevel: "silent",
});

/** @type {typeof import("../../packages/core/src/index.ts")} */
const core = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString("base64")}`);

export const { classifyTaskRecord, statusAnswerRecord, DEFAULT_RECORD_ITEMS, recordItemsPath, valuesAt } = core;
