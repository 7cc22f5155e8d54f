import { ApiError } from "@gentask/core";
import { effectiveStatus, TaskFailedError, TaskNotFoundError, TaskTimeoutError } from "@gentask/poller";

// What went wrong, in the command line's words: flags and environment variables, never library options.

/** A failed request, briefly: "connection refused", "HTTP 503 service_unavailable: busy". */
export interface RequestProblem {
  code: string;
  status?: number | undefined;
  text: string;
}

/** The network's reason for a failed request, from the message fetch gave (undici's error codes). */
function networkReason(message: string): string {
  if (/ECONNREFUSED/.test(message)) return "connection refused";
  if (/ENOTFOUND|EAI_AGAIN/.test(message)) return "host not found";
  if (/ECONNRESET|other side closed|socket hang up|UND_ERR_SOCKET/i.test(message)) return "connection closed";
  if (/ETIMEDOUT|connect timeout/i.test(message)) return "connection timed out";
  if (/bad port/i.test(message)) return "a port fetch refuses to use";
  return `network error (${message.replace(/^TypeError: fetch failed:?\s*/, "") || "no answer"})`;
}

/** Whether the provider refused the API key: a configuration problem, not a task's. */
export function isRefusedKey(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  const status = effectiveStatus(error);
  return status === 401 || status === 403;
}

/** A failed request described briefly; `keyVariable` is named when the key was refused. */
export function requestProblem(error: unknown, keyVariable: string): RequestProblem {
  if (!(error instanceof ApiError)) {
    const code = typeof (error as { code?: unknown })?.code === "string" ? (error as { code: string }).code : "error";
    return { code, text: error instanceof Error ? error.message : String(error) };
  }
  const status = effectiveStatus(error);
  const said = error.providerMessage ? `: ${error.providerMessage}` : "";
  if (error.code === "network_error") return { code: error.code, text: networkReason(error.providerMessage ?? "") };
  if (error.code === "request_timeout") return { code: error.code, text: "no answer in time" };
  if (error.code === "invalid_response") {
    return { code: error.code, status, text: `an answer that is not JSON (HTTP ${status ?? "none"})` };
  }
  if (isRefusedKey(error)) {
    return {
      code: error.code,
      status,
      text: `the key in ${keyVariable} was refused (HTTP ${status} ${error.code}${said})`,
    };
  }
  return { code: error.code, status, text: `HTTP ${status ?? "none"} ${error.code}${said}` };
}

/** How a wait ended badly: its name and code, a full message and a short reason for a table. */
export interface TaskProblem {
  name: string;
  code: string;
  status?: number | undefined;
  /** A sentence that stands alone: provider, task, what happened, what to do. */
  message: string;
  /** A few words for a table row that already shows provider and task. */
  reason: string;
}

export interface TaskContext {
  provider: string;
  id: string;
  keyVariable: string;
  /** The command that resumes the wait. */
  resume: string;
}

function seconds(milliseconds: number): string {
  const total = Math.round(milliseconds / 1000);
  return total >= 60 ? `${Math.floor(total / 60)} min ${total % 60} s` : `${total} s`;
}

/** Why a task's wait ended without its result, in the command line's words. */
export function taskProblem(reason: unknown, context: TaskContext): TaskProblem {
  const { provider, id, keyVariable, resume } = context;
  if (reason instanceof TaskFailedError) {
    const code = reason.code === "task_failed" ? "" : ` (code ${reason.code})`;
    return {
      name: reason.name,
      code: reason.code,
      message: `${provider} task ${id} failed: ${reason.providerMessage}${code}`,
      reason: `${reason.providerMessage}${code}`,
    };
  }
  if (reason instanceof TaskNotFoundError) {
    return {
      name: reason.name,
      code: reason.code,
      message: `${provider} task ${id} was not found: check the id, and that ${keyVariable} holds the key it was created with.`,
      reason: `not found: check the id and ${keyVariable}`,
    };
  }
  if (reason instanceof TaskTimeoutError) {
    const last = reason.lastStatus;
    const lastState = last ? `still ${last.statusWord ?? last.state}` : "no status read";
    const lastError =
      reason.lastError === undefined ? "" : `; last check: ${requestProblem(reason.lastError, keyVariable).text}`;
    return {
      name: reason.name,
      code: reason.code,
      message: `Stopped waiting for ${provider} task ${id} after ${seconds(reason.elapsedMs)} (${lastState}${lastError}). It may still finish: ${resume}`,
      reason: `timed out, ${lastState}${lastError}`,
    };
  }
  const problem = requestProblem(reason, keyVariable);
  return {
    name: reason instanceof Error ? reason.name : "Error",
    code: problem.code,
    status: problem.status,
    message: `${provider} task ${id}: ${problem.text}`,
    reason: problem.text,
  };
}
