// The clients, the poller and the receiver in headless Chromium (Debian's `chromium`, driven by playwright-core)
// against the lifecycle mock: the page is served on localhost, the mock on 127.0.0.1, so every call is
// cross-origin and passes only with the mock's CORS answers and preflights.
import { accessSync, constants, mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type ProviderFacts, providerRegistry } from "@gentask/core";
import { type LifecycleServer, startLifecycleServer } from "@gentask/mock";
import { type BrowserContext, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleEntry } from "./workerd/start-workerd.js";

const CHROMIUM = process.env.CHROMIUM_BINARY ?? "/usr/bin/chromium";
const providers = Object.values(providerRegistry) as ProviderFacts[];

let mock: LifecycleServer;
let page: Server;
let browser: BrowserContext | undefined;
let profile: string;
let pageUrl: string;

beforeAll(async () => {
  try {
    accessSync(CHROMIUM, constants.X_OK);
  } catch {
    throw new Error(
      `${CHROMIUM} was not found: install Debian's chromium (apt-get install -y chromium; .ci/run does) or set CHROMIUM_BINARY.`,
    );
  }
  mock = await startLifecycleServer({ queuedMs: 150, runningMs: 300 });
  const script = await bundleEntry(fileURLToPath(new URL("./chromium/page.ts", import.meta.url)));
  page = createServer((request, response) => {
    if (request.url?.startsWith("/page.js")) {
      response.writeHead(200, { "content-type": "text/javascript" }).end(script);
    } else {
      response
        .writeHead(200, { "content-type": "text/html" })
        .end('<!doctype html><title>gentask</title><script type="module" src="/page.js"></script>');
    }
  });
  await new Promise<void>((resolve) => page.listen(0, "127.0.0.1", resolve));
  pageUrl = `http://localhost:${(page.address() as AddressInfo).port}/?mock=${encodeURIComponent(mock.url)}`;
  profile = mkdtempSync(join(tmpdir(), "gentask-chromium-"));
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (page ? page.close(() => resolve()) : resolve()));
  await mock?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

// A real browser on a loaded 2-core machine: a bound far above the seconds this takes.
describe("in headless Chromium", { timeout: 120_000 }, () => {
  it("creates and waits on every provider, cross-origin, and a callback ends a hybrid wait", async () => {
    const tab = await (browser as BrowserContext).newPage();
    const problems: string[] = [];
    tab.on("pageerror", (error) => problems.push(String(error)));
    await tab.goto(pageUrl);
    await tab.waitForFunction(() => window.gentaskResults !== undefined || window.gentaskError !== undefined, null, {
      timeout: 100_000,
    });
    const error = await tab.evaluate(() => window.gentaskError);
    expect(error, problems.join("\n")).toBeUndefined();
    const results = await tab.evaluate(() => window.gentaskResults);
    expect(results).toEqual(
      providers.map((facts) => ({
        provider: facts.name,
        standalone: "succeeded",
        poller: ["fulfilled", "rejected"],
        callback: "200 succeeded",
        forged: 401,
      })),
    );
    expect(await tab.evaluate(() => navigator.userAgent)).toMatch(/HeadlessChrome|Chrome/);
  });
});
