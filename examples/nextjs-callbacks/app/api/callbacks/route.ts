// Providers POST each task's callback here: answered in milliseconds (200, 401 forged or unknown task,
// 400 malformed); `after` lets the read of the task go on once the answer is sent.
import { after } from "next/server";
import { videoCallbacks } from "../../../lib/callbacks";

export async function POST(request: Request): Promise<Response> {
  return videoCallbacks().callbacks.handle(request, { waitUntil: after });
}
