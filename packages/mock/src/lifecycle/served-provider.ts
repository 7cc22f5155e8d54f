// One provider as the lifecycle mock serves it: its facts, its spec (every `$ref` inlined) and the named
// examples it answers with.
import type { ProviderFacts } from "@gentask/core";
import { loadSpec, type SpecDocument, type SpecOperation, specOperations } from "../spec-documents.js";

export interface ServedProvider {
  facts: ProviderFacts;
  spec: SpecDocument;
  operations: SpecOperation[];
  /** The operation that reads task statuses. */
  status: SpecOperation;
}

/** A named response example with its HTTP status. */
export interface Example {
  status: number;
  value: unknown;
}

/** Loads the providers to serve, by name, from the registry and the specs. */
export function loadServedProviders(
  names: readonly string[],
  registry: Readonly<Record<string, ProviderFacts>>,
  specsDirectory: string,
): ServedProvider[] {
  return names.map((name) => {
    const facts = registry[name];
    if (facts === undefined) throw new TypeError(`No provider ${name}; known: ${Object.keys(registry).join(", ")}.`);
    const spec = loadSpec(name, specsDirectory);
    const operations = specOperations(spec);
    const status = operations.find((operation) => operation.path === facts.statusPath) as SpecOperation;
    return { facts, spec, operations, status };
  });
}

/** A response example of an operation by name, with its status. */
export function responseExample(operation: SpecOperation, name: string): Example | undefined {
  for (const [status, response] of Object.entries<SpecDocument>(operation.operation.responses ?? {})) {
    const example = response?.content?.["application/json"]?.examples?.[name];
    if (example) return { status: Number(status), value: example.value };
  }
  return undefined;
}

/** A response example of any operation of the provider by name (the shared error answers). */
export function providerExample(provider: ServedProvider, name: string): Example | undefined {
  for (const operation of provider.operations) {
    const example = responseExample(operation, name);
    if (example) return example;
  }
  return undefined;
}

/** A callback example of a start operation by name. */
export function callbackExample(operation: SpecOperation, name: string): unknown {
  for (const callback of Object.values<SpecDocument>(operation.operation.callbacks ?? {})) {
    for (const item of Object.values<SpecDocument>(callback)) {
      const example = item?.post?.requestBody?.content?.["application/json"]?.examples?.[name];
      if (example) return example.value;
    }
  }
  return undefined;
}

/** The provider whose paths look most like `path`: the one that answers a path nobody serves. */
export function closestProvider(served: readonly ServedProvider[], path: string): ServedProvider {
  const shared = (a: string, b: string) => {
    let index = 0;
    while (index < a.length && a[index] === b[index]) index++;
    return index;
  };
  let best = served[0] as ServedProvider;
  let bestLength = -1;
  for (const provider of served) {
    for (const operation of provider.operations) {
      const length = shared(operation.path, path);
      if (length > bestLength) [best, bestLength] = [provider, length];
    }
  }
  return best;
}
