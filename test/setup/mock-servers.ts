import type { TestProject } from "vitest/node";
import { startMockServers } from "../../packages/mock/src/index.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** Base URL of the Prism mock of each provider. */
    mockUrls: Record<string, string>;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const servers = await startMockServers();
  project.provide("mockUrls", servers.urls);
  return () => servers.close();
}
