import { type AceDataTaskReader, aceDataTaskSource, classifyAceDataRecord, createAceDataClient } from "./acedata.js";
import type { ClientOptions, RequestOptions } from "./client.js";
import {
  classifyKieMarketRecord,
  createKieMarketClient,
  type KieMarketTaskReader,
  kieMarketTaskSource,
} from "./kie-market.js";
import type { ClientFacts, ProviderFamily, TaskSourceFacts } from "./provider-facts.js";
import type { TaskSource, TaskStatus } from "./task-source.js";

/** A provider reached through its facts alone, for code that serves every provider alike (the CLI, tests). */
export interface ProviderConnection {
  readonly facts: ClientFacts;
  /** What `@gentask/poller` waits through. */
  readonly tasks: TaskSource<unknown>;
  /** Starts a task with one of the provider's task-starting operations; resolves with its id. */
  start(operation: string, body: Record<string, unknown>, options?: RequestOptions): Promise<string>;
}

type Starter = (body: Record<string, unknown>, options?: RequestOptions) => Promise<string>;

/** Connects to a provider by its family's client; prefer the typed `create<Provider>Client` in your code. */
export function connectProvider(
  facts: ClientFacts & TaskSourceFacts & { readonly family: ProviderFamily },
  options?: ClientOptions,
): ProviderConnection {
  const kie = facts.family === "kie";
  const client = kie
    ? createKieMarketClient<Record<string, unknown>, unknown>(facts, options)
    : createAceDataClient<Record<string, unknown>, unknown>(facts, options);
  const tasks = kie
    ? kieMarketTaskSource(client as KieMarketTaskReader<unknown>, facts)
    : aceDataTaskSource(client as AceDataTaskReader<unknown>, facts);
  return {
    facts,
    tasks,
    start(operation, body, requestOptions) {
      const starter = (client as unknown as Record<string, Starter | undefined>)[operation];
      if (!Object.hasOwn(facts.starters, operation) || starter === undefined) {
        return Promise.reject(new TypeError(`${facts.name} has no task-starting operation ${operation}.`));
      }
      return starter(body, requestOptions);
    },
  };
}

/** Classifies a task record of any provider, by its family and record shape. */
export function classifyTaskRecord(
  facts: TaskSourceFacts & { readonly family: ProviderFamily },
  record: unknown,
  id: string,
): TaskStatus<unknown> {
  return facts.family === "kie"
    ? classifyKieMarketRecord(record, id, facts.record)
    : classifyAceDataRecord(record, id, facts.record);
}

/**
 * The task record inside a status answer: kie wraps it in `{code, msg, data}` (`data: null` for an unknown
 * id), Ace Data answers with the record itself.
 */
export function statusAnswerRecord(family: ProviderFamily, answer: unknown): unknown {
  if (family !== "kie") return answer;
  return typeof answer === "object" && answer !== null ? (answer as { data?: unknown }).data : undefined;
}
