import type { ClientOptions, TaskSource } from "@gentask/core";
import { createFluxClient, fluxTasks } from "@gentask/flux";
import { createKieClient, kieTasks } from "@gentask/kie";
import { createSeedanceClient, seedanceTasks } from "@gentask/seedance";
import { createSeedreamClient, seedreamTasks } from "@gentask/seedream";
import { createVeoClient, veoTasks } from "@gentask/veo";

/** What the command line needs of one provider: its key variable, and a client for the common case. */
export interface ProviderEntry {
  keyVariable: "ACEDATA_API_KEY" | "KIE_API_KEY";
  /** The model the common case uses. */
  defaultModel: string;
  connect(options: ClientOptions): ProviderConnection;
}

export interface ProviderConnection {
  source: TaskSource<unknown>;
  /** Creates a task for a prompt with the provider's usual settings; resolves with its id. */
  createTask(prompt: string, model: string): Promise<string>;
}

export const providers = {
  seedream: {
    keyVariable: "ACEDATA_API_KEY",
    defaultModel: "doubao-seedream-4-5-251128",
    connect(options) {
      const client = createSeedreamClient(options);
      return { source: seedreamTasks(client), createTask: (prompt, model) => client.createTask({ model, prompt }) };
    },
  },
  seedance: {
    keyVariable: "ACEDATA_API_KEY",
    defaultModel: "doubao-seedance-1-0-pro-250528",
    connect(options) {
      const client = createSeedanceClient(options);
      return {
        source: seedanceTasks(client),
        createTask: (prompt, model) => client.createTask({ model, content: [{ type: "text", text: prompt }] }),
      };
    },
  },
  flux: {
    keyVariable: "ACEDATA_API_KEY",
    defaultModel: "flux-dev",
    connect(options) {
      const client = createFluxClient(options);
      return {
        source: fluxTasks(client),
        createTask: (prompt, model) => client.createTask({ action: "generate", model, prompt, size: "1024x1024" }),
      };
    },
  },
  veo: {
    keyVariable: "ACEDATA_API_KEY",
    defaultModel: "veo3-fast",
    connect(options) {
      const client = createVeoClient(options);
      return {
        source: veoTasks(client),
        createTask: (prompt, model) => client.createTask({ action: "text2video", model, prompt }),
      };
    },
  },
  kie: {
    keyVariable: "KIE_API_KEY",
    defaultModel: "bytedance/seedream-v4-text-to-image",
    connect(options) {
      const client = createKieClient(options);
      return {
        source: kieTasks(client),
        createTask: (prompt, model) => client.createTask({ model, input: { prompt } }),
      };
    },
  },
} satisfies Record<string, ProviderEntry>;

export type ProviderName = keyof typeof providers;
export const providerNames = Object.keys(providers) as ProviderName[];

export function isProviderName(name: string | undefined): name is ProviderName {
  return name !== undefined && Object.hasOwn(providers, name);
}
