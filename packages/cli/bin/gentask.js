#!/usr/bin/env node
// A committed shim, so the command exists as soon as the package is installed: pnpm links a workspace
// package's bin before dist/ is built, and warns when the file is missing. The program is in dist/.
const program = new URL("../dist/cli.js", import.meta.url);
try {
  await import(program.href);
} catch (error) {
  // Only in a clone of the repository, before its first build: a published package always has dist/.
  if (error?.code === "ERR_MODULE_NOT_FOUND" && error.url === program.href) {
    console.error("gentask: dist/ is not built yet; run `pnpm build` in the gentask repository.");
    process.exit(1);
  }
  throw error;
}
