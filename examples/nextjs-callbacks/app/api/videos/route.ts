// POST { "prompt": "..." }: creates a Veo task with a callback URL and answers its id at once; the callback
// route finishes the job.
import { startVideo } from "../../../lib/callbacks";

export async function POST(request: Request): Promise<Response> {
  const { prompt } = (await request.json()) as { prompt?: unknown };
  if (typeof prompt !== "string" || prompt === "") return Response.json({ error: "prompt: a text" }, { status: 400 });
  return Response.json({ taskId: await startVideo(prompt) });
}
