// A Cloudflare Worker: the same receiver; the read of the task goes on in waitUntil.
import { type Callbacks, createCallbacks } from "@gentask/callbacks";
import { createKieClient, kieTasks } from "@gentask/kie";

interface Env {
  KIE_API_KEY: string;
  KIE_WEBHOOK_SECRET: string;
  GENTASK_CALLBACK_SECRET: string;
}
let callbacks: Callbacks | undefined;

export default {
  async fetch(request: Request, env: Env, context: { waitUntil(work: Promise<unknown>): void }): Promise<Response> {
    callbacks ??= createCallbacks({
      url: new URL("/callbacks", request.url).href,
      secret: env.GENTASK_CALLBACK_SECRET,
      kieWebhookSecret: env.KIE_WEBHOOK_SECRET, // kie's signature and timestamp are checked too
      sources: [kieTasks(createKieClient({ apiKey: env.KIE_API_KEY }))],
      findTask: async () => undefined, // look up the handle saved at start (KV, D1, ...)
      onSettled: (outcome) => console.log(outcome.id, outcome.status),
    });
    return callbacks.handle(request, { waitUntil: (work) => context.waitUntil(work) });
  },
};
