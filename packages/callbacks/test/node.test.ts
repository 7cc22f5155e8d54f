// The Node adapter on real 127.0.0.1 sockets with keep-alive: an answer given before the body was read (401,
// 413) never leaves the connection waiting, so the client's next request is answered promptly.
import { Agent, createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { providerRegistry } from "@gentask/core";
import { afterEach, describe, expect, it } from "vitest";
import { createCallbacks } from "../src/index.js";
import { DRAIN_LIMIT_BYTES, toNodeListener } from "../src/node.js";

const SECRET = "a-test-secret-of-at-least-32-characters";
/** Any provider: the token names one. */
const PROVIDER = Object.keys(providerRegistry)[0] as string;
/** A bound that holds on a loaded 2-core machine, far below Node's 300 s request timeout that a hang meets. */
const PROMPT_MS = 10_000;

let server: Server | undefined;
let agent: Agent | undefined;
afterEach(async () => {
  agent?.destroy();
  agent = undefined;
  await new Promise<void>((resolve) => {
    if (server === undefined) return resolve();
    server.close(() => resolve());
    server.closeAllConnections();
  });
  server = undefined;
});

interface Reply {
  status: number;
  body: string;
  connection: string | undefined;
  /** Which server-side connection answered (its number in order of arrival). */
  connectionNumber: number;
  reusedSocket: boolean;
}

async function startServer(): Promise<{ url: string }> {
  const callbacks = createCallbacks({ url: "http://127.0.0.1/callbacks", secret: SECRET });
  const listener = toNodeListener((request) => callbacks.handle(request));
  const sockets = new Map<Socket, number>();
  server = createServer((request, response) => {
    const number = sockets.get(request.socket) ?? sockets.size + 1;
    sockets.set(request.socket, number);
    response.setHeader("x-connection-number", String(number));
    listener(request, response);
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/callbacks` };
}

/** One POST through the keep-alive agent; rejects when no answer came within `PROMPT_MS`. */
function send(url: string, body: Buffer, options: { chunked?: boolean } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { "content-type": "application/json" };
    if (!options.chunked) headers["content-length"] = body.byteLength;
    const request = httpRequest(url, { method: "POST", agent, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        clearTimeout(timer);
        resolve({
          status: response.statusCode as number,
          body: Buffer.concat(chunks).toString(),
          connection: response.headers.connection,
          connectionNumber: Number(response.headers["x-connection-number"]),
          reusedSocket: request.reusedSocket,
        });
      });
    });
    const timer = setTimeout(() => {
      request.destroy();
      reject(new Error(`no answer within ${PROMPT_MS} ms`));
    }, PROMPT_MS);
    // The client keeps sending while the answer comes back: an error writing the rest is not the answer.
    request.on("error", (error) => {
      if (!request.writableFinished) return;
      clearTimeout(timer);
      reject(error);
    });
    if (options.chunked) {
      for (let offset = 0; offset < body.byteLength; offset += 64 * 1024)
        request.write(body.subarray(offset, offset + 64 * 1024));
      request.end();
    } else request.end(body);
  });
}

const bodyOf = (bytes: number) => Buffer.from(JSON.stringify({ padding: "x".repeat(bytes - 15) }));

describe("toNodeListener on keep-alive connections", () => {
  it("drains the unread rest of a 200 kB body after a 401, and answers the next request on the same socket", async () => {
    const { url } = await startServer();
    agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const body = bodyOf(200_000);
    expect(body.byteLength).toBeLessThanOrEqual(DRAIN_LIMIT_BYTES);
    const first = await send(url, body);
    expect([first.status, first.body]).toEqual([401, '{"error":"unauthorized"}']);
    expect(first.connection).not.toBe("close");
    const second = await send(url, Buffer.from("{}"));
    expect(second.status).toBe(401);
    expect(second.reusedSocket).toBe(true);
    expect(second.connectionNumber).toBe(first.connectionNumber);
  });

  it("answers a 2 MB body with Connection: close, closes the socket, and the next request is answered", async () => {
    const { url } = await startServer();
    agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const first = await send(url, bodyOf(2_000_000));
    expect([first.status, first.connection]).toEqual([401, "close"]);
    const second = await send(url, Buffer.from("{}"));
    expect(second.status).toBe(401);
    expect(second.connectionNumber).not.toBe(first.connectionNumber);
  });

  it("closes after a 413 on a declared length, and after a chunked body of unknown length", async () => {
    const { url: base } = await startServer();
    agent = new Agent({ keepAlive: true, maxSockets: 1 });
    // A valid token: the body is what decides. A start mints one (the task id is made up here).
    const callbacks = createCallbacks({ url: base, secret: SECRET });
    let url = "";
    await callbacks.start({ provider: PROVIDER } as never, (callbackUrl) => {
      url = callbackUrl;
      return "task-1";
    });
    const tooLarge = await send(url, bodyOf(2_000_000));
    expect([tooLarge.status, tooLarge.body, tooLarge.connection]).toEqual([413, '{"error":"too_large"}', "close"]);
    const chunked = await send(base, bodyOf(2_000_000), { chunked: true });
    expect([chunked.status, chunked.connection]).toEqual([401, "close"]);
    const next = await send(base, Buffer.from("{}"));
    expect(next.status).toBe(401);
    expect(new Set([tooLarge.connectionNumber, chunked.connectionNumber, next.connectionNumber]).size).toBe(3);
  });

  it("keeps the connection after a body that was read whole", async () => {
    const { url } = await startServer();
    agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const callbacks = createCallbacks({ url, secret: SECRET });
    let callbackUrl = "";
    await callbacks.start({ provider: PROVIDER } as never, (minted) => {
      callbackUrl = minted;
      return "task-1";
    });
    // A valid token on this server's secret: the body is read whole (no task id in it: 400).
    const first = await send(callbackUrl, bodyOf(500_000));
    const second = await send(callbackUrl, bodyOf(500_000));
    expect([first.status, second.status]).toEqual([400, 400]);
    expect(first.connection).not.toBe("close");
    expect(second.connectionNumber).toBe(first.connectionNumber);
  });
});
