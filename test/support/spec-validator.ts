// Validates answers and callbacks against the specs: the proof that a server (the lifecycle mock) speaks the API.
import { Ajv2020 } from "ajv/dist/2020.js";
import formats from "ajv-formats";
import { loadSpec, resolveRef } from "./specs.js";

const escapePointer = (part: string) => part.replaceAll("~", "~0").replaceAll("/", "~1");

export function specValidator(provider: string) {
  const spec = loadSpec(provider);
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  // ajv-formats is CommonJS: its plugin is the module's default export.
  (formats as unknown as { default: (ajv: Ajv2020) => void }).default(ajv);
  ajv.addSchema({ ...spec, $id: "spec" });

  const schemaErrors = (pointer: string, body: unknown): string[] => {
    const validate = ajv.getSchema(`spec#${pointer}`);
    if (!validate) return [`no schema at ${pointer}`];
    return validate(body) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
  };

  return {
    /** Problems of an answer to `method path` with `status`, against the operation's response schema. */
    response(method: string, path: string, status: number, body: unknown): string[] {
      const operation = spec.paths?.[path]?.[method.toLowerCase()];
      if (!operation) return [`${method} ${path} is not in the ${provider} spec`];
      const response = operation.responses?.[String(status)];
      if (!response) return [`${method} ${path} does not document status ${status}`];
      const base = response.$ref
        ? `${response.$ref.slice(1)}`
        : `/paths/${escapePointer(path)}/${method.toLowerCase()}/responses/${status}`;
      if (!resolveRef(spec, response)?.content?.["application/json"])
        return [`${method} ${path} ${status} has no JSON body`];
      return schemaErrors(`${base}/content/application~1json/schema`, body).map(
        (problem) => `${method} ${path} ${status}: ${problem}`,
      );
    },
    /** Problems of a callback body sent for the create operation at `createPath`. */
    callback(createPath: string, body: unknown): string[] {
      const callbacks = spec.paths?.[createPath]?.post?.callbacks ?? {};
      const [name, callback] = Object.entries<Record<string, unknown>>(callbacks)[0] ?? [];
      const [expression] = Object.keys(callback ?? {});
      if (!name || !expression) return [`${createPath} has no callback in the ${provider} spec`];
      const pointer = `/paths/${escapePointer(createPath)}/post/callbacks/${escapePointer(name)}/${escapePointer(expression)}/post/requestBody/content/application~1json/schema`;
      return schemaErrors(pointer, body).map((problem) => `callback ${createPath}: ${problem}`);
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
