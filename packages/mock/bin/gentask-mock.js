#!/usr/bin/env node
// A committed shim, so the command exists as soon as the package is installed: pnpm links a workspace
// package's bin before dist/ is built, and warns when the file is missing. The program is in dist/.
import "../dist/cli.js";
