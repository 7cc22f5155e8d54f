// The lifecycle mock's request handling: media, CORS preflights, then per operation of a spec: the key,
// the body's size, the request's validity, and the operation's answer (start a task, read tasks, or the
// operation's first example).
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ValidateFunction } from "ajv/dist/2020.js";
import type { SpecDocument, SpecOperation } from "../spec-documents.js";
import { acceptedAnswer, acceptedExampleId, errorAnswer } from "./answers.js";
import type { CallbackSender } from "./callbacks.js";
import { CORS_HEADERS, RequestTooLargeError, readBody, sendJson } from "./http.js";
import { checkRequest } from "./request-validation.js";
import { closestProvider, type Example, type ServedProvider } from "./served-provider.js";
import { mentions, newTaskId, type TaskStore } from "./task-store.js";

export interface RouteSettings {
  served: readonly ServedProvider[];
  store: TaskStore;
  callbacks: CallbackSender;
  /** Answers a status read. */
  statusAnswer: (
    provider: ServedProvider,
    body: Record<string, unknown> | undefined,
    query: URLSearchParams,
  ) => Example;
  compile: (schema: unknown) => ValidateFunction;
  now: () => number;
  maxBodyBytes: number;
  /** A create request containing this text anywhere makes the task fail. */
  failKeyword: string;
  /** The request header that decides a created task's outcome. */
  outcomeHeader: string;
}

/** The handler of every request the lifecycle server gets. */
export function createRequestHandler(settings: RouteSettings) {
  const { served, store, callbacks, statusAnswer, compile, now, maxBodyBytes } = settings;
  const routes = new Map<string, { provider: ServedProvider; operation: SpecOperation }>();
  for (const provider of served) {
    for (const operation of provider.operations) {
      routes.set(`${operation.method.toUpperCase()} ${operation.path}`, { provider, operation });
    }
  }
  const send = (response: ServerResponse, answer: Example) => sendJson(response, answer.status, answer.value);

  /** Creates a task from a valid start request; answers with the start operation's accepted example. */
  const startTask = (
    provider: ServedProvider,
    starter: SpecOperation,
    body: Record<string, unknown>,
    request: IncomingMessage,
  ): Example => {
    const { facts } = provider;
    // The outcome header decides; without it, the fail keyword anywhere in the body does.
    const outcome = String(request.headers[settings.outcomeHeader] ?? "").toLowerCase();
    const callbackUrl = body[facts.callbackUrlField];
    const hasCallback = typeof callbackUrl === "string" && callbackUrl !== "";
    const task = {
      provider,
      id: newTaskId(acceptedExampleId(provider, starter)),
      createdAt: now(),
      request: body,
      starter,
      fails: outcome === "fail" || (outcome !== "succeed" && mentions(body, settings.failKeyword)),
      callbackUrl: hasCallback ? callbackUrl : undefined,
      callbackFault: hasCallback ? callbacks.pickFault() : ("none" as const),
      callbackRequest: undefined,
    };
    store.add(task);
    callbacks.schedule(task);
    return acceptedAnswer(provider, starter, task.id);
  };

  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const { pathname, searchParams } = new URL(request.url ?? "/", "http://mock");
    const method = request.method ?? "GET";
    if (method === "OPTIONS") {
      response.writeHead(204, CORS_HEADERS).end();
      return;
    }
    if (method === "GET" && pathname.startsWith("/media/")) {
      const isVideo = /\.(mp4|webm|mov)$/.test(pathname);
      response
        .writeHead(200, { ...CORS_HEADERS, "content-type": isVideo ? "video/mp4" : "image/png" })
        .end("gentask mock media");
      return;
    }
    store.evictOld();
    callbacks.deliverDue();
    const route = routes.get(`${method} ${pathname}`);
    if (route === undefined) {
      const provider = closestProvider(served, pathname);
      return send(
        response,
        errorAnswer(provider, provider.facts.answers.unknownPath, 404, `no API at ${method} ${pathname}`),
      );
    }
    const { provider, operation } = route;
    const { facts } = provider;
    const security = operation.operation.security ?? provider.spec.security ?? [];
    if (security.length > 0 && !/^Bearer \S+/.test(String(request.headers.authorization ?? ""))) {
      return send(response, errorAnswer(provider, facts.answers.unauthorized, 401));
    }
    let text: string;
    try {
      text = await readBody(request, maxBodyBytes);
    } catch (error) {
      if (!(error instanceof RequestTooLargeError)) throw error;
      response.setHeader("connection", "close");
      return send(
        response,
        errorAnswer(provider, facts.answers.tooLarge, 413, `the body is larger than ${maxBodyBytes} bytes`),
      );
    }
    const checked = checkRequest(operation, text, searchParams, compile);
    if ("problem" in checked)
      return send(response, errorAnswer(provider, facts.answers.invalidRequest, 400, checked.problem));
    if (operation.path === facts.statusPath) return send(response, statusAnswer(provider, checked.body, searchParams));
    if (Object.hasOwn(facts.starters, operation.operationId)) {
      return send(response, startTask(provider, operation, checked.body ?? {}, request));
    }
    // An operation that is neither a start nor a status read: its first 200 example.
    const first = Object.values<SpecDocument>(
      operation.operation.responses?.["200"]?.content?.["application/json"]?.examples ?? {},
    )[0];
    return sendJson(response, 200, first?.value ?? {});
  };
}
