// Types of readme-examples.mjs, for the tests that import it.
export class ReadmeExampleError extends Error {}

export interface TypeScriptBlock {
  /** 1-based line of the block's first code line in its Markdown file. */
  line: number;
  code: string;
  /** The reason given after `no-check`, for a block that is not type-checked. */
  skipReason: string | undefined;
}

export interface BlockToCheck {
  source: string;
  line: number;
  code: string;
}

export interface ExampleError {
  source: string;
  line: number;
  column: number;
  code: string;
  message: string;
}

export function extractTypeScriptBlocks(markdown: string, fileName?: string): TypeScriptBlock[];
export function findReadmes(root: string): string[];
export function typeCheckBlocks(
  blocks: BlockToCheck[],
  options: { root: string; workDirectory: string },
): { ok: boolean; errors: ExampleError[]; output: string };
