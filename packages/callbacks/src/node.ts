// `@gentask/callbacks/node`: the receiver on Node's `http` (and Express, Fastify's raw handlers, ...). A separate
// entry point, so that the main one stays free of Node built-ins for browsers and edge runtimes.
import type { IncomingMessage, ServerResponse } from "node:http";

/** A web-standard handler: what `createCallbacks(...).handle` is. */
export type FetchHandler = (request: Request) => Promise<Response>;

/**
 * The most of a body left unread by an answer (a 401 before the body is read, a 413 on its declared length)
 * that is read and dropped to keep the connection for the client's next request. A longer or unknown rest is
 * not worth reading: the answer says `Connection: close` and the connection is closed.
 */
export const DRAIN_LIMIT_BYTES = 256 * 1024;
/** How long the rest of a body may take to be dropped before the connection is closed all the same. */
const DRAIN_TIMEOUT_MS = 5_000;
/**
 * Turns a web-standard handler into a Node `http` listener: `http.createServer(toNodeListener(handler))`,
 * or `app.post("/callbacks", toNodeListener(handler))` in Express, mounted before any body parser (the
 * handler reads the raw body). No connection is left waiting on a body nobody reads: an answer given before
 * the body was read drains a small rest of it (up to 256 KiB, `DRAIN_LIMIT_BYTES`), or else goes with
 * `Connection: close` and the connection is closed.
 */
export function toNodeListener(handler: FetchHandler): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    void serve(handler, request, response);
  };
}

/** The request's body as a web stream that reads only what the handler asks for, counting the bytes. */
function bodyOf(request: IncomingMessage, counted: { bytes: number }): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        return new Promise<void>((resolve, reject) => {
          const finish = () => {
            request.off("readable", attempt);
            request.off("end", onEnd);
            request.off("error", onError);
          };
          const onEnd = () => {
            finish();
            controller.close();
            resolve();
          };
          const onError = (error: unknown) => {
            finish();
            reject(error);
          };
          function attempt() {
            const chunk = request.read() as Buffer | null;
            if (chunk === null) return;
            finish();
            counted.bytes += chunk.byteLength;
            controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
            resolve();
          }
          if (request.readableEnded) {
            controller.close();
            resolve();
            return;
          }
          request.on("readable", attempt);
          request.on("end", onEnd);
          request.on("error", onError);
          attempt();
        });
      },
      // The handler stopped reading (a body too large): what is left is the adapter's to drain or to cut off.
      cancel() {},
    },
    { highWaterMark: 0 },
  );
}

/** Reads and drops the rest of a body; resolves `true` once it all came, `false` after `timeoutMs`. */
function drain(request: IncomingMessage, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    if (request.complete) return resolve(true);
    const timer = setTimeout(() => done(false), timeoutMs);
    const done = (complete: boolean) => {
      clearTimeout(timer);
      request.off("end", onEnd);
      request.off("close", onClose);
      resolve(complete);
    };
    const onEnd = () => done(true);
    const onClose = () => done(request.complete);
    request.on("end", onEnd);
    request.on("close", onClose);
    request.on("data", () => undefined);
    request.resume();
  });
}

async function serve(handler: FetchHandler, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const counted = { bytes: 0 };
  let status = 500;
  let headers: Record<string, string> = { "content-type": "application/json" };
  let body: Uint8Array = new TextEncoder().encode('{"error":"internal"}');
  try {
    const requestHeaders = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value === undefined) continue;
      for (const item of Array.isArray(value) ? value : [value]) requestHeaders.append(name, item);
    }
    const method = request.method ?? "GET";
    const hasBody = method !== "GET" && method !== "HEAD";
    const url = new URL(request.url ?? "/", `http://${request.headers.host ?? "localhost"}`);
    const webRequest = new Request(url, {
      method,
      headers: requestHeaders,
      body: hasBody ? bodyOf(request, counted) : null,
      // Node's fetch needs this for a streamed request body.
      duplex: "half",
    } as RequestInit);
    const answer = await handler(webRequest);
    status = answer.status;
    headers = Object.fromEntries(answer.headers);
    body = new Uint8Array(await answer.arrayBuffer());
  } catch {
    // The 500 above; never a stack trace to the sender.
  }
  if (!request.complete) {
    const declared = Number(request.headers["content-length"]);
    const rest = Number.isSafeInteger(declared) ? declared - counted.bytes : Number.POSITIVE_INFINITY;
    // A small rest is dropped before the answer goes, so that the connection serves the next request.
    if (!(rest <= DRAIN_LIMIT_BYTES && (await drain(request, DRAIN_TIMEOUT_MS)))) {
      closeAfter(request, response, status, headers, body);
      return;
    }
  }
  if (response.destroyed) return;
  response.writeHead(status, headers);
  response.end(body);
}

/** Answers with `Connection: close`: Node closes the connection once the answer is out. */
function closeAfter(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: Uint8Array,
): void {
  if (response.destroyed) return;
  // What the client still sends until then is dropped, not left to fill the socket's buffers.
  request.on("data", () => undefined);
  request.resume();
  response.shouldKeepAlive = false;
  response.writeHead(status, { ...headers, connection: "close" });
  response.end(body);
}
