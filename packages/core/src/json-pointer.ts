const steps = (pointer: string) =>
  pointer
    .split("/")
    .slice(1)
    .map((step) => step.replaceAll("~1", "/").replaceAll("~0", "~"));

/** The value at a JSON pointer (`/content/0/text`), or `undefined`. */
export function valueAtPointer(document: unknown, pointer: string): unknown {
  return steps(pointer).reduce<unknown>(
    (value, step) =>
      typeof value === "object" && value !== null ? (value as Record<string, unknown>)[step] : undefined,
    document,
  );
}

/** A copy of `document` with `value` at a JSON pointer; missing objects on the way are created. */
export function withValueAtPointer<Document>(document: Document, pointer: string, value: unknown): Document {
  const copy = structuredClone(document) as unknown;
  const path = steps(pointer);
  let parent = copy as Record<string, unknown>;
  path.forEach((step, index) => {
    if (index === path.length - 1) parent[step] = value;
    else {
      if (typeof parent[step] !== "object" || parent[step] === null) parent[step] = {};
      parent = parent[step] as Record<string, unknown>;
    }
  });
  return copy as Document;
}
