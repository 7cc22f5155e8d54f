// A local HTTP server that records the callbacks a mock server POSTs, so tests never send them off the machine.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedCallback {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

export async function startCallbackReceiver() {
  const received: ReceivedCallback[] = [];
  const waiters: (() => void)[] = [];
  const server = createServer((request, response) => {
    let text = "";
    request.on("data", (chunk) => {
      text += chunk;
    });
    request.on("end", () => {
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {}
      received.push({ path: request.url ?? "/", headers: request.headers, body });
      response.writeHead(200, { "content-type": "application/json" }).end("{}");
      for (const wake of waiters.splice(0)) wake();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    /** Resolves once a callback arrived at `path`, or rejects after `timeoutMs`. */
    async waitFor(path: string, timeoutMs = 10_000): Promise<ReceivedCallback> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = received.find((callback) => callback.path === path);
        if (found) return found;
        const remaining = deadline - Date.now();
        if (remaining <= 0) throw new Error(`no callback at ${path} within ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, remaining);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Points a request body's callback field (the provider's `callbackUrlField`) at `url`, when it has one. */
export function redirectCallback<T>(body: T, field: string, url: string): T {
  if (typeof body !== "object" || body === null || !(field in body)) return body;
  return { ...(body as Record<string, unknown>), [field]: url } as T;
}

/**
 * A `fetch` that records Prism's `sl-violations` header: Prism answers an invalid request with the
 * spec's 400 (or its own 422) and lists what was wrong there, so a test can insist on none.
 */
export function recordingPrismViolations(violations: string[]) {
  return async (request: Request): Promise<Response> => {
    const response = await fetch(request);
    const reported = response.headers.get("sl-violations");
    if (reported) violations.push(`${request.method} ${new URL(request.url).pathname}: ${reported}`);
    return response;
  };
}
