import type { RateLimit } from "./task-source.js";

/** The task API a provider speaks: Ace Data Cloud's task API, or kie.ai's Market. */
export type ProviderFamily = "acedata" | "kie";

/**
 * Where a provider's task record keeps what the poller reads (the spec's `x-gentask.record`). Paths are
 * `/`-separated field names; arrays on the way are read element by element, and a `$json` step parses a
 * JSON string. Ace Data paths start at each item of the generation result, kie paths at the record.
 */
export interface RecordShape {
  /**
   * Ace Data: where the result items sit inside the generation result (`response`), an object or an array of
   * them; {@link DEFAULT_RECORD_ITEMS} (`data`) when absent, and `""` when the result is itself the one item
   * (a flat `response` with the status word and the media URL directly in it). kie records are the item.
   */
  readonly items?: string | undefined;
  readonly statusWord?: readonly string[] | undefined;
  readonly progress?: readonly string[] | undefined;
  readonly mediaUrls: readonly string[];
  /** Media sent inline (base64) instead of as a URL: a result without a URL. */
  readonly inlineMedia?: readonly string[] | undefined;
  readonly errorCode?: readonly string[] | undefined;
  readonly errorMessage?: readonly string[] | undefined;
  /** Status words that mean done; a task whose words are all in this list (or has none) succeeded once it has media. */
  readonly succeededWords?: readonly string[] | undefined;
  /** Status words that mean the task failed. Any other word means it still runs. */
  readonly failedWords?: readonly string[] | undefined;
}

/** What a client needs to know of its provider: generated from the spec into each provider package. */
export interface ClientFacts {
  /** Short name, also the package name: `veo`, `kie`, ... */
  readonly name: string;
  /** The production host. */
  readonly baseUrl: string;
  /** The environment variable read when no `apiKey` option is given. */
  readonly apiKeyVariable: string;
  /** The operations that start a task: client method name (the spec's operationId) → path. */
  readonly starters: Readonly<Record<string, string>>;
  /** The path that reads task statuses. */
  readonly statusPath: string;
  /** Task ids per status request (1 where the provider has no batch query). */
  readonly batchSize: number;
}

/** What a task source needs to know of its provider: generated into each provider package's `<provider>Tasks`. */
export interface TaskSourceFacts {
  /** Where the provider's task record keeps its status, progress and media. */
  readonly record: RecordShape;
  /** The documented status-query limit per key; absent where none is documented. */
  readonly rateLimit?: RateLimit | undefined;
}

/** A timestamp field of a record, for mocks that fill records in. */
export interface RecordTime {
  readonly path: string;
  readonly unit: "seconds" | "milliseconds" | "datetime";
  /**
   * Which moment of the task it records: the mock writes the task's own (`created`; `started` after its queue
   * time; `finished` after its run time too; `updated`, the latest of those by now). Without it, the time moves
   * with the creation time, keeping the example's distance to it.
   */
  readonly moment?: "created" | "started" | "finished" | "updated" | undefined;
}

/** Every fact of a provider: the client's, plus what the command line and the mocks use. */
export interface ProviderFacts extends ClientFacts, TaskSourceFacts {
  readonly family: ProviderFamily;
  readonly record: RecordShape & { readonly times?: readonly RecordTime[] | undefined };
  /** `NanoBanana` for `nano-banana`: the stem of the names its package exports. */
  readonly pascalName: string;
  readonly camelName: string;
  /** The provider's name as people write it. */
  readonly title: string;
  readonly media: readonly ("image" | "video" | "audio" | "text")[];
  readonly statusMethod: string;
  /** The create body's field for a callback URL. */
  readonly callbackUrlField: string;
  /** The common-case create request of the command line and the demo. */
  readonly common: {
    readonly operationId: string;
    readonly body: Readonly<Record<string, unknown>>;
    readonly promptPointer: string;
    /** Where the model goes in the body; absent for a provider whose requests name no model. */
    readonly modelPointer?: string | undefined;
    /** The body's model (at `modelPointer`); absent for a provider without a model. */
    readonly model?: string | undefined;
    readonly prompt: string;
  };
  /** The seed document of `../shared/seeds/` the spec started from, when there is one. */
  readonly seedDocument?: string | undefined;
  /** Which named example of the spec the provider answers with in each case. */
  readonly answers: {
    readonly accepted: string;
    readonly queued: string | readonly string[];
    readonly running: string | readonly string[];
    readonly succeeded: string;
    readonly failed: string;
    readonly unknownTask: string;
    readonly invalidRequest: string;
    readonly unauthorized: string;
    readonly tooLarge?: string | undefined;
    readonly unknownPath: string;
    readonly errorMessage: string;
  };
}

/**
 * Where an Ace Data generation result keeps its items when a spec's `record.items` does not say: `data`
 * (`{success, task_id, data: [...]}`). The one default of the classifier, the lifecycle mock and the
 * generator.
 */
export const DEFAULT_RECORD_ITEMS = "data";

/** The path of the result items inside an Ace Data generation result: `record.items`, else {@link DEFAULT_RECORD_ITEMS}. */
export function recordItemsPath(shape: RecordShape): string {
  return shape.items ?? DEFAULT_RECORD_ITEMS;
}

/** gentask's prudent status-query limit for providers that document none. */
export const DEFAULT_STATUS_RATE_LIMIT: RateLimit = { requestsPerSecond: 10, burst: 10 };
