// A generation API stand-in on 127.0.0.1 for the fleet's tests and benchmark: tasks finish at set times,
// status reads are batched (`POST /read {ids}`), and the server enforces its rate limit per API key with
// 429s (a sliding window: at most `limit` accepted requests in any `windowMs`). Plus a task source that
// reads it over HTTP with `fetch`, the way a provider package's source does.
import { createServer } from "node:http";
import { ApiError } from "@gentask/core";

/**
 * @param {{ limit?: number, windowMs?: number }} [options]
 */
export async function startTaskServer(options = {}) {
  const limit = options.limit ?? 10;
  const windowMs = options.windowMs ?? 1_000;
  /** @type {Map<string, { completesAt: number, outcome: "succeeded" | "failed" }>} */
  const tasks = new Map();
  const stats = { requests: 0, accepted: 0, rejected: 0, idsRead: 0, unauthorized: 0, acceptedAt: [] };
  /** Accepted request times per API key (the limit is the key's). */
  const windows = new Map();

  const server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => {
      body += chunk;
    });
    request.on("end", () => {
      const now = Date.now();
      // The harness's side door (when the server runs in a process of its own): add tasks, read the counts.
      if (request.url === "/tasks") {
        for (const task of JSON.parse(body))
          tasks.set(task.id, { completesAt: task.completesAt, outcome: task.outcome ?? "succeeded" });
        response.writeHead(204).end();
        return;
      }
      if (request.url === "/stats") {
        response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(stats));
        return;
      }
      stats.requests += 1;
      const key = request.headers.authorization ?? "";
      if (!key.startsWith("Bearer ")) {
        stats.unauthorized += 1;
        response.writeHead(401, { "content-type": "application/json" }).end('{"error":"unauthorized"}');
        return;
      }
      let window = windows.get(key);
      if (window === undefined) {
        window = { times: [], head: 0, log: [] };
        windows.set(key, window);
      }
      while (window.head < window.times.length && window.times[window.head] <= now - windowMs) window.head += 1;
      if (window.times.length - window.head >= limit) {
        stats.rejected += 1;
        if (process.env.TASK_SERVER_DEBUG) {
          console.error(
            JSON.stringify({
              now,
              sender: request.headers["x-sender"],
              sentAt: Number(request.headers["x-sent-at"]),
              window: window.log.slice(-limit),
            }),
          );
        }
        const retryAfter = Math.max(1, Math.ceil((window.times[window.head] + windowMs - now) / 1000));
        response
          .writeHead(429, { "content-type": "application/json", "retry-after": String(retryAfter) })
          .end('{"error":"too many requests"}');
        return;
      }
      window.times.push(now);
      if (process.env.TASK_SERVER_DEBUG)
        window.log.push([now - 0, request.headers["x-sender"], Number(request.headers["x-sent-at"])]);
      if (window.head > 10_000) {
        window.times = window.times.slice(window.head);
        window.head = 0;
      }
      stats.accepted += 1;
      stats.acceptedAt.push(now);
      const { ids } = JSON.parse(body);
      stats.idsRead += ids.length;
      const statuses = ids.map((id) => {
        const task = tasks.get(id);
        if (task === undefined) return { id, state: "not_found" };
        if (now < task.completesAt) return { id, state: "pending" };
        return task.outcome === "succeeded"
          ? { id, state: "succeeded", url: `https://cdn.example/${id}.mp4` }
          : { id, state: "failed", message: "blocked" };
      });
      response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(statuses));
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    stats,
    /** A task that finishes at `completesAt` (epoch ms). */
    addTask(id, completesAt, outcome = "succeeded") {
      tasks.set(id, { completesAt, outcome });
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

// `node task-server.mjs LIMIT`: the server in a process of its own (so that the harness's own work does not
// delay it); prints its URL, stops on SIGTERM.
if (process.argv[1] === new URL(import.meta.url).pathname) {
  const server = await startTaskServer({ limit: Number(process.argv[2] ?? 10) });
  console.log(server.url);
  process.on("SIGTERM", () => server.close().then(() => process.exit(0)));
}

/**
 * The task source of the stand-in API, as a provider package would make it: `fetch` only, the key in
 * the Authorization header, 50 ids a request, a budget key that names the key by a fingerprint.
 * @param {{ baseUrl: string, apiKey: string, rateLimit?: { requestsPerSecond: number, burst: number } }} options
 */
export function httpTaskSource({ baseUrl, apiKey, rateLimit = { requestsPerSecond: 10, burst: 10 }, sender }) {
  let fingerprint = 0x811c9dc5;
  for (let index = 0; index < apiKey.length; index++)
    fingerprint = Math.imul(fingerprint ^ apiKey.charCodeAt(index), 0x01000193);
  return {
    provider: "sim",
    budgetKey: `sim ${baseUrl} ${(fingerprint >>> 0).toString(16)}`,
    maxBatchSize: 50,
    rateLimit,
    classify: (record, id) => ({ id, state: "pending", urls: [], record }),
    async read(ids, options) {
      let response;
      try {
        response = await fetch(`${baseUrl}/read`, {
          method: "POST",
          headers: {
            authorization: `Bearer ${apiKey}`,
            "content-type": "application/json",
            "x-sender": sender ?? "",
            "x-sent-at": String(Date.now()),
          },
          body: JSON.stringify({ ids }),
          signal: options?.signal,
        });
      } catch (error) {
        if (options?.signal?.aborted) throw options.signal.reason;
        throw new ApiError({ provider: "sim", code: "network_error", providerMessage: String(error) });
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new ApiError({
          provider: "sim",
          status: response.status,
          code: `http_${response.status}`,
          retryAfter: response.headers.get("retry-after"),
        });
      }
      const records = await response.json();
      return records.map((record) => ({
        id: record.id,
        state: record.state,
        urls: record.url ? [record.url] : [],
        error: record.state === "failed" ? { code: "content_policy", message: record.message } : undefined,
        record,
      }));
    },
  };
}
