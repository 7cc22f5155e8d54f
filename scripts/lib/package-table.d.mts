// Types of package-table.mjs, for the test that imports it.

/** The package folders the root README's package table lists, in its order. */
export function packageTableFolders(markdown: string): string[];

/** The README with a row for `packages/<folder>` after the last row of `after`, or unchanged when it is listed. */
export function withPackageRow(markdown: string, folder: string, description: string, after: readonly string[]): string;
