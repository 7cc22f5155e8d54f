import { ApiError } from "@gentask/core";
import { describe, expect, it } from "vitest";
import { classifyPollError, parseRetryAfter } from "./poll-errors.js";

const now = Date.UTC(2026, 0, 1, 12, 0, 0);

describe("parseRetryAfter", () => {
  it.each([
    ["7", 7_000],
    [" 0 ", 0],
    ["1.5", 1_500],
    ["Thu, 01 Jan 2026 12:00:30 GMT", 30_000],
    ["Thu, 01 Jan 2026 11:59:00 GMT", 0],
    ["soon", undefined],
    ["", undefined],
    ["-5", undefined],
    [undefined, undefined],
    [null, undefined],
  ])("reads %j as %j ms", (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});

describe("classifyPollError", () => {
  const error = (
    status: number | undefined,
    code: string,
    extra: Partial<ConstructorParameters<typeof ApiError>[0]> = {},
  ) => new ApiError({ provider: "test", status, code, ...extra });

  it.each([
    [error(429, "too_many_requests", { retryAfter: "3" }), { kind: "rate_limited", retryAfterMs: 3_000 }],
    [error(200, "429", { providerMessage: "rate limited" }), { kind: "rate_limited", retryAfterMs: undefined }],
    [error(500, "api_error"), { kind: "transient", retryAfterMs: undefined }],
    [error(502, "http_502"), { kind: "transient", retryAfterMs: undefined }],
    [error(503, "http_503", { retryAfter: "2" }), { kind: "transient", retryAfterMs: 2_000 }],
    [error(200, "455", { providerMessage: "maintenance" }), { kind: "transient", retryAfterMs: undefined }],
    [error(200, "500"), { kind: "transient", retryAfterMs: undefined }],
    [error(undefined, "network_error"), { kind: "transient", retryAfterMs: undefined }],
    [error(200, "invalid_response"), { kind: "transient", retryAfterMs: undefined }],
    [error(undefined, "request_timeout"), { kind: "transient", retryAfterMs: undefined }],
    [error(404, "not_found"), { kind: "not_found" }],
    [error(404, "no_api", { providerMessage: "no API at this path" }), { kind: "fatal" }],
    [error(200, "404"), { kind: "not_found" }],
    [error(200, "422", { providerMessage: "recordInfo is null" }), { kind: "not_found" }],
    [error(200, "422", { providerMessage: "prompt is required" }), { kind: "fatal" }],
    [error(401, "invalid_token"), { kind: "fatal" }],
    [error(403, "used_up"), { kind: "fatal" }],
    [error(200, "401"), { kind: "fatal" }],
    [error(200, "402", { providerMessage: "Insufficient credits" }), { kind: "fatal" }],
    [error(200, "433"), { kind: "fatal" }],
    [error(400, "bad_request"), { kind: "fatal" }],
    [error(501, "http_501"), { kind: "fatal" }],
    [new TypeError("source bug"), { kind: "fatal" }],
  ])("%s → %j", (input, expected) => {
    expect(classifyPollError(input, now)).toEqual(expected);
  });
});
