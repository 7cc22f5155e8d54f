// A wrong base URL is an error that cannot heal: the wait fails at once with the provider's `no_api`
// answer, instead of reading as a missing task after the grace period.
import { ApiError, connectProvider } from "@gentask/core";
import { type LifecycleServer, startLifecycleServer } from "@gentask/mock";
import { createPoller, fixedSchedule } from "@gentask/poller";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { family } from "./support/specs.js";

let mock: LifecycleServer;
beforeAll(async () => {
  mock = await startLifecycleServer();
});
afterAll(() => mock.close());

describe.each(family("acedata").map((facts) => [facts.name, facts] as const))("%s", (_name, facts) => {
  it("fails a wait at once when the base URL points at no API", async () => {
    const connection = connectProvider(facts, { apiKey: "test-key", baseUrl: `${mock.url}/not-the-api` });
    const poller = createPoller({ notFoundGraceMs: 60_000 });
    const started = Date.now();
    const error = await poller
      .waitForTask(connection.tasks, "some-task", { timeoutMs: 60_000, schedule: fixedSchedule(50) })
      .catch((caught) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404, code: "no_api", taskId: "some-task" });
    // Not the grace period nor the deadline: the first answer ended it.
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});
