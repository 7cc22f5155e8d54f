// Types of package-checks.mjs, for the tests that import it.
export interface Manifest {
  name?: string;
  bin?: Record<string, string>;
  [field: string]: unknown;
}

export function metadataProblems(manifest: Manifest, name: string, rootManifest: Manifest): string[];
export function readmeProblems(readme: string, packageName: string): string[];
export function tarballProblems(files: string[], manifest: Manifest): string[];
