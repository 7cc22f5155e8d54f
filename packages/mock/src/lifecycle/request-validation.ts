// Requests checked as strictly as the vendor would: the body against its operation's schema (oneOf per
// action, closed bodies and all), the query parameters against theirs.
import type { ValidateFunction } from "ajv/dist/2020.js";
import { describeSchemaErrors, type SpecOperation } from "../spec-documents.js";

/** A valid request's body (`undefined` for an operation without one), or what is wrong with it. */
export type RequestCheck = { body: Record<string, unknown> | undefined } | { problem: string };

/**
 * Checks a request against its operation: a JSON body against the request schema, each query parameter
 * against its own. A problem names the failing path (`/prompt is required`), at most three of them.
 */
export function checkRequest(
  operation: SpecOperation,
  text: string,
  query: URLSearchParams,
  compile: (schema: unknown) => ValidateFunction,
): RequestCheck {
  let body: Record<string, unknown> | undefined;
  const schema = operation.operation.requestBody?.content?.["application/json"]?.schema;
  if (schema !== undefined) {
    let parsed: unknown;
    try {
      parsed = text === "" ? undefined : JSON.parse(text);
    } catch {
      return { problem: "the body is not valid JSON" };
    }
    const validate = compile(schema);
    if (!validate(parsed)) return { problem: describeSchemaErrors(validate).slice(0, 3).join("; ") };
    body = parsed as Record<string, unknown>;
  }
  for (const parameter of operation.operation.parameters ?? []) {
    if (parameter.in !== "query") continue;
    const value = query.get(parameter.name);
    if (value === null) {
      if (parameter.required) return { problem: `the query parameter ${parameter.name} is required` };
      continue;
    }
    const validate = compile(parameter.schema ?? {});
    if (!validate(value)) {
      return { problem: `the query parameter ${parameter.name} ${describeSchemaErrors(validate)[0] ?? "is invalid"}` };
    }
  }
  return { body };
}
