import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const packagesDirectory = fileURLToPath(new URL("./packages/", import.meta.url));

// Tests import every @gentask package from its source, so they run without a build.
const alias = Object.fromEntries(
  readdirSync(packagesDirectory).map((name) => [`@gentask/${name}`, `${packagesDirectory}${name}/src/index.ts`]),
);

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
            include: ["packages/*/src/**/*.test-d.ts", "test/**/*.test-d.ts"],
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
