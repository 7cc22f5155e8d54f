/** @type {import("next").NextConfig} */
export default {
  // The app is one of the monorepo's workspaces: trace files from the repository's root.
  outputFileTracingRoot: new URL("../..", import.meta.url).pathname,
};
