// The HTTP edges of the lifecycle mock: reading a bounded body, and answering JSON with CORS headers.
import type { IncomingMessage, ServerResponse } from "node:http";

/** Browsers call the mock too: every answer allows any origin. */
export const CORS_HEADERS = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "GET, POST, OPTIONS",
  "access-control-allow-headers": "authorization, content-type, accept, prefer, x-gentask-mock-outcome",
  "access-control-expose-headers": "retry-after",
  "access-control-max-age": "600",
};

export class RequestTooLargeError extends Error {}

/** Reads a body up to `limit` bytes; decodes UTF-8 once at the end, so characters split across chunks survive. */
export async function readBody(request: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new RequestTooLargeError();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Answers with a JSON body. */
export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { ...CORS_HEADERS, "content-type": "application/json" }).end(JSON.stringify(body));
}
