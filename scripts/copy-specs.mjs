// Copies the repository's specs/ into a package folder (argument: target, relative to the current directory),
// so a published package carries the specs it serves.
import { cpSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const target = resolve(process.argv[2] ?? "specs");
rmSync(target, { recursive: true, force: true });
cpSync(join(dirname(fileURLToPath(import.meta.url)), "..", "specs"), target, { recursive: true });
