import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const packagesDirectory = fileURLToPath(new URL("./packages/", import.meta.url));

// Tests import every @gentask package from its source, so they run without a build: `@gentask/<name>` is
// `src/index.ts`, and a subpath entry such as `@gentask/poller/testing` is `src/testing.ts`.
const alias = [
  { find: /^@gentask\/([^/]+)\/([^/]+)$/, replacement: `${packagesDirectory}$1/src/$2.ts` },
  ...readdirSync(packagesDirectory).map((name) => ({
    find: new RegExp(`^@gentask/${name}$`),
    replacement: `${packagesDirectory}${name}/src/index.ts`,
  })),
];

export default defineConfig({
  resolve: { alias },
  test: {
    testTimeout: 30_000,
    hookTimeout: 90_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["packages/*/src/**/*.test.ts", "packages/*/test/**/*.test.ts", "test/*.test.ts"],
          typecheck: {
            enabled: true,
            include: ["packages/*/src/**/*.test-d.ts", "packages/*/test/**/*.test-d.ts", "test/**/*.test-d.ts"],
            tsconfig: "tsconfig.json",
          },
        },
      },
      {
        extends: true,
        test: {
          name: "contract",
          include: ["test/contract/**/*.test.ts"],
          // Prism mock servers for every spec, started once and stopped even when tests fail.
          globalSetup: ["test/setup/mock-servers.ts"],
        },
      },
    ],
  },
});
