// The README examples check: every ```ts block of every README.md is written out as a module that imports the
// workspace packages (`@gentask/<name>` resolves to the package's source, as in the root tsconfig) and type-checked
// with `tsc --strict`. A block that is deliberately not a complete program is marked ```ts no-check <reason>.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

const typeScriptLanguages = new Set(["ts", "typescript"]);
const skippedDirectories = new Set(["node_modules", "dist", "coverage"]);

/** Thrown when a README cannot be read as the check expects (an unclosed fence, a no-check without reason). */
export class ReadmeExampleError extends Error {
  constructor(message) {
    super(message);
    this.name = "ReadmeExampleError";
  }
}

/**
 * The TypeScript blocks of a Markdown text: `{ line, code, skipReason }`, where `line` is the 1-based line of the
 * block's first code line and `skipReason` is set for a ```ts no-check <reason> block.
 */
export function extractTypeScriptBlocks(markdown, fileName = "README.md") {
  const lines = markdown.split(/\r?\n/);
  const blocks = [];
  for (let index = 0; index < lines.length; index++) {
    const opening = /^( {0,3})(`{3,}|~{3,})(.*)$/.exec(lines[index]);
    if (!opening) continue;
    const [, indent, fence, infoString] = opening;
    const [language = "", ...rest] = infoString.trim().split(/\s+/);
    let closingIndex = index + 1;
    const fenceCharacter = fence[0] === "`" ? "`" : "~";
    const closing = new RegExp(`^ {0,3}\\${fenceCharacter}{${fence.length},}\\s*$`);
    while (closingIndex < lines.length && !closing.test(lines[closingIndex])) closingIndex++;
    if (closingIndex === lines.length)
      throw new ReadmeExampleError(`${fileName}:${index + 1}: a code block that is never closed`);
    if (typeScriptLanguages.has(language.toLowerCase())) {
      const code = lines
        .slice(index + 1, closingIndex)
        .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line.trimStart()))
        .join("\n");
      let skipReason;
      if (rest[0] === "no-check") {
        skipReason = rest.slice(1).join(" ");
        if (!skipReason)
          throw new ReadmeExampleError(
            `${fileName}:${index + 1}: "no-check" needs a reason after it (\`\`\`ts no-check <why it is not a program>)`,
          );
      }
      blocks.push({ line: index + 2, code: `${code}\n`, skipReason });
    }
    index = closingIndex;
  }
  return blocks;
}

/** Every README.md of the repository (the root's, each package's, the examples'), as paths relative to `root`. */
export function findReadmes(root) {
  const found = [];
  const walk = (directory) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!entry.name.startsWith(".") && !skippedDirectories.has(entry.name)) walk(join(directory, entry.name));
      } else if (entry.name === "README.md") {
        found.push(relative(root, join(directory, entry.name)).split(sep).join("/"));
      }
    }
  };
  walk(root);
  return found.sort();
}

/**
 * Type-checks blocks (`{ source, line, code }`, `source` naming where they come from) in `workDirectory`, each as
 * its own ES module, with `tsc --strict --noEmit`. Answers `{ ok, errors, output }`, where each error is
 * `{ source, line, column, code, message }` pointing into the README.
 */
export function typeCheckBlocks(blocks, { root, workDirectory }) {
  mkdirSync(workDirectory, { recursive: true });
  // ESM, so top-level await is allowed, as in the examples.
  writeFileSync(join(workDirectory, "package.json"), '{ "type": "module" }\n');
  const files = blocks.map((block, index) => {
    const file = `example-${String(index + 1).padStart(3, "0")}.ts`;
    // `export {}` makes a block without imports a module too, so blocks never share top-level names.
    writeFileSync(join(workDirectory, file), `${block.code}export {};\n`);
    return file;
  });
  const packagesDirectory = join(root, "packages");
  const paths = {};
  for (const name of readdirSync(packagesDirectory)) {
    const manifestPath = join(packagesDirectory, name, "package.json");
    if (!existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
    // Only what the package exports: `.` is src/index.ts, `./testing` is src/testing.ts.
    for (const subpath of Object.keys(manifest.exports ?? {})) {
      if (subpath === "./package.json") continue;
      const specifier = subpath === "." ? manifest.name : `${manifest.name}/${subpath.slice(2)}`;
      const file = subpath === "." ? "index.ts" : `${subpath.slice(2)}.ts`;
      paths[specifier] = [join(packagesDirectory, name, "src", file)];
    }
  }
  const tsconfig = {
    compilerOptions: {
      target: "ES2022",
      lib: ["ES2022", "DOM", "DOM.Iterable"],
      module: "NodeNext",
      moduleResolution: "NodeNext",
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: ["node"],
      typeRoots: [join(root, "node_modules", "@types")],
      paths,
    },
    files,
  };
  writeFileSync(join(workDirectory, "tsconfig.json"), `${JSON.stringify(tsconfig, null, 2)}\n`);
  const result = spawnSync(
    process.execPath,
    [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", workDirectory, "--pretty", "false"],
    { cwd: workDirectory, encoding: "utf8" },
  );
  const output = `${result.stdout ?? ""}${result.stderr ?? ""}`;
  const errors = [];
  for (const match of output.matchAll(/^(.+?)\((\d+),(\d+)\): error (TS\d+): (.*)$/gm)) {
    const [, file, line, column, code, message] = match;
    const blockIndex = files.indexOf(file.split(/[\\/]/).pop());
    const block = blocks[blockIndex];
    errors.push(
      block
        ? { source: block.source, line: block.line + Number(line) - 1, column: Number(column), code, message }
        : { source: file, line: Number(line), column: Number(column), code, message },
    );
  }
  const ok = result.status === 0;
  if (!ok && errors.length === 0)
    errors.push({ source: "tsc", line: 0, column: 0, code: "exit", message: output.trim() || result.error?.message });
  return { ok, errors, output };
}
