// The provider packages as users import them, found through the registry: `create<Provider>Client` and
// `<provider>Tasks` of `@gentask/<provider>`.
import type { ClientOptions, ProviderFacts, TaskSource } from "@gentask/core";

export interface ProviderPackage {
  createClient(options: ClientOptions): any;
  tasks(client: unknown): TaskSource<unknown>;
}

export async function providerPackage(facts: ProviderFacts): Promise<ProviderPackage> {
  const module = await import(`@gentask/${facts.name}`);
  const createClient = module[`create${facts.pascalName}Client`];
  const tasks = module[`${facts.camelName}Tasks`];
  if (typeof createClient !== "function" || typeof tasks !== "function") {
    throw new Error(
      `@gentask/${facts.name} does not export create${facts.pascalName}Client and ${facts.camelName}Tasks`,
    );
  }
  return { createClient, tasks };
}
