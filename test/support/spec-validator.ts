// Validates answers and callbacks against the specs: the proof that a server (the lifecycle mock) speaks the API.
import { describeSchemaErrors, loadSpec, schemaValidator } from "@gentask/mock";

const compile = schemaValidator();

export function specValidator(provider: string) {
  const spec = loadSpec(provider);
  const problemsOf = (schema: unknown, body: unknown, where: string): string[] => {
    if (schema === undefined) return [`${where} has no JSON schema`];
    const validate = compile(schema);
    return validate(body) ? [] : describeSchemaErrors(validate).map((problem) => `${where}: ${problem}`);
  };
  return {
    /** Problems of an answer to `method path` with `status`, against the operation's response schema. */
    response(method: string, path: string, status: number, body: unknown): string[] {
      const operation = spec.paths?.[path]?.[method.toLowerCase()];
      if (!operation) return [`${method} ${path} is not in the ${provider} spec`];
      const response = operation.responses?.[String(status)];
      if (!response) return [`${method} ${path} does not document status ${status}`];
      return problemsOf(response.content?.["application/json"]?.schema, body, `${method} ${path} ${status}`);
    },
    /** Problems of a callback body sent for the start operation at `startPath`. */
    callback(startPath: string, body: unknown): string[] {
      const callbacks = Object.values<Record<string, any>>(spec.paths?.[startPath]?.post?.callbacks ?? {});
      const schema = callbacks.flatMap((callback) => Object.values<any>(callback))[0]?.post?.requestBody?.content?.[
        "application/json"
      ]?.schema;
      return problemsOf(schema, body, `callback of ${startPath}`);
    },
  };
}

/**
 * A `fetch` that validates every JSON answer against the provider's spec and records the problems,
 * for clients pointed at a server that claims to implement it.
 */
export function validatingFetch(provider: string, problems: string[], baseUrl: string) {
  const validator = specValidator(provider);
  return async (request: Request): Promise<Response> => {
    const response = await fetch(request);
    const path = new URL(request.url).pathname.slice(new URL(baseUrl).pathname.replace(/\/$/, "").length);
    const body = await response
      .clone()
      .json()
      .catch(() => "(not JSON)");
    problems.push(...validator.response(request.method, path, response.status, body));
    return response;
  };
}
