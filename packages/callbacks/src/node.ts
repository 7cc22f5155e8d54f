// `@gentask/callbacks/node`: the receiver on Node's `http` (and Express, Fastify's raw handlers, ...). A separate
// entry point, so that the main one stays free of Node built-ins for browsers and edge runtimes.
import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";

/** A web-standard handler: what `createCallbacks(...).handle` is. */
export type FetchHandler = (request: Request) => Promise<Response>;

/**
 * Turns a web-standard handler into a Node `http` listener: `http.createServer(toNodeListener(handler))`,
 * or `app.post("/callbacks", toNodeListener(handler))` in Express, mounted before any body parser (the
 * handler reads the raw body).
 */
export function toNodeListener(handler: FetchHandler): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    void serve(handler, request, response);
  };
}

async function serve(handler: FetchHandler, request: IncomingMessage, response: ServerResponse): Promise<void> {
  try {
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value === undefined) continue;
      for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
    }
    const method = request.method ?? "GET";
    const hasBody = method !== "GET" && method !== "HEAD";
    const url = new URL(request.url ?? "/", `http://${request.headers.host ?? "localhost"}`);
    const webRequest = new Request(url, {
      method,
      headers,
      body: hasBody ? (Readable.toWeb(request) as ReadableStream<Uint8Array>) : null,
      // Node's fetch needs this for a streamed request body.
      duplex: "half",
    } as RequestInit);
    const answer = await handler(webRequest);
    response.writeHead(answer.status, Object.fromEntries(answer.headers));
    response.end(Buffer.from(await answer.arrayBuffer()));
  } catch {
    if (!response.headersSent) response.writeHead(500, { "content-type": "application/json" });
    response.end('{"error":"internal"}');
  }
}
