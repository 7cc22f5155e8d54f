// Types of the part of provider-registry.mjs that the tests import.

/**
 * The known values of an open set written the spec's one way
 * (`anyOf: [{type: string, enum: [known...]}, {type: string}]`), or undefined for any other schema.
 */
export function knownValuesOf(schema: unknown): string[] | undefined;
