import { ApiError, isObject, nonEmptyString, type TaskSource, type TaskStatus } from "@gentask/core";
import type { KieClient, KieTaskRecord } from "./kie-client.js";

/** Reads `resultJson`, which kie sends as a JSON string (or, rarely, an object). */
function parseResult(resultJson: unknown): { urls: string[] } | { error: string } {
  if (resultJson === null || resultJson === undefined || resultJson === "") return { urls: [] };
  let result: unknown = resultJson;
  if (typeof resultJson === "string") {
    try {
      result = JSON.parse(resultJson);
    } catch {
      return { error: `resultJson is not valid JSON: ${resultJson.slice(0, 80)}` };
    }
  }
  if (!isObject(result)) return { error: "resultJson is not a JSON object" };
  const urls = Array.isArray(result.resultUrls) ? result.resultUrls.filter(nonEmptyString) : [];
  return { urls };
}

/**
 * Classifies a kie Market record: `waiting`, `queuing`, `generating` and any
 * unknown word are pending; `success` succeeded (media from `resultJson`);
 * `fail` failed with `failCode` / `failMsg`.
 */
export function classifyKieRecord(record: unknown, id: string): TaskStatus<KieTaskRecord> {
  if (!isObject(record)) return { id, state: "not_found", urls: [], record: undefined };
  const typed = record as KieTaskRecord;
  const statusWord = nonEmptyString(record.state) ? record.state.toLowerCase() : undefined;
  const progress = typeof record.progress === "number" ? record.progress : undefined;
  if (statusWord === "fail") {
    return {
      id,
      state: "failed",
      urls: [],
      error: {
        code: nonEmptyString(record.failCode) ? record.failCode : undefined,
        message: nonEmptyString(record.failMsg) ? record.failMsg : "kie reported the task as failed",
      },
      statusWord,
      progress,
      record: typed,
    };
  }
  if (statusWord === "success") {
    const result = parseResult(record.resultJson);
    if ("error" in result) {
      return {
        id,
        state: "failed",
        urls: [],
        error: { code: "invalid_result_json", message: result.error },
        statusWord,
        record: typed,
      };
    }
    return { id, state: "succeeded", urls: result.urls, statusWord, progress: 100, record: typed };
  }
  return { id, state: "pending", urls: [], statusWord, progress, record: typed };
}

/** The task source `@gentask/poller` uses to wait for kie tasks: one id a request, 10 requests per second per key. */
export function kieTasks(client: KieClient): TaskSource<KieTaskRecord> {
  return {
    provider: client.provider,
    budgetKey: client.budgetKey,
    maxBatchSize: 1,
    rateLimit: { requestsPerSecond: 10, burst: 10 },
    classify: classifyKieRecord,
    async read(ids, options) {
      return Promise.all(
        ids.map(async (id) => {
          try {
            return classifyKieRecord(await client.getTaskRecord(id, options), id);
          } catch (error) {
            // An envelope code 501 ("generation failed") is the task's failure, not the request's.
            if (!(error instanceof ApiError && error.code === "501")) throw error;
            const message = error.providerMessage ?? "generation failed";
            return { id, state: "failed", urls: [], error: { code: "501", message }, record: undefined } as const;
          }
        }),
      );
    },
  };
}
