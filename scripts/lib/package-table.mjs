// The root README's package table: one row per package, `| [`@gentask/<name>`](packages/<name>) | what it is |`.
// `pnpm new-provider` adds its provider's row; test/readme-tables.test.ts checks that every package has one.

const rowPattern = /^\| \[`(@gentask\/[a-z0-9-]+)`\]\(packages\/([a-z0-9-]+)\) \|/;

/** The package folders the table lists, in its order. */
export function packageTableFolders(markdown) {
  return markdown
    .split("\n")
    .map((line) => rowPattern.exec(line)?.[2])
    .filter(Boolean);
}

/**
 * The README with a row for `packages/<folder>` after the last row of `after` (folders, the providers listed),
 * or unchanged when the table lists it already. Throws when the README has no package table.
 */
export function withPackageRow(markdown, folder, description, after) {
  const lines = markdown.split("\n");
  const folders = lines.map((line) => rowPattern.exec(line)?.[2]);
  if (folders.includes(folder)) return markdown;
  let index = folders.findLastIndex((listed) => listed !== undefined && after.includes(listed));
  if (index < 0) index = folders.findLastIndex((listed) => listed !== undefined);
  if (index < 0) throw new Error("README.md has no package table (| [`@gentask/<name>`](packages/<name>) | ... |).");
  lines.splice(index + 1, 0, `| [\`@gentask/${folder}\`](packages/${folder}) | ${description} |`);
  return lines.join("\n");
}
