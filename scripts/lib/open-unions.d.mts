// Types of open-unions.mjs, for the tests that import it.
export interface OpenUnion {
  /** The discriminating property (`model`). */
  key: string;
  /** Its known values, one per branch of the discriminated union. */
  known: string[];
}

export function openDiscriminatedUnions(name: string, spec: unknown): Map<string, OpenUnion>;
