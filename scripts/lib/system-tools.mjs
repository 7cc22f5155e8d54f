// The programs the tests start that npm does not install: each with the Debian package that brings it and
// the variable that names another binary, where the tests read one. `pnpm test` checks them before
// anything else; `.ci/run` installs the missing ones.
import { accessSync, constants } from "node:fs";
import { delimiter, isAbsolute, join } from "node:path";

/** @type {readonly { name: string, command: string, debianPackage: string, usedBy: string, variable?: string }[]} */
export const systemTools = [
  {
    name: "redis-server",
    command: "redis-server",
    debianPackage: "redis-server",
    usedBy: "the fleet's tests start a real Redis",
    variable: "REDIS_SERVER_BINARY",
  },
  {
    name: "chromium",
    command: "/usr/bin/chromium",
    debianPackage: "chromium",
    usedBy: "the browser tests drive headless Chromium",
    variable: "CHROMIUM_BINARY",
  },
  { name: "jq", command: "jq", debianPackage: "jq", usedBy: "examples/cli-pipeline.sh reads JSON lines with jq" },
  { name: "bash", command: "bash", debianPackage: "bash", usedBy: "examples/*.sh run with bash" },
];

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Where `command` is found: itself when it is a path, else the first match on the PATH. */
function locate(command, environment) {
  if (isAbsolute(command)) return isExecutable(command) ? command : undefined;
  const directories = (environment.PATH ?? "").split(delimiter).filter(Boolean);
  return directories.map((directory) => join(directory, command)).find(isExecutable);
}

/** The tools that are missing: neither the binary its variable names nor the command itself is there. */
export function missingSystemTools(environment = process.env) {
  return systemTools.filter((tool) => {
    const configured = tool.variable ? environment[tool.variable] : undefined;
    return configured ? !isExecutable(configured) : locate(tool.command, environment) === undefined;
  });
}

/** One line per missing tool, with the command that installs it. */
export function describeMissing(tool) {
  const alternative = tool.variable ? ` (or set ${tool.variable} to its path)` : "";
  return `missing ${tool.name}: ${tool.usedBy}. Install it: apt-get install -y ${tool.debianPackage}${alternative}`;
}
