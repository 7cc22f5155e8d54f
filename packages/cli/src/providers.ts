import {
  type ClientOptions,
  connectProvider,
  type ProviderFacts,
  providerRegistry,
  type TaskSource,
  withValueAtPointer,
} from "@gentask/core";

/** A provider's name: one per spec in the registry. */
export type ProviderName = string;

const registry = providerRegistry as Readonly<Record<string, ProviderFacts>>;

/** Every provider the command line knows, from the registry generated from the specs. */
export const providerNames: readonly ProviderName[] = Object.keys(registry);

export function isProviderName(name: string | undefined): name is ProviderName {
  return name !== undefined && Object.hasOwn(registry, name);
}

/** The facts of a provider the command line serves. */
export function providerFacts(name: ProviderName): ProviderFacts {
  return registry[name] as ProviderFacts;
}

/**
 * Why `--model` cannot apply to a provider, or `undefined` when it can: a provider whose spec has no
 * `x-gentask.common.modelPointer` names no model in its requests, and the model is never written elsewhere.
 */
export function modelRefusal(facts: ProviderFacts, model: string | undefined): string | undefined {
  if (model === undefined || facts.common.modelPointer !== undefined) return undefined;
  return `${facts.name} has no model to choose: its requests name none, so --model does not apply.`;
}

/** What the command line needs of one provider: its task source and a create for the common case. */
export interface ProviderConnection {
  source: TaskSource<unknown>;
  /**
   * Creates a task for a prompt with the provider's usual settings (its spec's common case), with another model
   * when one is given (a provider without a model refuses one); resolves with its id.
   */
  createTask(prompt: string, model?: string): Promise<string>;
}

export function connect(name: ProviderName, options: ClientOptions): ProviderConnection {
  const facts = providerFacts(name);
  const connection = connectProvider(facts, options);
  const { common } = facts;
  return {
    source: connection.tasks,
    createTask: (prompt, model) => {
      let body = withValueAtPointer(common.body, common.promptPointer, prompt);
      if (model !== undefined) {
        if (common.modelPointer === undefined) return Promise.reject(new TypeError(modelRefusal(facts, model)));
        body = withValueAtPointer(body, common.modelPointer, model);
      }
      return connection.start(common.operationId, body);
    },
  };
}

/** "ONE_API_KEY (a, b) and OTHER_API_KEY (c)": which variable holds the key of which providers. */
export function keyVariablesText(): string {
  const byVariable = new Map<string, string[]>();
  for (const facts of Object.values(registry)) {
    byVariable.set(facts.apiKeyVariable, [...(byVariable.get(facts.apiKeyVariable) ?? []), facts.name]);
  }
  return [...byVariable].map(([variable, names]) => `${variable} (${names.join(", ")})`).join(" and ");
}
