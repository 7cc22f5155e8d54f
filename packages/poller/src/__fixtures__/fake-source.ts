import { ApiError, type RateLimit, type TaskSource, type TaskStatus } from "@gentask/core";
import { type Clock, sleep } from "../clock.js";

export type Answer = TaskStatus | Error;

export interface FakeCall {
  at: number;
  ids: string[];
  signal: AbortSignal | undefined;
  /** When the read settled (virtual time), if it did. */
  settledAt?: number;
  aborted?: boolean;
}

export interface FakeSourceOptions {
  clock: Clock;
  provider?: string;
  budgetKey?: string;
  maxBatchSize?: number;
  rateLimit?: RateLimit;
  /** Virtual time each read takes (default 100 ms), or a function of the call index. */
  latencyMs?: number | ((call: number) => number);
  /**
   * Answers one id at `now` (call index across the source). Return an Error to fail
   * the whole request with it; return a TaskStatus for that id.
   */
  answer: (id: string, now: number, call: number) => Answer;
}

export interface FakeSource extends TaskSource<{ id: string }> {
  calls: FakeCall[];
}

/** A task source on a virtual clock: records every read and answers from a script. */
export function fakeSource(options: FakeSourceOptions): FakeSource {
  const { clock, latencyMs = 100 } = options;
  const calls: FakeCall[] = [];
  const source: FakeSource = {
    provider: options.provider ?? "fake",
    budgetKey: options.budgetKey ?? `fake ${options.provider ?? "fake"}`,
    maxBatchSize: options.maxBatchSize ?? 50,
    rateLimit: options.rateLimit ?? { requestsPerSecond: 10, burst: 10 },
    calls,
    classify: (record, id) => ({ id, state: "pending", urls: [], record: record as { id: string } }),
    async read(ids, readOptions) {
      const call: FakeCall = { at: clock.now(), ids: [...ids], signal: readOptions?.signal };
      calls.push(call);
      const index = calls.length - 1;
      const delay = typeof latencyMs === "function" ? latencyMs(index) : latencyMs;
      try {
        if (delay > 0) await sleep(delay, { clock, signal: readOptions?.signal });
      } catch (reason) {
        call.aborted = true;
        throw reason;
      }
      call.settledAt = clock.now();
      const answers = ids.map((id) => options.answer(id, clock.now(), index));
      const error = answers.find((answer): answer is Error => answer instanceof Error);
      if (error) throw error;
      return answers as TaskStatus<{ id: string }>[];
    },
  };
  return source;
}

export const pending = (id: string, statusWord = "running", progress?: number): TaskStatus<{ id: string }> => ({
  id,
  state: "pending",
  urls: [],
  statusWord,
  progress,
  record: { id },
});

export const succeeded = (id: string, urls = [`https://cdn.example/${id}.mp4`]): TaskStatus<{ id: string }> => ({
  id,
  state: "succeeded",
  urls,
  statusWord: "succeeded",
  progress: 100,
  record: { id },
});

export const failed = (id: string, code = "content_policy", message = "blocked"): TaskStatus<{ id: string }> => ({
  id,
  state: "failed",
  urls: [],
  error: { code, message },
  statusWord: "failed",
  record: { id },
});

export const notFound = (id: string): TaskStatus<{ id: string }> => ({
  id,
  state: "not_found",
  urls: [],
  record: undefined,
});

export const apiError = (
  status: number | undefined,
  code: string,
  extra: Partial<ConstructorParameters<typeof ApiError>[0]> = {},
) => new ApiError({ provider: "fake", status, code, ...extra });
