// A wait whose every read is refused (nothing listens at the base URL) fails after a few tries instead of
// retrying until its deadline; other network errors are still retried. On a virtual clock.
import { ApiError, type TaskSource } from "@gentask/core";
import { createVirtualClock } from "@gentask/poller/testing";
import { describe, expect, it } from "vitest";
import { REFUSED_READS_LIMIT, type TrackedTask, trackTasks } from "./tracking.js";

const networkError = (reason: string) =>
  new ApiError({ provider: "veo", code: "network_error", providerMessage: `TypeError: fetch failed: ${reason}` });
const refused = () => networkError("connect ECONNREFUSED 127.0.0.1:9");

/** A source whose reads answer as `answer` says, counting them. */
function scriptedSource(answer: (read: number, ids: readonly string[]) => unknown) {
  const source = {
    reads: 0,
    provider: "veo",
    budgetKey: "veo http://127.0.0.1:9 test",
    maxBatchSize: 50,
    rateLimit: { requestsPerSecond: 10, burst: 10 },
    classify: (record: unknown, id: string) => ({ id, state: "pending" as const, urls: [], record }),
    async read(ids: readonly string[]) {
      source.reads += 1;
      const outcome = answer(source.reads, ids);
      if (outcome instanceof Error) throw outcome;
      return ids.map((id) => ({ id, state: "pending" as const, urls: [], record: {} }));
    },
  } satisfies TaskSource<unknown> & { reads: number };
  return source;
}

async function track(source: TaskSource<unknown>, timeoutMs: number, ids = ["task-1", "task-2"]) {
  const clock = createVirtualClock();
  const started = clock.now();
  const ended: TrackedTask[] = [];
  const jobs = ids.map((id) => ({
    provider: "veo" as const,
    source,
    id,
    baseUrl: "http://127.0.0.1:9",
  }));
  const { done } = trackTasks(jobs, { timeoutMs, now: clock.now, clock, onEnd: (task) => ended.push(task) });
  const outcome = await clock.run(done, timeoutMs + 60_000);
  expect(outcome.status).toBe("fulfilled");
  return { ended, elapsedMs: clock.now() - started };
}

describe("a wait where nothing listens", () => {
  it(`fails after ${REFUSED_READS_LIMIT} refused reads in a row, naming the base URL, long before its deadline`, async () => {
    const source = scriptedSource(() => refused());
    const { ended, elapsedMs } = await track(source, 15 * 60_000);
    // Batched at first; once their backoffs differ, each task is read on its own.
    expect(source.reads).toBeGreaterThanOrEqual(REFUSED_READS_LIMIT);
    expect(source.reads).toBeLessThanOrEqual(2 * REFUSED_READS_LIMIT);
    expect(elapsedMs).toBeLessThan(30_000);
    expect(ended).toHaveLength(2);
    for (const task of ended) {
      expect(task.final).toBe("error");
      expect(task.problem).toMatchObject({ name: "UnreachableError", code: "unreachable" });
      expect(task.problem?.message).toMatch(
        `connection refused ${REFUSED_READS_LIMIT} times in a row at http://127.0.0.1:9: nothing answers there`,
      );
    }
  });

  it("starts counting again after a read that got an answer", async () => {
    // Refused, refused, refused, an answer, then refused for good: five refused reads in all before it fails.
    const source = scriptedSource((read) => (read === 4 ? undefined : refused()));
    const { ended } = await track(source, 15 * 60_000, ["task-1"]);
    expect(source.reads).toBe(REFUSED_READS_LIMIT + 4);
    expect(ended.map((task) => task.problem?.code)).toEqual(["unreachable"]);
  });

  it("fails the same way on a port fetch blocks (port 9), which no retry can use", async () => {
    const source = scriptedSource(() => networkError("bad port"));
    const { ended, elapsedMs } = await track(source, 15 * 60_000, ["task-1"]);
    expect(source.reads).toBe(REFUSED_READS_LIMIT);
    expect(elapsedMs).toBeLessThan(30_000);
    expect(ended[0]?.problem?.message).toMatch("fetch refuses that port (one it blocks) 4 times in a row");
  });

  it("still retries a connection that was reset (a server that may heal) until the deadline", async () => {
    const source = scriptedSource(() => networkError("other side closed"));
    const { ended, elapsedMs } = await track(source, 60_000);
    expect(ended.map((task) => task.final)).toEqual(["timeout", "timeout"]);
    expect(elapsedMs).toBeGreaterThanOrEqual(60_000);
    expect(source.reads).toBeGreaterThan(REFUSED_READS_LIMIT);
  });
});
