import type { RateLimit, TaskSource } from "@gentask/core";

export interface TaskServerStats {
  requests: number;
  accepted: number;
  rejected: number;
  idsRead: number;
  unauthorized: number;
  acceptedAt: number[];
}

export interface TaskServer {
  url: string;
  stats: TaskServerStats;
  addTask(id: string, completesAt: number, outcome?: "succeeded" | "failed"): void;
  close(): Promise<void>;
}

export function startTaskServer(options?: { limit?: number; windowMs?: number }): Promise<TaskServer>;

export function httpTaskSource(options: {
  baseUrl: string;
  apiKey: string;
  rateLimit?: RateLimit;
}): TaskSource<{ id: string; state: string; url?: string }>;
