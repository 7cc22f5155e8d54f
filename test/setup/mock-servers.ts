import { startPrismServers } from "@gentask/mock-prism";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** Base URL of the Prism mock of each provider. */
    mockUrls: Record<string, string>;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const servers = await startPrismServers();
  project.provide("mockUrls", servers.urls);
  return () => servers.close();
}
